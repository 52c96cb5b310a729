package io.github.interviewkit.model.io;

import io.github.interviewkit.model.Role;
import java.nio.file.Path;
import java.util.Objects;

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
    private static final DocumentCodec<Role> CODEC = DocumentCodec.of(RoleDocument.INSTANCE);

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
     * @throws NullPointerException if an argument is {@code null}
     */
    public String write(Role role, ContentFormat format) {
        return CODEC.write(Objects.requireNonNull(role, "role"), Objects.requireNonNull(format, "format"));
    }

    /**
     * Writes a role to a file, UTF-8 encoded, in the format its extension names, replacing the file.
     *
     * @param role the role
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the extension names no format
     * @throws UnreadableContentException if the file cannot be written
     */
    public void write(Role role, Path file) {
        CODEC.write(Objects.requireNonNull(role, "role"), Objects.requireNonNull(file, "file"));
    }
}
