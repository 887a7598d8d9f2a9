package dev.vyoslab.lab;

/**
 * This machine cannot run a lab (Docker missing or not answering, an image that is neither here nor pullable, no TUN
 * device): nothing about the config or the router under test. The message is one sentence saying what to do; the
 * command line reports it as an environment failure (exit code 3).
 */
public class EnvironmentException extends LabException {

    public EnvironmentException(String message) {
        super(message);
    }

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
