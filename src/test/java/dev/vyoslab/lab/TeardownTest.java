package dev.vyoslab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TeardownTest {

    @Test
    void stepsRunAtOnce() {
        // each step finishes only when the other one has started: in sequence both would wait out their 5 s
        CountDownLatch started = new CountDownLatch(2);
        Runnable step = () -> {
            started.countDown();
            awaitQuietly(started, Duration.ofSeconds(5));
        };
        long t0 = System.nanoTime();
        var left = new Teardown("lab t").step("a", step).step("b", step).run(Teardown.deadline(Duration.ofSeconds(10)));
        assertThat(left).as("steps not finished").isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("time for two parallel steps")
                .isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aStuckStepIsNamedAtTheDeadlineAndDoesNotHoldTheOthers() {
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean quickDone = new AtomicBoolean();
        long t0 = System.nanoTime();
        var left = new Teardown("lab t")
                .step("stuck node", () -> awaitQuietly(never, Duration.ofMinutes(1)))
                .step("quick node", () -> quickDone.set(true))
                .run(Teardown.deadline(Duration.ofMillis(300)));
        assertThat(left).as("steps not finished").containsExactly("stuck node");
        assertThat(quickDone).as("the quick step ran").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("time to give up").isLessThan(Duration.ofSeconds(3));
        never.countDown();
    }

    @Test
    void aFailingStepCountsAsDone() {
        var left = new Teardown("lab t").step("gone already", () -> {
            throw new LabException("no such container");
        }).run(Teardown.deadline(Duration.ofSeconds(5)));
        assertThat(left).as("steps not finished").isEmpty();
    }

    @Test
    void anInterruptedCallerStillWaitsForTheStepsThenKeepsItsInterrupt() {
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch release = new CountDownLatch(1);
        Thread.currentThread().interrupt();
        try {
            var left = new Teardown("lab t").step("slow", () -> {
                awaitQuietly(release, Duration.ofMillis(200));
                done.set(true);
            }).run(Teardown.deadline(Duration.ofSeconds(5)));
            assertThat(left).as("steps not finished").isEmpty();
            assertThat(done).as("the step finished before run returned").isTrue();
            assertThat(Thread.currentThread().isInterrupted()).as("interrupt status kept").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static void awaitQuietly(CountDownLatch latch, Duration limit) {
        try {
            latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
