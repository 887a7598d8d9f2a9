package dev.vyoslab.dut;

/** The kinds of device a lab can test. */
public enum DeviceKind {
    /** A VyOS image booted from an ISO. */
    VYOS,
    /** A Debian guest that realises the config's intent with the same Linux parts VyOS uses. */
    REFERENCE
}
