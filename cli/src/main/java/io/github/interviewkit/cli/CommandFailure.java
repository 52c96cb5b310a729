package io.github.interviewkit.cli;

/**
 * A failure a command explains in one message and ends with a given status, such as a file whose
 * kind cannot be told ({@link Exit#USAGE}). Never a bug: {@link Failures} prints the message only.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The exit status. */
    private final int status;

    CommandFailure(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** @return the exit status */
    int status() {
        return status;
    }
}
