package io.github.interviewkit.cli;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.UnreadableContentException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code interviewkit validate FILE...}: reads every file with the library's reader of its kind and
 * prints every problem as {@code file:line:column: path: message}. Files are checked one after the
 * other; one that cannot be read does not stop the others.
 */
@Command(name = "validate",
        description = {
            "Checks documents and prints every problem as file:line:column: path: message.",
            "The kind of each document is told by its fields, or named with --kind.",
        },
        footer = {"", "Exit status: 0 every document is valid, 1 a document is invalid, 2 a usage error or a file"
                + " that cannot be read (or whose kind cannot be told)."})
final class ValidateCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON (.json) or YAML (.yaml, .yml) documents.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", completionCandidates = DocumentTypes.Ids.class,
            description = "The kind of every FILE: ${COMPLETION-CANDIDATES}. Default: told by each document's fields.")
    @Nullable String kind;

    @Option(names = "--role", paramLabel = "ROLE",
            description = {"The role panels and loops are checked against: an installed kit's id or a role file.",
                "Default: the installed kit each document names."})
    @Nullable String role;

    @Option(names = {"-q", "--quiet"}, description = "Print problems only, nothing for a valid document.")
    boolean quiet;

    @Override
    public Integer call() {
        DocumentType<?> named = null;
        if (kind != null) {
            named = DocumentTypes.find(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "Unknown kind '" + kind + "': one of " + DocumentTypes.ids()));
        }
        Role against = role == null ? null : Roles.resolve(role);
        int status = Exit.OK;
        for (Path file : files) {
            status = Math.max(status, check(file, named, against));
        }
        return status;
    }

    private int check(Path file, @Nullable DocumentType<?> named, @Nullable Role against) {
        try {
            // Told by its fields, a document of a kind read on its own is read in the same pass.
            DocumentTypes.Detected detected = named != null ? null : DocumentTypes.detectAndRead(file);
            DocumentType<?> type = detected != null ? detected.type() : Objects.requireNonNull(named);
            if (detected == null || detected.value() == null) {
                // A panel or loop is checked against its role: --role, else the installed kit it names.
                type.read(file, against != null || !type.needsRole() ? against : DocumentRoles.of(file, null));
            }
            if (!quiet) {
                out().println(file + ": valid " + type.description());
            }
            return Exit.OK;
        } catch (Failures.InvalidDocument invalid) {
            Problems.print(invalid.file(), invalid.problems(), out());
            return Exit.INVALID;
        } catch (CommandFailure | UnreadableContentException unreadable) {
            err().println("interviewkit: " + unreadable.getMessage());
            return Exit.USAGE;
        }
    }
}
