/**
 * The world a config expects, derived from its intent: which segments and ISP/LAN peers a lab needs, at which
 * addresses ({@link dev.vyoslab.world.LabPlan}); and (once the peers exist) the running lab that realises it.
 * Sits above {@code lab}, {@code dut} and {@code check}: it is the one place that knows all of them.
 */
package dev.vyoslab.world;
