package io.github.interviewkit.model;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception interviewkit throws. It is unchecked: a caller who wants to handle
 * any interviewkit failure catches this type; the subclasses carry the data that explains them.
 */
public class InterviewKitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, for a person to read
     * @throws NullPointerException if {@code message} is {@code null}
     */
    public InterviewKitException(String message) {
        super(java.util.Objects.requireNonNull(message, "message"));
    }

    /**
     * Creates an exception with a message and the cause it wraps.
     *
     * @param message what went wrong, for a person to read
     * @param cause the underlying failure, may be {@code null}
     * @throws NullPointerException if {@code message} is {@code null}
     */
    public InterviewKitException(String message, @Nullable Throwable cause) {
        super(java.util.Objects.requireNonNull(message, "message"), cause);
    }
}
