/**
 * The world a config expects and the one run path through it: {@link dev.vyoslab.world.RunInput} reads the config and
 * resolves the plan and the ISO once, {@link dev.vyoslab.world.LabPlan} derives the lab from the intent, the peers
 * (one class each, chosen in {@code Peers}) realise it, and {@link dev.vyoslab.world.LabRun} starts, applies,
 * converges, derives and runs the checks. Sits above {@code lab}, {@code dut} and {@code check}: the one place that
 * knows all of them; the CLI and the JUnit extension only call it.
 */
package dev.vyoslab.world;
