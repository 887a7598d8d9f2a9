package dev.vyoslab.lab;

import dev.vyoslab.config.Prefix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lab run: its segments and nodes, started in dependency order (independent nodes in parallel) and removed on
 * {@link #close()}, on a failed start and at JVM shutdown (SIGINT, SIGTERM). Every Docker resource carries
 * {@link #RUN_LABEL} with the run id, so {@link LabCleaner} can remove what a killed run left behind.
 */
public final class Lab implements AutoCloseable {

    public static final String RUN_LABEL = "dev.vyoslab.run";
    public static final String NODE_LABEL = "dev.vyoslab.node";
    public static final String SEGMENT_LABEL = "dev.vyoslab.segment";

    /**
     * How long {@link #close()} may take, also in the shutdown hook after Ctrl-C on a loaded machine: killing and
     * removing a container takes 1-3 s there, and all are removed at once.
     */
    public static final Duration TEARDOWN_LIMIT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.lab");

    private final String runId;
    private final Path workDir;
    private final Map<String, Segment> segments = new LinkedHashMap<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::close, "vyoslab-teardown");
    private final List<Node> started = new ArrayList<>();
    private boolean closed;
    /** Set once Docker answered the preflight: before that there is nothing to remove and no daemon to ask. */
    private volatile boolean dockerUsed;

    private Lab(String runId, Path workDir) {
        this.runId = runId;
        this.workDir = workDir;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** A new, empty lab with a fresh run id and its own temporary directory. */
    public static Lab create() {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        try {
            return new Lab(runId, Files.createTempDirectory("vyos-lab-" + runId + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the lab's temporary directory", e);
        }
    }

    public String runId() {
        return runId;
    }

    /** The run's temporary directory (console logs, generated files); deleted on close. */
    public Path workDir() {
        return workDir;
    }

    /** Declares a segment whose lab subnet is its Docker subnet, a private /24 picked at start (management). */
    public Segment segment(String name) {
        return segment(name, null, null);
    }

    /**
     * Declares a segment with the lab's subnets: {@code ipv4} may be null (the Docker subnet picked at start is used),
     * {@code ipv6} null for none. Any lab may use any subnet: the Docker network gets one of its own.
     */
    public Segment segment(String name, Prefix ipv4, Prefix ipv6) {
        if (segments.containsKey(name)) {
            throw new LabException("segment " + name + " is declared twice");
        }
        Segment segment = new Segment(name, runId, ipv4, ipv6);
        segments.put(name, segment);
        return segment;
    }

    public <N extends Node> N add(N node) {
        if (nodes.putIfAbsent(node.name(), node) != null) {
            throw new LabException("node " + node.name() + " is added twice");
        }
        return node;
    }

    public Node node(String name) {
        Node node = nodes.get(name);
        if (node == null) {
            throw new LabException("no node " + name + " in this lab (nodes: " + nodes.keySet() + ")");
        }
        return node;
    }

    /** The Docker container name of a node of this run. */
    public String dockerName(String node) {
        return "vyoslab-" + runId + "-" + node;
    }

    /**
     * Creates the segments and starts every node, each as soon as its dependencies are up. On failure everything
     * already created is removed and the first failure is thrown.
     */
    public Lab start() {
        long t0 = System.nanoTime();
        try {
            Preflight.check();
            dockerUsed = true;
            List<Prefix> labSubnets = segments.values().stream().flatMap(s -> s.requestedIpv4().stream()).toList();
            segments.values().forEach(s -> s.create(labSubnets));
            nodes.values().forEach(n -> n.prepare(this));
            startNodes();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.info("lab {} up in {} ms: {} segments, {} nodes", runId, (System.nanoTime() - t0) / 1_000_000,
                segments.size(), nodes.size());
        return this;
    }

    private void startNodes() {
        for (Node n : nodes.values()) {
            for (Node d : n.dependencies()) {
                if (!nodes.containsValue(d)) {
                    throw new LabException(n.name() + " depends on " + d.name() + ", which is not in the lab");
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, nodes.size()));
        try {
            Map<Node, CompletableFuture<Void>> futures = new HashMap<>();
            for (Node n : nodes.values()) {
                future(n, futures, pool, new ArrayList<>());
            }
            CompletableFuture.allOf(futures.values().toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new LabException(e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private CompletableFuture<Void> future(Node n, Map<Node, CompletableFuture<Void>> futures, ExecutorService pool,
                                           List<Node> path) {
        if (futures.containsKey(n)) {
            return futures.get(n);
        }
        if (path.contains(n)) {
            throw new LabException("dependency cycle: " + path.stream().map(Node::name).toList() + " -> " + n.name());
        }
        path.add(n);
        CompletableFuture<?>[] deps = n.dependencies().stream()
                .map(d -> future(d, futures, pool, path)).toArray(CompletableFuture[]::new);
        path.remove(n);
        CompletableFuture<Void> f = CompletableFuture.allOf(deps).thenRunAsync(() -> {
            synchronized (started) {
                started.add(n);
            }
            n.start();
        }, pool);
        futures.put(n, f);
        return f;
    }

    /**
     * Stops every node, removes every segment and the temporary directory, within {@link #TEARDOWN_LIMIT}; what is
     * still there after it is named in a warning. Safe to call more than once.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long t0 = System.nanoTime();
        long deadline = Teardown.deadline(TEARDOWN_LIMIT);
        List<Node> toStop;
        synchronized (started) {
            toStop = new ArrayList<>(started);
        }
        // containers are killed (Testcontainers' stop sends SIGKILL, no grace period) all at once, then networks
        Teardown nodesDown = new Teardown("lab " + runId);
        toStop.forEach(n -> nodesDown.step(n.name(), n::stop));
        List<String> left = new ArrayList<>(nodesDown.run(deadline));
        if (dockerUsed) {
            // a node still starting when close began may have created its container after its stop() looked
            left.addAll(new Teardown("lab " + runId)
                    .step("containers labelled " + runId, () -> LabCleaner.removeContainers(runId)).run(deadline));
            Teardown segmentsDown = new Teardown("lab " + runId);
            segments.values().forEach(s -> segmentsDown.step("segment " + s.name(), s::remove));
            left.addAll(segmentsDown.run(deadline));
        }
        deleteRecursively(workDir);
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (left.isEmpty()) {
            LOG.info("lab {} torn down in {} ms", runId, ms);
        } else {
            LOG.warn("lab {}: teardown gave up after {} ms, still running: {}; `vyos-lab clean` removes what is left",
                    runId, ms, left);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", dir, e.getMessage());
        }
    }
}
