package io.github.interviewkit.model.io;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes one {@linkplain DocumentKind kind} of document, as JSON or YAML: the one path from
 * bytes to a valid value that every document of interviewkit takes.
 *
 * <ol>
 *   <li><b>Read</b> at most {@link ContentLimits#maxDocumentBytes()} bytes; a larger input is
 *       rejected without being read further.</li>
 *   <li><b>Parse</b> within the limits into a tree that remembers where each value was; a syntax
 *       error is a problem like any other.</li>
 *   <li><b>Bind</b> the tree with the kind, reporting values of the wrong type and, unless the codec
 *       is lenient, fields the kind does not know.</li>
 *   <li><b>Validate</b> the bound value once, at its root, dropping the problems that are only
 *       consequences of a value that could not be read.</li>
 * </ol>
 *
 * <p>The result is a valid value or one exception listing every problem (at most
 * {@link ContentLimits#maxViolations()}, and how many more there were), each with its path, the
 * offending value, a message, and the line and column in the text. Writing gives pretty, stable,
 * diff-friendly text: two-space indents, {@code \n} line ends, exact decimals, one trailing line end;
 * the same value always gives the same bytes, and reading them gives an equal value.
 *
 * <p>A codec is immutable and safe to share between threads.
 *
 * @param <T> the type of the values
 */
public final class DocumentCodec<T> {
    private final DocumentKind<T> kind;
    private final ContentLimits limits;
    private final boolean rejectUnknownFields;
    private final DocumentParser json;
    private final DocumentParser yaml;

    private DocumentCodec(DocumentKind<T> kind, ContentLimits limits, boolean rejectUnknownFields) {
        this.kind = kind;
        this.limits = limits;
        this.rejectUnknownFields = rejectUnknownFields;
        this.json = DocumentParser.of(ContentFormat.JSON, limits);
        this.yaml = DocumentParser.of(ContentFormat.YAML, limits);
    }

    /**
     * Returns a codec with the default limits that rejects unknown fields.
     *
     * @param kind the kind of document
     * @param <T> the type of the values
     * @return the codec
     * @throws NullPointerException if {@code kind} is {@code null}
     */
    public static <T> DocumentCodec<T> of(DocumentKind<T> kind) {
        return builder(kind).build();
    }

    /**
     * Starts configuring a codec.
     *
     * @param kind the kind of document
     * @param <T> the type of the values
     * @return a builder with the default limits that rejects unknown fields
     * @throws NullPointerException if {@code kind} is {@code null}
     */
    public static <T> Builder<T> builder(DocumentKind<T> kind) {
        return new Builder<>(Objects.requireNonNull(kind, "kind"));
    }

    /** @return the kind of document this codec reads and writes */
    public DocumentKind<T> kind() {
        return kind;
    }

    /** @return the bounds on every document read */
    public ContentLimits limits() {
        return limits;
    }

    /** @return whether fields the kind does not know are reported (the default) rather than ignored */
    public boolean rejectsUnknownFields() {
        return rejectUnknownFields;
    }

    /**
     * Reads a value from a file, in the format its extension names.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the valid value
     * @throws NullPointerException if {@code file} is {@code null}
     * @throws IllegalArgumentException if the file's extension names no format
     * @throws UnreadableContentException if the file is missing, is not a regular file (a directory,
     *     a device, a pipe) or cannot be read
     * @throws ContentException listing every problem of the document
     */
    public T read(Path file) {
        ContentFormat format = ContentFormat.forPath(Objects.requireNonNull(file, "file"));
        String source = file.toString();
        if (!Files.exists(file)) {
            throw new UnreadableContentException(source, "does not exist");
        }
        if (!Files.isRegularFile(file)) {
            // Checked before opening: opening a pipe would wait for a writer.
            throw new UnreadableContentException(source, Files.isDirectory(file) ? "is a directory"
                    : Files.isSymbolicLink(file) && !Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "is a broken link"
                    : "is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(readBounded(in), format, source);
        } catch (IOException e) {
            throw new UnreadableContentException(source, e);
        }
    }

    /**
     * Reads a value from a stream, which is read to its end (or just past the size limit) and not
     * closed.
     *
     * @param in the document, UTF-8 encoded
     * @param format its format
     * @param source how to name the document in reports, e.g. a file or resource name
     * @return the valid value
     * @throws NullPointerException if an argument is {@code null}
     * @throws UnreadableContentException if the stream cannot be read
     * @throws ContentException listing every problem of the document
     */
    public T read(InputStream in, ContentFormat format, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        byte[] bytes;
        try {
            bytes = readBounded(in);
        } catch (IOException e) {
            throw new UnreadableContentException(source, e);
        }
        return read(bytes, format, source);
    }

    /**
     * Reads a value from text.
     *
     * @param text the document
     * @param format its format
     * @return the valid value
     * @throws NullPointerException if an argument is {@code null}
     * @throws ContentException listing every problem of the document
     */
    public T read(String text, ContentFormat format) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        return read(text.getBytes(StandardCharsets.UTF_8), format, format.name() + " " + kind.name());
    }

    /**
     * Reads a value from bytes.
     *
     * @param bytes the document, UTF-8 encoded
     * @param format its format
     * @param source how to name the document in reports
     * @return the valid value
     * @throws NullPointerException if an argument is {@code null}
     * @throws ContentException listing every problem of the document
     */
    public T read(byte[] bytes, ContentFormat format, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Violations problems = Violations.collector(limits.maxViolations());
        Document document = parser(format).parse(bytes, problems, rejectUnknownFields);
        Optional<T> value = bind(document);
        if (!problems.isEmpty() || value.isEmpty()) {
            if (problems.isEmpty()) {
                // A kind that returns nothing must say why; this keeps the promise of one exception.
                problems.add("", null, "is not a valid " + kind.name());
            }
            throw kind.invalid(source, problems);
        }
        return value.get();
    }

    /**
     * Binds a parsed document without validating what was bound: the first three steps, for content
     * that a build step checked.
     */
    DocumentKind.Binding<T> bindOnly(byte[] bytes, ContentFormat format, Violations problems) {
        Document document = parser(format).parse(bytes, problems, rejectUnknownFields);
        return bindRoot(document);
    }

    /**
     * Writes a value as text.
     *
     * @param value the value
     * @param format the format to write
     * @return the document, ending with a line end
     * @throws NullPointerException if an argument is {@code null}
     */
    public String write(T value, ContentFormat format) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(format, "format");
        FieldWriter root = new FieldWriter(FieldWriter.NODES.objectNode());
        kind.write(value, root);
        return DocumentText.write(root.node(), format == ContentFormat.YAML);
    }

    /**
     * Writes a value to a file, UTF-8 encoded, in the format its extension names, replacing the file.
     *
     * @param value the value
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the extension names no format
     * @throws UnreadableContentException if the file cannot be written
     */
    public void write(T value, Path file) {
        String text = write(value, ContentFormat.forPath(Objects.requireNonNull(file, "file")));
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnreadableContentException(file.toString(), e);
        }
    }

    private DocumentParser parser(ContentFormat format) {
        return format == ContentFormat.YAML ? yaml : json;
    }

    private Optional<T> bind(Document document) {
        if (document.root().isMissingNode()) {
            return Optional.empty();
        }
        DocumentKind.Binding<T> binding = bindRoot(document);
        if (document.problems().isFull()) {
            // The report is full: validating would only count more problems.
            return Optional.empty();
        }
        return binding.build(document.validation());
    }

    private DocumentKind.Binding<T> bindRoot(Document document) {
        Optional<DocumentKind.Binding<T>> bound = new FieldValue(document, document.root(), "").bind(kind);
        return bound.orElse(problems -> Optional.empty());
    }

    private byte[] readBounded(InputStream in) throws IOException {
        return in.readNBytes(limits.maxDocumentBytes() + 1);
    }

    /** Configures a {@link DocumentCodec}. */
    public static final class Builder<T> {
        private final DocumentKind<T> kind;
        private ContentLimits limits = ContentLimits.defaults();
        private boolean rejectUnknownFields = true;

        private Builder(DocumentKind<T> kind) {
            this.kind = kind;
        }

        /**
         * Sets the bounds on documents.
         *
         * @param limits the limits
         * @return this builder
         * @throws NullPointerException if {@code limits} is {@code null}
         */
        public Builder<T> limits(ContentLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Makes the codec ignore fields the kind does not know, instead of reporting them: for
         * content written for a later version of the library.
         *
         * @return this builder
         */
        public Builder<T> ignoreUnknownFields() {
            this.rejectUnknownFields = false;
            return this;
        }

        /** @return the codec */
        public DocumentCodec<T> build() {
            return new DocumentCodec<>(kind, limits, rejectUnknownFields);
        }
    }
}
