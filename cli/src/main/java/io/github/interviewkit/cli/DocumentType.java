package io.github.interviewkit.cli;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.DocumentKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One kind of document the command line reads: its id on the command line ({@code --kind role}),
 * the top-level fields that tell a document of this kind from the others, how the library reads it,
 * and its JSON Schema when the library ships one. Kinds whose documents are checked against a role
 * (panels, for example) are given the role the user named with {@code --role}.
 *
 * @param <T> the value a document holds
 */
final class DocumentType<T> {
    private final String id;
    private final String description;
    private final List<String> markers;
    private final @Nullable Function<Path, T> read;
    private final @Nullable BiFunction<Path, Role, T> readAgainstRole;
    private final @Nullable Supplier<String> schema;
    private final @Nullable Supplier<DocumentKind<T>> kind;

    private DocumentType(String id, String description, List<String> markers, @Nullable Function<Path, T> read,
            @Nullable BiFunction<Path, Role, T> readAgainstRole, @Nullable Supplier<String> schema,
            @Nullable Supplier<DocumentKind<T>> kind) {
        this.id = id;
        this.description = description;
        this.markers = List.copyOf(markers);
        this.read = read;
        this.readAgainstRole = readAgainstRole;
        this.schema = schema;
        this.kind = kind;
    }

    /**
     * A kind read on its own.
     *
     * @param id the id on the command line
     * @param description what a document holds, for people
     * @param markers top-level fields that documents of this kind have and documents of other kinds do not
     * @param read reads a file with the library, throwing its exceptions
     */
    static <T> DocumentType<T> of(String id, String description, List<String> markers, Function<Path, T> read) {
        return new DocumentType<>(id, description, markers, read, null, null, null);
    }

    /** A kind whose documents are read and checked against a role. */
    static <T> DocumentType<T> againstRole(String id, String description, List<String> markers,
            BiFunction<Path, Role, T> read) {
        return new DocumentType<>(id, description, markers, null, read, null, null);
    }

    /** @return this kind with a JSON Schema, given as the schema's text */
    DocumentType<T> withSchema(Supplier<String> schemaText) {
        return new DocumentType<>(id, description, markers, read, readAgainstRole, schemaText, kind);
    }

    /**
     * @param documentKind the library's kind of these documents, asked for on first use; given, a
     *     document detected as this kind is bound in the same pass that tells its kind
     * @return this kind, bound by the library's {@link DocumentKind} when detected
     */
    DocumentType<T> withKind(Supplier<DocumentKind<T>> documentKind) {
        return new DocumentType<>(id, description, markers, read, readAgainstRole, schema, documentKind);
    }

    /** @return the library's kind of these documents, for kinds read on their own that name it */
    Optional<DocumentKind<T>> kind() {
        return kind == null || read == null ? Optional.empty() : Optional.of(kind.get());
    }

    /** @return the id on the command line */
    String id() {
        return id;
    }

    /** @return what a document holds, for people */
    String description() {
        return description;
    }

    /** @return the top-level fields that tell this kind from the others */
    List<String> markers() {
        return markers;
    }

    /** @return whether a document is checked against a role the user names */
    boolean needsRole() {
        return readAgainstRole != null;
    }

    /** @return the JSON Schema's text, if the library ships one for this kind */
    Optional<String> schema() {
        return schema == null ? Optional.empty() : Optional.of(schema.get());
    }

    /**
     * Reads a file; see {@link Documents#read}.
     *
     * @param role the role named with {@code --role}, or {@code null}
     * @throws CommandFailure if the kind needs a role and none was named
     */
    T read(Path file, @Nullable Role role) {
        if (read != null) {
            return Documents.read(file, read);
        }
        BiFunction<Path, Role, T> against = readAgainstRole;
        if (against == null || role == null) {
            throw new CommandFailure(Exit.USAGE, "a " + description + " is checked against its role: name the role with --role");
        }
        return Documents.read(file, f -> against.apply(f, role));
    }
}
