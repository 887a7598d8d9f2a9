package dev.vyoslab.dut;

/** A VyOS ISO could not be obtained, verified or built; the message says why and what to do instead. */
public final class VyosIsoException extends RuntimeException {

    public VyosIsoException(String message) {
        super(message);
    }

    public VyosIsoException(String message, Throwable cause) {
        super(message, cause);
    }
}
