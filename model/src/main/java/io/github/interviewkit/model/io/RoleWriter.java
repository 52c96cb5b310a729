package io.github.interviewkit.model.io;

import static io.github.interviewkit.model.internal.Arguments.requireArgument;

import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.internal.ContentText;
import io.github.interviewkit.model.internal.RoleDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link Role} as JSON or YAML that is pretty, stable and diff-friendly: fields in a fixed
 * order, two-space indents, {@code \n} line ends, decimals written exactly and plainly, absent
 * optional parts and empty lists left out. The same role always gives the same bytes, and
 * {@link RoleReader} reads them back to an equal role.
 *
 * <p>A writer is immutable and safe to share between threads.
 */
public final class RoleWriter {
    private static final RoleWriter STANDARD = new RoleWriter();

    private RoleWriter() {}

    /** @return the writer */
    public static RoleWriter standard() {
        return STANDARD;
    }

    /**
     * Writes a role as text.
     *
     * @param role the role
     * @param format the format to write
     * @return the document, ending with a line end
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public String write(Role role, ContentFormat format) {
        requireArgument(role, "role");
        requireArgument(format, "format");
        return ContentText.write(RoleDocument.write(role), format == ContentFormat.YAML);
    }

    /**
     * Writes a role to a file, UTF-8 encoded, in the format its extension names, replacing the file.
     *
     * @param role the role
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @throws IllegalArgumentException if an argument is {@code null} or the extension names no format
     * @throws InterviewKitException if the file cannot be written
     */
    public void write(Role role, Path file) {
        String text = write(role, ContentFormat.forPath(file));
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InterviewKitException("cannot write " + file + ": " + e, e);
        }
    }
}
