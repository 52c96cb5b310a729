package io.github.interviewkit.model.io;

import io.github.interviewkit.model.InterviewKitException;
import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when a document cannot be read at all: the file does not exist, is not a regular file (a
 * directory, a device, a pipe), or reading or writing it fails. What was read but is wrong is a
 * {@link io.github.interviewkit.model.ContentException} instead.
 */
public class UnreadableContentException extends InterviewKitException {
    private static final long serialVersionUID = 1L;

    /** How the document was named. */
    private final String source;

    /**
     * Creates an exception for a document that is not there or not a file.
     *
     * @param source how the document is named, e.g. a file name
     * @param reason why it cannot be read, e.g. {@code is a directory}
     * @throws NullPointerException if an argument is {@code null}
     */
    public UnreadableContentException(String source, String reason) {
        super("cannot read " + Objects.requireNonNull(source, "source") + ": it " + Objects.requireNonNull(reason, "reason"));
        this.source = source;
    }

    /**
     * Creates an exception for a failed read or write.
     *
     * @param source how the document is named, e.g. a file name
     * @param cause the failure
     * @throws NullPointerException if an argument is {@code null}
     */
    public UnreadableContentException(String source, IOException cause) {
        super("cannot read or write " + Objects.requireNonNull(source, "source") + ": "
                + Objects.requireNonNull(cause, "cause"), cause);
        this.source = source;
    }

    /** @return how the document was named, e.g. a file name */
    public String source() {
        return source;
    }
}
