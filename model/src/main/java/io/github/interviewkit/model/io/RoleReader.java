package io.github.interviewkit.model.io;

import static io.github.interviewkit.model.internal.Arguments.requireArgument;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.internal.Document;
import io.github.interviewkit.model.internal.DocumentParser;
import io.github.interviewkit.model.internal.Fields;
import io.github.interviewkit.model.internal.ModelValidation;
import io.github.interviewkit.model.internal.RoleDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a {@link Role} from JSON or YAML: parse, build, validate, then either a valid role or one
 * {@link ContentException} listing every problem of the document with its path, the offending
 * value, a message a content author understands and, where the text has one, its line and column.
 *
 * <p>Fields a role does not have are reported by default, so that a misspelt field is not
 * silently ignored; {@link Builder#ignoreUnknownFields()} makes the reader lenient, for content
 * written for a later version of the model. Input is bounded by {@link ContentLimits}.
 *
 * <p>A reader is immutable and safe to share between threads.
 *
 * <pre>{@code
 * Role role = RoleReader.standard().read(Path.of("backend-architect.yaml"));
 * }</pre>
 */
public final class RoleReader {
    private static final RoleReader STANDARD = new RoleReader(ContentLimits.defaults(), true);

    private final ContentLimits limits;
    private final boolean rejectUnknownFields;
    private final DocumentParser json;
    private final DocumentParser yaml;

    private RoleReader(ContentLimits limits, boolean rejectUnknownFields) {
        this.limits = limits;
        this.rejectUnknownFields = rejectUnknownFields;
        this.json = DocumentParser.of(ContentFormat.JSON, limits);
        this.yaml = DocumentParser.of(ContentFormat.YAML, limits);
    }

    /** @return a reader with the default limits that rejects unknown fields */
    public static RoleReader standard() {
        return STANDARD;
    }

    /** @return a builder, starting from the standard reader's settings */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a role from a file, in the format its extension names.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the valid role
     * @throws IllegalArgumentException if {@code file} is {@code null} or its extension names no format
     * @throws ContentException listing every problem of the document
     * @throws InterviewKitException if the file cannot be read
     */
    public Role read(Path file) {
        ContentFormat format = ContentFormat.forPath(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, format, file.toString());
        } catch (IOException e) {
            throw new InterviewKitException("cannot read " + file + ": " + e, e);
        }
    }

    /**
     * Reads a role from a stream, which is read to its end (or just past the size limit) and not closed.
     *
     * @param in the document, UTF-8 encoded
     * @param format its format
     * @param sourceName how to name the document in the report, e.g. a file or resource name
     * @return the valid role
     * @throws IllegalArgumentException if an argument is {@code null}
     * @throws ContentException listing every problem of the document
     * @throws InterviewKitException if the stream cannot be read
     */
    public Role read(InputStream in, ContentFormat format, String sourceName) {
        requireArgument(in, "in");
        requireArgument(format, "format");
        requireArgument(sourceName, "sourceName");
        byte[] bytes;
        try {
            bytes = in.readNBytes(limits.maxDocumentBytes() + 1);
        } catch (IOException e) {
            throw new InterviewKitException("cannot read " + sourceName + ": " + e, e);
        }
        return read(bytes, format, sourceName);
    }

    /**
     * Reads a role from text.
     *
     * @param text the document
     * @param format its format
     * @return the valid role
     * @throws IllegalArgumentException if an argument is {@code null}
     * @throws ContentException listing every problem of the document
     */
    public Role read(String text, ContentFormat format) {
        requireArgument(text, "text");
        requireArgument(format, "format");
        return read(text.getBytes(StandardCharsets.UTF_8), format, format.name() + " text");
    }

    private Role read(byte[] bytes, ContentFormat format, String sourceName) {
        Document document = (format == ContentFormat.YAML ? yaml : json).parse(bytes);
        document.rejectUnknownFields(rejectUnknownFields);
        Role role = null;
        if (!document.root().isMissingNode()) {
            Fields root = Fields.of(document, document.root(), "");
            if (root != null) {
                role = ModelValidation.deferringChecks(() -> root.read(RoleDocument::read));
                ModelValidation.validate(role).forEach(document::addValidation);
            }
        }
        if (document.hasViolations()) {
            throw new ContentException(sourceName, document.violations());
        }
        return role;
    }

    /** Configures a {@link RoleReader}. */
    public static final class Builder {
        private ContentLimits limits = ContentLimits.defaults();
        private boolean rejectUnknownFields = true;

        private Builder() {}

        /**
         * Sets the bounds on documents.
         *
         * @param limits the limits
         * @return this builder
         * @throws IllegalArgumentException if {@code limits} is {@code null}
         */
        public Builder limits(ContentLimits limits) {
            requireArgument(limits, "limits");
            this.limits = limits;
            return this;
        }

        /**
         * Makes the reader ignore fields a role does not have, instead of reporting them.
         *
         * @return this builder
         */
        public Builder ignoreUnknownFields() {
            this.rejectUnknownFields = false;
            return this;
        }

        /** @return the reader */
        public RoleReader build() {
            return new RoleReader(limits, rejectUnknownFields);
        }
    }
}
