package io.github.interviewkit.model.io;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;

/**
 * Content that a build step checked, so that a program does not check it again each time it
 * starts: how a content pack ships its kit.
 *
 * <p>At build time, {@link #write(Role, Path)} (or this class's {@link #main} as a build step)
 * writes the role's JSON document, from a role that was read and validated, and beside it a
 * <i>stamp</i> ({@code <file>.checked}) naming this library's version and the SHA-256 of the
 * document's bytes. At run time, {@link #readRole} compares the stamp with the bytes and with the
 * running library: when both match, the document is bound without validating it again (no Bean
 * Validation bootstrap, no rule run); when either differs, the document is read and validated in
 * full, as {@link RoleReader} reads any document. Either way the result is the role the build read.
 *
 * <p>The stamp guards against corruption and version skew, not against forgery: it is as
 * trustworthy as the jar it ships in. Use it only for resources of your own artifacts, never for
 * documents that arrive from elsewhere; read those with {@link RoleReader}.
 */
public final class CheckedContent {
    /** What a stamp file starts with. */
    private static final String STAMP_HEADER = "interviewkit checked content 1";
    private static final MethodHandle BUILD_UNCHECKED = buildUnchecked();

    private CheckedContent() {}

    /**
     * The build step: reads a role document with the standard reader, which validates it, then
     * writes its checked copy.
     *
     * @param args the document to read (JSON or YAML, by its extension) and the JSON file to write
     * @throws IllegalArgumentException if there are not exactly two arguments
     * @throws ContentException if the document is invalid
     * @throws UnreadableContentException if a file cannot be read or written
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CheckedContent <role document> <checked JSON to write>");
        }
        write(RoleReader.standard().read(Path.of(args[0])), Path.of(args[1]));
    }

    /**
     * Writes the checked copy of a role: its JSON document and the stamp beside it.
     *
     * @param role the role; being a {@link Role}, it is valid
     * @param json the JSON file to write; the stamp goes to the same name plus {@code .checked}
     * @throws NullPointerException if an argument is {@code null}
     * @throws UnreadableContentException if a file cannot be written
     */
    public static void write(Role role, Path json) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(json, "json");
        byte[] document = RoleWriter.standard().write(role, ContentFormat.JSON).getBytes(StandardCharsets.UTF_8);
        Path stamp = json.resolveSibling(json.getFileName() + ".checked");
        try {
            Files.write(json, document);
            Files.write(stamp, stamp(document).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnreadableContentException(json.toString(), e);
        }
    }

    /**
     * Reads a role from its checked copy.
     *
     * @param json the JSON document, read to its end and not closed
     * @param stamp the stamp written beside it, read to its end and not closed
     * @param source how to name the document in a report
     * @return the role
     * @throws NullPointerException if an argument is {@code null}
     * @throws UnreadableContentException if a stream cannot be read
     * @throws ContentException if the stamp does not match and the document is invalid
     */
    public static Role readRole(InputStream json, InputStream stamp, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(source, "source");
        byte[] document;
        String written;
        try {
            document = json.readNBytes(ContentLimits.DEFAULT_MAX_DOCUMENT_BYTES + 1);
            written = new String(stamp.readNBytes(4096), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableContentException(source, e);
        }
        if (!written.equals(stamp(document))) {
            return RoleReader.standard().read(new java.io.ByteArrayInputStream(document), ContentFormat.JSON, source);
        }
        Violations problems = Violations.collector();
        Document parsed = DocumentParser.of(ContentFormat.JSON, ContentLimits.defaults()).parse(document, problems, true);
        FieldReader root = new FieldReader(parsed, parsed.root(), "");
        Role.Builder role = RoleDocument.builder(root);
        root.finish();
        // A stamped document binds cleanly: it was written by this library from a valid role.
        problems.throwIfAny(source);
        try {
            return (Role) BUILD_UNCHECKED.invoke(role);
        } catch (Throwable e) {
            throw new InterviewKitException("cannot build the checked role of " + source + ": " + e, e);
        }
    }

    /** @return the stamp of a document for the running library */
    static String stamp(byte[] document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(document);
            return STAMP_HEADER + "\nlibrary " + libraryVersion() + "\nsha256 " + HexFormat.of().formatHex(digest) + "\n";
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256.
            throw new IllegalStateException(e);
        }
    }

    static String libraryVersion() {
        Properties properties = new Properties();
        try (InputStream in = CheckedContent.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // without a version, no stamp matches and every document is validated in full
        }
        return properties.getProperty("version", "unknown");
    }

    /**
     * The one way into building a role without validating it. The builder keeps that method
     * package-private so that no caller can build an unchecked role; this class, in the same module,
     * reaches it through a private lookup instead of widening it.
     */
    private static MethodHandle buildUnchecked() {
        try {
            return MethodHandles.privateLookupIn(Role.Builder.class, MethodHandles.lookup())
                    .findVirtual(Role.Builder.class, "buildUnchecked", MethodType.methodType(Role.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
