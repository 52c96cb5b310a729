package io.github.interviewkit.cli;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Scorecard;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line through picocli's programmatic API and keeps what it printed. */
final class Cli {
    /** The bundled kit's source, from this module's folder (the tests' working directory). */
    static final Path KIT = Path.of("..", "content-backend-architect", "src", "main", "resources", "io", "github",
            "interviewkit", "content", "backendarchitect", "backend-architect.yaml");
    /** The examples' Data Engineer kit. */
    static final Path DATA_ENGINEER = Path.of("..", "examples", "src", "main", "resources", "io", "github",
            "interviewkit", "examples", "data-engineer.yaml");

    /** The examples' documents: panels, a loop, a policy, a Greenhouse payload and its mapping. */
    static final Path EXAMPLES = Path.of("..", "examples", "src", "main", "resources", "io", "github", "interviewkit",
            "examples");
    /** The interop module's payloads, as each system documents them, and their mappings. */
    static final Path PAYLOADS = Path.of("..", "interop", "src", "test", "resources", "io", "github", "interviewkit",
            "interop");

    /** What one run printed and returned. */
    record Result(int status, String out, String err) {}

    private Cli() {}

    static Result run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    static Result run(CommandLine.IFactory factory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int status = Main.commandLine(o, e, factory).execute(args);
        o.flush();
        e.flush();
        return new Result(status, out.toString(), err.toString());
    }

    /** A factory that makes one command class with a given supplier, every other the default way. */
    static CommandLine.IFactory making(Class<?> type, java.util.function.Supplier<Object> make) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == type ? cls.cast(make.get()) : defaults.create(cls);
            }
        };
    }

    /** @return the bundled Backend Architect kit */
    static Role kit() {
        return Roles.resolve("backend-architect");
    }

    /**
     * A panel of three technical interviewers for a candidate of the bundled kit; {@code shift}
     * moves every rating (a stronger or weaker candidate).
     */
    static Panel panel(Role role, String candidate, int shift) {
        Map<String, int[]> ratings = Map.of(
                "alice", new int[] {4, 3, 3, 3, 3},
                "bob", new int[] {3, 4, 3, 4, 2},
                "chen", new int[] {3, 3, 4, 3, 3});
        List<String> criteria = List.of("system-design", "languages-and-frameworks", "explains-architectural-choices",
                "database-systems", "cloud-architecture");
        List<Scorecard> scorecards = ratings.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> {
            Scorecard.Builder card = Scorecard.builder().candidateId(candidate).interviewerId(entry.getKey())
                    .stage(QuestionCategory.TECHNICAL);
            for (int i = 0; i < criteria.size(); i++) {
                card.rate(criteria.get(i), Math.max(1, Math.min(4, entry.getValue()[i] + shift)));
            }
            return card.build();
        }).toList();
        return Panel.of(role, scorecards);
    }
}
