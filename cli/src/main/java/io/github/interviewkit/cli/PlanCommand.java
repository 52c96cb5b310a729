package io.github.interviewkit.cli;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.planning.PlanningProblem;
import io.github.interviewkit.planning.PlanningResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code interviewkit plan ROLE LOOP}: plans the loop with the library's {@link InterviewPlanner}
 * and prints the explained plan (as text or the plan's JSON document, or as the interviewer guide of
 * each interview in HTML or Markdown), or the smallest set of constraints that cannot hold together.
 */
@Command(name = "plan",
        description = {"Plans an interview loop for a role: the best questions per interview, explained,",
            "or why the loop is impossible. With --format html or md: the interviewer guide",
            "of each interview, written into the folder -o names (or one, with --interview)."},
        footer = {"", "Exit status: 0 a plan was found, 1 the loop is impossible (or no plan was found within the"
                + " time limit) or a document is invalid, 2 a usage error or a file that cannot be read."})
final class PlanCommand extends BaseCommand {
    /** How loop documents are read: the planner's document form, once the library has one. */
    private final Optional<DocumentType<PlanningProblem>> loops;

    @Parameters(index = "0", paramLabel = "ROLE", description = "An installed kit's id (such as backend-architect) or a role file.")
    String role = "";

    @Parameters(index = "1", paramLabel = "LOOP", description = "The loop: its interviews and the planning options, a JSON or YAML file.")
    Path loop = Path.of("");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = {"text, json, or html or md: the interviewer guide of each interview (default: ${DEFAULT-VALUE})."})
    String format = "text";

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Stop the search after this many seconds and print the best plan found, with its gap.")
    @Nullable Integer timeLimitSeconds;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "A file; for the guides of several interviews a folder, each written as <interview>-guide.html"
                    + " or .md. Default: standard output.")
    @Nullable Path output;

    @Option(names = "--interview", paramLabel = "ID", description = "html, md: the guide of this interview only.")
    @Nullable String interview;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "html, md: en or de (default: ${DEFAULT-VALUE}).")
    String lang = "en";

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "any",
            description = "html: the paper to print on, any, a4 or letter (default: ${DEFAULT-VALUE}).")
    String paper = "any";

    /** A command that reads loops with the library's loop documents. */
    PlanCommand() {
        this(DocumentTypes.loop());
    }

    /** A command that reads loops with a given kind (tests). */
    PlanCommand(Optional<DocumentType<PlanningProblem>> loops) {
        this.loops = loops;
    }

    @Override
    public Integer call() {
        OutputFormat output = Formats.parse(spec, format, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.HTML,
                OutputFormat.MD);
        boolean guides = output == OutputFormat.HTML || output == OutputFormat.MD;
        for (String option : List.of("--interview", "--lang", "--paper")) {
            if (!guides && spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), "Option '" + option + "' applies to the guides of"
                        + " --format html or md");
            }
        }
        DocumentType<PlanningProblem> kind = loops.orElseThrow(() -> new CommandFailure(Exit.USAGE,
                "this version cannot read loop documents yet: the planner's document form has not landed"));
        Role planned = Roles.resolve(role);
        PlanningProblem problem = kind.read(loop, planned);
        PlanningResult result = planner(timeLimitSeconds == null ? null
                : Formats.positive(spec, "--time-limit", timeLimitSeconds)).plan(problem);
        if (guides) {
            if (result.plan().isEmpty()) {
                err().print(text(result.explanation()));
                return Exit.INVALID;
            }
            Rendering.writeGuides(spec, planned, result.plan().get(), interview, lang, paper, output, this.output);
            return Exit.OK;
        }
        String json = result.plan().map(plan -> plan.write(ContentFormat.JSON)).orElseGet(() -> PlanDocument.json(result));
        Outputs.write(Map.of("plan" + output.extension(), output == OutputFormat.JSON ? json : text(result.explanation())),
                this.output, out(), "one plan", "");
        return result.plan().isPresent() ? Exit.OK : Exit.INVALID;
    }

    /**
     * The planner, with a time limit.
     *
     * @param timeLimitSeconds the limit, positive, or {@code null} for the planner's default
     */
    static InterviewPlanner planner(@Nullable Integer timeLimitSeconds) {
        InterviewPlanner.Builder planner = InterviewPlanner.builder();
        if (timeLimitSeconds != null) {
            planner.timeLimit(Duration.ofSeconds(timeLimitSeconds));
        }
        return planner.build();
    }

    private static String text(String explanation) {
        return explanation.endsWith("\n") ? explanation : explanation + "\n";
    }

}
