package io.github.interviewkit.cli;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.planning.Plan;
import io.github.interviewkit.planning.PlanningProblem;
import io.github.interviewkit.planning.PlanningResult;
import io.github.interviewkit.render.Format;
import io.github.interviewkit.render.InterviewGuide;
import io.github.interviewkit.render.Paper;
import io.github.interviewkit.render.Renderer;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringEngine;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code render} does with its options, through the render module's {@link Renderer}: reads
 * the input, renders it and writes the renderings through {@link Outputs}. {@code plan --format
 * html|md} shares the guides of a plan ({@link #guides}).
 */
final class Rendering {
    private final RenderCommand command;
    private final OutputFormat output;

    Rendering(RenderCommand command, OutputFormat output) {
        this.command = command;
        this.output = output;
    }

    /** @return the exit status */
    int run() {
        Renderer renderer = renderer(command.spec, command.lang, command.paper);
        Format format = format(output);
        Map<String, String> renderings = switch (command.kind) {
            case "kit" -> {
                Role role = Roles.resolve(command.file);
                yield Map.of(role.id() + "-kit" + output.extension(), renderer.kit(role, format));
            }
            case "guide", "scorecard-form" -> interviews(renderer, format, command.kind.equals("scorecard-form"));
            case "report" -> report(renderer, format);
            default -> throw new IllegalStateException("render " + command.kind + " is listed but not handled");
        };
        Outputs.write(renderings, command.output, command.out(), "the loop has " + renderings.size() + " interviews",
                ", or one interview with --interview ID");
        return Exit.OK;
    }

    private Map<String, String> interviews(Renderer renderer, Format format, boolean forms) {
        if (!command.questions.isEmpty()) {
            Role role = Roles.resolve(command.file);
            InterviewGuide.Builder guide = InterviewGuide.builder().role(role).id(command.interviewId)
                    .addAllQuestions(command.questions).addAllInterviewers(command.interviewers)
                    .addCriteria(command.criteria.toArray(String[]::new));
            if (command.title != null) {
                guide.title(command.title);
            }
            if (command.stage != null) {
                guide.stage(stage(command.spec, command.stage));
            }
            if (command.minutes != null) {
                guide.minutes(command.minutes);
            }
            InterviewGuide built;
            try {
                built = guide.build();
            } catch (ContentException e) {
                throw new Failures.InvalidDocument("--questions", e);
            }
            return render(Map.of(built.id(), built), renderer, format, forms, output);
        }
        Path loop = file("a loop document, or a role with --questions");
        Role role = DocumentRoles.of(loop, command.role);
        PlanningProblem problem = DocumentTypes.LOOP.read(loop, role);
        PlanningResult result = PlanCommand.planner(command.timeLimitSeconds).plan(problem);
        Plan plan = result.plan().orElseThrow(() -> new CommandFailure(Exit.INVALID, "the loop of " + loop
                + " cannot be planned, so it has no guides:\n" + result.explanation().strip()));
        return render(guides(role, plan, command.interview), renderer, format, forms, output);
    }

    /**
     * Writes the guide of each interview of a plan ({@code plan --format html|md}), each named
     * {@code <interview>-guide}.
     *
     * @param only the one interview to write, or {@code null} for all
     * @param to {@code -o OUT}, or {@code null} for standard output
     * @throws CommandFailure ({@link Exit#USAGE}) if there are several and no folder, or no such interview
     */
    static void writeGuides(CommandSpec spec, Role role, Plan plan, @Nullable String only, String lang, String paper,
            OutputFormat output, @Nullable Path to) {
        Map<String, String> renderings = render(guides(role, plan, only), renderer(spec, lang, paper), format(output), false,
                output);
        Outputs.write(renderings, to, spec.commandLine().getOut(), "the loop has " + renderings.size() + " interviews",
                ", or one interview with --interview ID");
    }

    /**
     * The guide of each interview of a plan, by interview id, in loop order.
     *
     * @param only the one interview to keep, or {@code null} for all
     * @throws CommandFailure ({@link Exit#USAGE}) if the plan has no interview with that id
     */
    static Map<String, InterviewGuide> guides(Role role, Plan plan, @Nullable String only) {
        Map<String, InterviewGuide> guides = new LinkedHashMap<>();
        plan.interviews().stream().filter(planned -> only == null || planned.id().equals(only)).forEach(planned ->
                guides.put(planned.id(), InterviewGuide.builder().role(role).id(planned.id())
                        .stage(planned.interview().stage()).minutes(planned.interview().minutes())
                        .addAllInterviewers(planned.interview().interviewers())
                        .addAllQuestions(planned.sortedQuestionIds()).build()));
        if (guides.isEmpty()) {
            throw new CommandFailure(Exit.USAGE, only == null ? "the plan has no interview"
                    : "the loop has no interview '" + only + "' (its interviews: " + String.join(", ",
                            plan.interviews().stream().map(p -> p.id()).toList()) + ")");
        }
        return guides;
    }

    /** Renders guides (or blank scorecards), each named {@code <interview>-guide} or {@code <interview>-scorecard}. */
    static Map<String, String> render(Map<String, InterviewGuide> guides, Renderer renderer, Format format, boolean forms,
            OutputFormat output) {
        Map<String, String> renderings = new LinkedHashMap<>();
        int index = 0;
        for (InterviewGuide guide : guides.values()) {
            index++;
            String name = Outputs.fileName(guide.id(), "interview-" + index) + (forms ? "-scorecard" : "-guide")
                    + output.extension();
            renderings.put(name, forms ? renderer.scorecardForm(guide, format) : renderer.guide(guide, format));
        }
        return renderings;
    }

    private Map<String, String> report(Renderer renderer, Format format) {
        Path given = file("a panel, or a report with --panel");
        DocumentType<?> type = DocumentTypes.detect(given);
        boolean stored = type == DocumentTypes.REPORT;
        if (!stored && type != DocumentTypes.PANEL) {
            throw new CommandFailure(Exit.USAGE, "render report takes a panel, or a report with --panel; " + given
                    + " is a " + type.description());
        }
        Path panelFile = stored ? command.panel : given;
        if (panelFile == null) {
            throw new ParameterException(command.spec.commandLine(), "Missing option '--panel': " + given
                    + " is a stored report, rendered with the panel it scored");
        }
        if (!stored && command.panel != null) {
            throw new ParameterException(command.spec.commandLine(), "Option '--panel' applies to a stored report; " + given
                    + " is the panel");
        }
        if (stored && command.strategy != null) {
            throw new ParameterException(command.spec.commandLine(), "Option '--strategy' applies to a panel that is scored;"
                    + " a stored report names its strategy");
        }
        Role role = DocumentRoles.of(panelFile, command.role);
        Panel panel = DocumentTypes.PANEL.read(panelFile, role);
        ScoringPolicy policy = command.policy == null ? ScoringPolicy.defaults() : DocumentTypes.POLICY.read(command.policy, null);
        Report report;
        if (stored) {
            report = DocumentTypes.REPORT.read(given, null);
        } else {
            ScoringEngine engine = ScoringEngine.builder().discoverInstalled().policy(policy).build();
            report = engine.scorer(role, command.strategy == null ? engine.defaultStrategyId() : command.strategy).score(panel);
        }
        String page;
        try {
            page = renderer.report(report, panel, policy, format);
        } catch (IllegalArgumentException mismatch) {
            throw new CommandFailure(Exit.INVALID, given + " is not a report of the panel " + panelFile + ": the report is of"
                    + " candidate " + report.candidateId() + " for role " + report.roleId() + ", the panel of candidate "
                    + panel.candidateId() + " for role " + panel.role().id());
        }
        return Map.of(Outputs.fileName(report.candidateId(), "candidate") + "-report" + output.extension(), page);
    }

    /**
     * The candidate reports of scored panels, one page each, named after the candidate (for
     * {@code score --format html|md}).
     *
     * @param reports each panel's report, in the order of the command line
     * @param policy the policy they were scored with, whose thresholds the pages show
     * @param renderer the renderer of {@code --lang} and {@code --paper}
     * @param output HTML or MD
     * @return each page by its file name
     */
    static Map<String, String> reports(List<Map.Entry<Panel, Report>> reports, ScoringPolicy policy, Renderer renderer,
            OutputFormat output) {
        Map<String, String> pages = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<Panel, Report> scored : reports) {
            index++;
            String name = Outputs.fileName(scored.getValue().candidateId(), "candidate-" + index) + "-report"
                    + output.extension();
            if (pages.containsKey(name)) {
                // Two panels of one candidate: the second keeps its place on the command line.
                name = "candidate-" + index + "-report" + output.extension();
            }
            pages.put(name,
                    renderer.report(scored.getValue(), scored.getKey(), policy, format(output)));
        }
        return pages;
    }

    /**
     * The FILE argument as an existing file.
     *
     * @param takes what the kind takes, for the message
     * @throws CommandFailure ({@link Exit#USAGE}) if no file has that name
     */
    private Path file(String takes) {
        Path file;
        try {
            file = Path.of(command.file);
        } catch (java.nio.file.InvalidPathException e) {
            file = null;
        }
        if (file == null || !java.nio.file.Files.exists(file)) {
            throw new CommandFailure(Exit.USAGE, "cannot read " + command.file + ": it does not exist (render " + command.kind
                    + " takes " + takes + ")");
        }
        return file;
    }

    /**
     * The renderer of {@code --lang} and {@code --paper}.
     *
     * @throws ParameterException if a value is not one of those accepted
     */
    static Renderer renderer(CommandSpec spec, String lang, String paper) {
        Renderer renderer = switch (lang) {
            case "en" -> Renderer.english();
            case "de" -> Renderer.german();
            default -> throw new ParameterException(spec.commandLine(), "Invalid value for option '--lang': '" + lang
                    + "' is not one of en, de");
        };
        return switch (paper) {
            case "any" -> renderer;
            case "a4" -> renderer.withPaper(Paper.A4);
            case "letter" -> renderer.withPaper(Paper.LETTER);
            default -> throw new ParameterException(spec.commandLine(), "Invalid value for option '--paper': '" + paper
                    + "' is not one of any, a4, letter");
        };
    }

    /** @return the render module's format of an output format, HTML or MD */
    static Format format(OutputFormat output) {
        return output == OutputFormat.MD ? Format.MARKDOWN : Format.HTML;
    }

    private static QuestionCategory stage(CommandSpec spec, String id) {
        try {
            return QuestionCategory.of(id);
        } catch (ContentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--stage': '" + id
                    + "' is not a slug (lower-case letters and digits joined by single hyphens)");
        }
    }
}
