package dev.vyoslab.vm;

import dev.vyoslab.lab.Attachment;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabContainer;
import java.time.Duration;
import java.util.Map;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * A plain Debian container with ping, for substrate tests that must not depend on the ISP peers. Its command puts
 * the lab addresses on the interfaces it finds by their Docker addresses, then reports ready and sleeps.
 */
final class TestHost extends LabContainer<TestHost> {

    private static final String IMAGE = "vyos-lab/test-host:1";

    TestHost(String name) {
        super(name, image());
        withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withCapAdd(com.github.dockerjava.api.model.Capability.NET_ADMIN)
                .withSysctls(Map.of("net.ipv6.conf.all.disable_ipv6", "0",
                        "net.ipv6.conf.default.disable_ipv6", "0")));
        waitingFor(Wait.forLogMessage(".*vyoslab-ready.*", 1).withStartupTimeout(Duration.ofSeconds(30)));
    }

    @Override
    public void prepare(Lab lab) {
        super.prepare(lab);
        StringBuilder script = new StringBuilder("set -e\n");
        for (Attachment a : attachments()) {
            script.append("dev=$(ip -o -4 addr show | awk '$4 ~ /^").append(a.dockerIpv4().getHostAddress())
                    .append("\\// { print $2 }')\n");
            if (a.relabelled()) {
                script.append("ip -4 addr flush dev $dev\nip addr add ").append(a.ipv4().getHostAddress()).append('/')
                        .append(a.segment().ipv4().length()).append(" dev $dev\n");
            }
            if (a.ipv6() != null) {
                script.append("ip -6 addr add ").append(a.ipv6().getHostAddress()).append('/')
                        .append(a.segment().ipv6().map(p -> p.length()).orElse(64)).append(" dev $dev nodad\n");
            }
        }
        withCommand("sh", "-c", script.append("echo vyoslab-ready\nexec sleep infinity\n").toString());
    }

    private static synchronized DockerImageName image() {
        new ImageFromDockerfile(IMAGE, false)
                .withDockerfileFromBuilder(b -> b.from("debian:bookworm-slim")
                        .run("apt-get update && apt-get install -y --no-install-recommends iputils-ping iproute2"
                                + " && rm -rf /var/lib/apt/lists/*")
                        .build())
                .get();
        return DockerImageName.parse(IMAGE);
    }
}
