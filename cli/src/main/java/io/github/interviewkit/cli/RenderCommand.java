package io.github.interviewkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code interviewkit render KIND FILE}: writes what people read with the render module, as HTML or
 * Markdown, in English or German: a role's interview kit, the guide or the blank scorecard form of
 * each interview of a planned loop (or of one interview given by its questions), and a candidate
 * report. The command holds the options; {@link Rendering} does the work, so that the render
 * module's classes are loaded only when this command runs.
 */
@Command(name = "render",
        description = {"Renders what people read, as one self-contained HTML page or as Markdown,",
            "in English or German:",
            "",
            "  render kit ROLE                     the kit of an installed kit's id or a role file",
            "  render guide LOOP                   the guide of each interview of the planned loop",
            "  render guide ROLE --questions Q,... the guide of one interview of those questions",
            "  render scorecard-form LOOP|ROLE     the blank scorecard of each interview, likewise",
            "  render report PANEL                 the panel's report (--policy, --strategy)",
            "  render report REPORT --panel PANEL  a stored report, with the panel it scored",
            "",
            "A LOOP, PANEL or REPORT names its role: the installed kit of that id and version,",
            "unless --role names another (an installed kit's id or a role file)."},
        footer = {"", "Output: standard output, or -o OUT: a file, or a folder (created when needed) that each rendering"
                + " is written into as <interview>-guide, <interview>-scorecard, <role>-kit or <candidate>-report with"
                + " the format's extension. Several renderings need a folder.",
            "", "Exit status: 0 rendered, 1 a document is invalid or the loop cannot be planned, 2 a usage error or a"
                + " file that cannot be read or written."})
final class RenderCommand extends BaseCommand {
    /** The kinds of rendering, in the order help lists them. */
    static final List<String> KINDS = List.of("kit", "guide", "scorecard-form", "report");

    @Parameters(index = "0", paramLabel = "KIND", completionCandidates = Kinds.class,
            description = "What to render: ${COMPLETION-CANDIDATES}.")
    String kind = "";

    @Parameters(index = "1", paramLabel = "FILE",
            description = "A role (an installed kit's id or a role file), a loop, a panel or a report document.")
    String file = "";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html", description = "html or md (default: ${DEFAULT-VALUE}).")
    String format = "html";

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or de (default: ${DEFAULT-VALUE}).")
    String lang = "en";

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "any",
            description = "The paper HTML asks to be printed on: any, a4 or letter (default: ${DEFAULT-VALUE}).")
    String paper = "any";

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "A file, or a folder; default: standard output.")
    @Nullable Path output;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "guide, scorecard-form, report: the role, instead of the installed kit the document names.")
    @Nullable String role;

    @Option(names = "--interview", paramLabel = "ID", description = "guide, scorecard-form of a loop: only this interview.")
    @Nullable String interview;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "guide, scorecard-form of a loop: stop planning after this many seconds with the best plan found.")
    @Nullable Integer timeLimitSeconds;

    @Option(names = "--questions", paramLabel = "ID", split = ",",
            description = "guide, scorecard-form: the interview's questions, in order; FILE then names the role.")
    List<String> questions = new ArrayList<>();

    @Option(names = "--id", paramLabel = "ID", defaultValue = "interview",
            description = "With --questions: the interview's id (default: ${DEFAULT-VALUE}).")
    String interviewId = "interview";

    @Option(names = "--title", paramLabel = "TITLE", description = "With --questions: the interview's title.")
    @Nullable String title;

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "With --questions: screening, technical, behavioural or another (default: the first question's).")
    @Nullable String stage;

    @Option(names = "--minutes", paramLabel = "N", description = "With --questions: the interview's length.")
    @Nullable Integer minutes;

    @Option(names = "--interviewer", paramLabel = "ID", split = ",", description = "With --questions: the interviewers.")
    List<String> interviewers = new ArrayList<>();

    @Option(names = "--criteria", paramLabel = "ID", split = ",",
            description = "With --questions: the criteria to rate (default: every criterion the questions inform).")
    List<String> criteria = new ArrayList<>();

    @Option(names = "--panel", paramLabel = "PANEL", description = "report of a stored REPORT: the panel it scored.")
    @Nullable Path panel;

    @Option(names = "--policy", paramLabel = "POLICY",
            description = "report: the scoring policy (its thresholds are shown; default: the library's).")
    @Nullable Path policy;

    @Option(names = "--strategy", paramLabel = "STRATEGY",
            description = "report of a PANEL: the strategy's id (default: structured).")
    @Nullable String strategy;

    /** The options that apply to some kinds only, and those kinds. */
    private static final Map<String, List<String>> ONLY_FOR = Map.ofEntries(
            Map.entry("--role", List.of("guide", "scorecard-form", "report")),
            Map.entry("--interview", List.of("guide", "scorecard-form")),
            Map.entry("--time-limit", List.of("guide", "scorecard-form")),
            Map.entry("--questions", List.of("guide", "scorecard-form")),
            Map.entry("--id", List.of("guide", "scorecard-form")),
            Map.entry("--title", List.of("guide", "scorecard-form")),
            Map.entry("--stage", List.of("guide", "scorecard-form")),
            Map.entry("--minutes", List.of("guide", "scorecard-form")),
            Map.entry("--interviewer", List.of("guide", "scorecard-form")),
            Map.entry("--criteria", List.of("guide", "scorecard-form")),
            Map.entry("--panel", List.of("report")),
            Map.entry("--policy", List.of("report")),
            Map.entry("--strategy", List.of("report")));

    /** The options of one interview given by its questions. */
    private static final List<String> EXPLICIT = List.of("--id", "--title", "--stage", "--minutes", "--interviewer", "--criteria");

    @Override
    public Integer call() {
        if (!KINDS.contains(kind)) {
            throw new ParameterException(spec.commandLine(), "Unknown kind '" + kind + "': one of " + String.join(", ", KINDS));
        }
        OutputFormat output = Formats.parse(spec, format, OutputFormat.HTML, OutputFormat.MD);
        for (Map.Entry<String, List<String>> only : ONLY_FOR.entrySet()) {
            if (given(only.getKey()) && !only.getValue().contains(kind)) {
                throw new ParameterException(spec.commandLine(), "Option '" + only.getKey() + "' applies to render "
                        + String.join(" and ", only.getValue()) + ", not to render " + kind);
            }
        }
        if (questions.isEmpty()) {
            for (String option : EXPLICIT) {
                if (given(option)) {
                    throw new ParameterException(spec.commandLine(), "Option '" + option + "' describes an interview given by"
                            + " --questions; a loop's interviews are described by the loop");
                }
            }
        } else {
            for (String option : List.of("--role", "--interview", "--time-limit")) {
                if (given(option)) {
                    throw new ParameterException(spec.commandLine(), "Option '" + option + "' applies to a loop; with"
                            + " --questions, FILE names the role");
                }
            }
        }
        if (timeLimitSeconds != null) {
            Formats.positive(spec, "--time-limit", timeLimitSeconds);
        }
        if (minutes != null) {
            Formats.positive(spec, "--minutes", minutes);
        }
        return new Rendering(this, output).run();
    }

    /** @return whether the user gave an option */
    boolean given(String option) {
        return spec.commandLine().getParseResult() != null && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** The kinds, for completion and help. */
    static final class Kinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return KINDS.iterator();
        }
    }
}
