package io.github.interviewkit.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code interviewkit import SOURCE PAYLOAD --mapping M}: imports the scorecards an applicant
 * tracking system exported, through the interop module's importer of that system and a mapping
 * document, and writes a panel document per application: the documents {@code validate},
 * {@code score}, {@code render} and {@code analyse} read. The command holds the options;
 * {@link Importing} does the work, so that the interop module's classes are loaded only when this
 * command runs.
 */
@Command(name = "import",
        description = {"Imports scorecards from Greenhouse, Lever, Ashby or a CSV file through a mapping",
            "document and writes a panel document per application (with --scorecards, each",
            "scorecard as a document too). The role is the installed kit the mapping names,",
            "unless --role names another. Each rating mapped through a label the mapping",
            "declares lossy is reported on standard error."},
        footer = {"", "Output: one panel to standard output, or -o OUT: a file, or a folder (created when needed) that"
                + " each panel is written into as <application>.yaml (or .json), its scorecards into OUT/scorecards/."
                + " An application id that is not a plain file name is written as application-<n>.",
            "", "Exit status: 0 imported, 1 the payload or the mapping is invalid (every problem as"
                + " file:line:column: path: message), 2 a usage error or a file that cannot be read or written."})
final class ImportCommand extends BaseCommand {
    /** The systems, in the order help lists them. */
    static final List<String> SOURCES = List.of("greenhouse", "lever", "ashby", "csv");

    @Parameters(index = "0", paramLabel = "SOURCE", completionCandidates = Sources.class,
            description = "The system the payload comes from: ${COMPLETION-CANDIDATES}.")
    String source = "";

    @Parameters(index = "1", paramLabel = "PAYLOAD",
            description = "The exported scorecards: the system's JSON payload (.json), or a CSV file for csv.")
    Path payload = Path.of("");

    @Option(names = "--mapping", required = true, paramLabel = "M",
            description = "The import mapping document (YAML or JSON): attributes, rating labels, votes and stages.")
    Path mapping = Path.of("");

    @Option(names = "--role", paramLabel = "ROLE",
            description = "The role, instead of the installed kit the mapping names: an installed kit's id or a role file.")
    @Nullable String role;

    @Option(names = "--candidate", paramLabel = "ID",
            description = "lever, ashby: the candidate the feedback is about (Lever's contact; the payload does not say).")
    @Nullable String candidate;

    @Option(names = "--opportunity", paramLabel = "ID",
            description = "lever: the opportunity the feedback was listed for, the panel's application.")
    @Nullable String opportunity;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "A file, or a folder; default: standard output.")
    @Nullable Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml", description = "yaml or json (default: ${DEFAULT-VALUE}).")
    String format = "yaml";

    @Option(names = "--scorecards", description = "Also write each scorecard as a document, into OUT/scorecards/ (needs a folder).")
    boolean scorecards;

    @Override
    public Integer call() {
        if (!SOURCES.contains(source)) {
            throw new ParameterException(spec.commandLine(), "Unknown source '" + source + "': one of "
                    + String.join(", ", SOURCES));
        }
        OutputFormat written = Formats.parse(spec, format, OutputFormat.YAML, OutputFormat.JSON);
        boolean needsCandidate = source.equals("lever") || source.equals("ashby");
        if (needsCandidate && candidate == null) {
            throw new ParameterException(spec.commandLine(), "Missing option '--candidate': " + source
                    + " payloads do not name the candidate their feedback is about");
        }
        if (!needsCandidate && candidate != null) {
            throw new ParameterException(spec.commandLine(), "Option '--candidate' applies to lever and ashby only; "
                    + source + " payloads name their candidates");
        }
        if (source.equals("lever") && opportunity == null) {
            throw new ParameterException(spec.commandLine(), "Missing option '--opportunity': lever payloads do not"
                    + " name the opportunity their feedback was listed for");
        }
        if (!source.equals("lever") && opportunity != null) {
            throw new ParameterException(spec.commandLine(), "Option '--opportunity' applies to lever only; " + source
                    + " payloads name their applications");
        }
        if (scorecards && output == null) {
            throw new ParameterException(spec.commandLine(), "Option '--scorecards' writes into a folder: name one with -o");
        }
        return new Importing(this, written).run();
    }

    /** The sources, for completion and help. */
    static final class Sources implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SOURCES.iterator();
        }
    }
}
