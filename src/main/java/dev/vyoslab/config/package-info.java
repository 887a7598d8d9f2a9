/**
 * VyOS configuration as data: {@link dev.vyoslab.config.VyosConfig} parses set-command files and
 * {@code config.boot}, reports {@link dev.vyoslab.config.Diagnostic}s with file:line, derives the
 * {@link dev.vyoslab.config.Intent} the lab is built from, and renders set commands per
 * {@link dev.vyoslab.config.VyosVersion}.
 */
package dev.vyoslab.config;
