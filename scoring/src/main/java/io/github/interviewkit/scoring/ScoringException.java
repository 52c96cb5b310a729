package io.github.interviewkit.scoring;

import org.jspecify.annotations.Nullable;

import io.github.interviewkit.model.InterviewKitException;

/**
 * Thrown when scoring cannot be set up or carried out: a strategy id registered twice or not
 * registered, a broken {@link java.util.ServiceLoader} provider (the message names the service and
 * the provider class), an invalid argument, or a strategy that failed or returned no report.
 */
public class ScoringException extends InterviewKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong
     * @throws NullPointerException if {@code message} is {@code null}
     */
    public ScoringException(String message) {
        super(message);
    }

    /**
     * Creates an exception with its cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure, may be {@code null}
     * @throws NullPointerException if {@code message} is {@code null}
     */
    public ScoringException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
