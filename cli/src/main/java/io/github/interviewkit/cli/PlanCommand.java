package io.github.interviewkit.cli;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.planning.PlanningProblem;
import io.github.interviewkit.planning.PlanningResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interviewkit plan ROLE LOOP}: plans the loop with the library's {@link InterviewPlanner}
 * and prints the explained plan, or the smallest set of constraints that cannot hold together.
 */
@Command(name = "plan",
        description = {"Plans an interview loop for a role: the best questions per interview, explained,",
            "or why the loop is impossible."},
        footer = {"", "Exit status: 0 a plan was found, 1 the loop is impossible (or no plan was found within the"
                + " time limit) or a document is invalid, 2 a usage error or a file that cannot be read."})
final class PlanCommand extends BaseCommand {
    /** How loop documents are read: the planner's document form, once the library has one. */
    private final Optional<DocumentType<PlanningProblem>> loops;

    @Parameters(index = "0", paramLabel = "ROLE", description = "An installed kit's id (such as backend-architect) or a role file.")
    String role = "";

    @Parameters(index = "1", paramLabel = "LOOP", description = "The loop: its interviews and the planning options, a JSON or YAML file.")
    Path loop = Path.of("");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Stop the search after this many seconds and print the best plan found, with its gap.")
    @Nullable Integer timeLimitSeconds;

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
        OutputFormat output = Formats.parse(spec, format, OutputFormat.TEXT, OutputFormat.JSON);
        DocumentType<PlanningProblem> kind = loops.orElseThrow(() -> new CommandFailure(Exit.USAGE,
                "this version cannot read loop documents yet: the planner's document form has not landed"));
        Role planned = Roles.resolve(role);
        PlanningProblem problem = kind.read(loop, planned);
        InterviewPlanner.Builder planner = InterviewPlanner.builder();
        if (timeLimitSeconds != null) {
            planner.timeLimit(Duration.ofSeconds(Formats.positive(spec, "--time-limit", timeLimitSeconds)));
        }
        PlanningResult result = planner.build().plan(problem);
        String json = result.plan().map(plan -> plan.write(ContentFormat.JSON)).orElseGet(() -> PlanDocument.json(result));
        out().print(output == OutputFormat.JSON ? json : text(result.explanation()));
        return result.plan().isPresent() ? Exit.OK : Exit.INVALID;
    }

    private static String text(String explanation) {
        return explanation.endsWith("\n") ? explanation : explanation + "\n";
    }

}
