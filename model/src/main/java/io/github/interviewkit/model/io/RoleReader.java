package io.github.interviewkit.model.io;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a {@link Role} from JSON or YAML: a valid role or one {@link ContentException} listing every
 * problem of the document with its path, the offending value, a message a content author
 * understands and, where the text has one, its line and column. It is the {@link DocumentCodec} of
 * roles, which every kind of document shares.
 *
 * <p>Fields a role does not have are reported by default, so that a misspelt field is not
 * silently ignored; {@link Builder#ignoreUnknownFields()} makes the reader lenient, for content
 * written for a later version of the model. Input is bounded by {@link ContentLimits}.
 *
 * <p>The {@linkplain #jsonSchema() JSON Schema} of role documents (draft 2020-12, {@code $id}
 * {@value #SCHEMA_ID}) ships in the jar at {@value #SCHEMA_RESOURCE}: point an editor at it (in
 * YAML: {@code # yaml-language-server: $schema=}{@value #SCHEMA_ID}) to complete and check a role
 * while it is written. The schema restates this reader's rules as far as a schema can; the reader
 * stays the authority, and what a schema cannot express (unique ids, references between parts,
 * anchors for every level of the scale, ...) is listed in the schema's {@code description}.
 *
 * <p>A reader is immutable and safe to share between threads.
 *
 * <pre>{@code
 * Role role = RoleReader.standard().read(Path.of("backend-architect.yaml"));
 * }</pre>
 */
public final class RoleReader {
    /** The {@code $id} of the JSON Schema of role documents. */
    public static final String SCHEMA_ID = "https://interviewkit.github.io/schemas/1/role.schema.json";

    /** Where the JSON Schema of role documents is in the jar, as a resource name for {@link Class#getResourceAsStream}. */
    public static final String SCHEMA_RESOURCE = "/io/github/interviewkit/model/schemas/1/role.schema.json";

    private static final RoleReader STANDARD = new RoleReader(DocumentCodec.of(RoleDocument.INSTANCE));

    private final DocumentCodec<Role> codec;

    private RoleReader(DocumentCodec<Role> codec) {
        this.codec = codec;
    }

    /** @return a reader with the default limits that rejects unknown fields */
    public static RoleReader standard() {
        return STANDARD;
    }

    /** @return a builder, starting from the standard reader's settings */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the kind of document a role is, for a {@link DocumentCodec} of roles with settings of its own */
    public static DocumentKind<Role> kind() {
        return RoleDocument.INSTANCE;
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of role documents, the text of {@value #SCHEMA_RESOURCE}
     * whose {@code $id} is {@value #SCHEMA_ID}: every document {@link RoleWriter} writes validates
     * against it, and it rejects what the reader rejects except the rules its {@code description}
     * lists as beyond a schema.
     *
     * @return the schema's text
     * @throws UncheckedIOException if the jar cannot be read
     */
    public static String jsonSchema() {
        try (InputStream in = RoleReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("the jar holds no " + SCHEMA_RESOURCE));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a role from a file, in the format its extension names.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the valid role
     * @throws NullPointerException if {@code file} is {@code null}
     * @throws IllegalArgumentException if the file's extension names no format
     * @throws UnreadableContentException if the file is missing, not a regular file, or cannot be read
     * @throws ContentException listing every problem of the document
     */
    public Role read(Path file) {
        return codec.read(file);
    }

    /**
     * Reads a role from a stream, which is read to its end (or just past the size limit) and not closed.
     *
     * @param in the document, UTF-8 encoded
     * @param format its format
     * @param sourceName how to name the document in the report, e.g. a file or resource name
     * @return the valid role
     * @throws NullPointerException if an argument is {@code null}
     * @throws UnreadableContentException if the stream cannot be read
     * @throws ContentException listing every problem of the document
     */
    public Role read(InputStream in, ContentFormat format, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        return codec.read(in, format, Objects.requireNonNull(sourceName, "sourceName"));
    }

    /**
     * Reads a role from text.
     *
     * @param text the document
     * @param format its format
     * @return the valid role
     * @throws NullPointerException if an argument is {@code null}
     * @throws ContentException listing every problem of the document
     */
    public Role read(String text, ContentFormat format) {
        return codec.read(text, format);
    }

    /** Configures a {@link RoleReader}. */
    public static final class Builder {
        private final DocumentCodec.Builder<Role> codec = DocumentCodec.builder(RoleDocument.INSTANCE);

        private Builder() {}

        /**
         * Sets the bounds on documents.
         *
         * @param limits the limits
         * @return this builder
         * @throws NullPointerException if {@code limits} is {@code null}
         */
        public Builder limits(ContentLimits limits) {
            codec.limits(Objects.requireNonNull(limits, "limits"));
            return this;
        }

        /**
         * Makes the reader ignore fields a role does not have, instead of reporting them.
         *
         * @return this builder
         */
        public Builder ignoreUnknownFields() {
            codec.ignoreUnknownFields();
            return this;
        }

        /** @return the reader */
        public RoleReader build() {
            return new RoleReader(codec.build());
        }
    }
}
