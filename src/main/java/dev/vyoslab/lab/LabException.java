package dev.vyoslab.lab;

/** The lab could not be built or run; the message names the node or segment and the reason. */
public class LabException extends RuntimeException {

    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}
