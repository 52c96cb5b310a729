package io.github.interviewkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code interviewkit schema KIND}: prints the JSON Schema the library ships for a kind of document. */
@Command(name = "schema",
        description = {"Prints the JSON Schema of a kind of document, for editors and other validators."},
        footer = {"", "Exit status: 0 printed, 1 no schema is shipped for the kind, 2 a usage error."})
final class SchemaCommand extends BaseCommand {
    @Parameters(paramLabel = "KIND", completionCandidates = DocumentTypes.Ids.class,
            description = "The kind of document: ${COMPLETION-CANDIDATES}.")
    String kind = "";

    @Override
    public Integer call() {
        DocumentType<?> type = DocumentTypes.find(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown kind '" + kind + "': one of " + DocumentTypes.ids()));
        String schema = type.schema().orElseThrow(() -> new CommandFailure(Exit.INVALID,
                "this version ships no JSON Schema for the " + type.description() + " (kind " + type.id() + ")"));
        out().print(schema.endsWith("\n") ? schema : schema + "\n");
        return Exit.OK;
    }
}
