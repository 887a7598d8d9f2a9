/** vyos-lab: integration tests for VyOS routers on a simulated FLETS line. */
package dev.vyoslab;
