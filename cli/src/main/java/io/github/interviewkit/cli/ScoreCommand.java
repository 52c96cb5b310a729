package io.github.interviewkit.cli;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.FindingNames;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.PanelScorer;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringEngine;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interviewkit score ROLE PANEL...}: scores each panel with the library's engine and prints
 * its explained report: as text (the trace and flags worded with the role's names, through
 * {@link FindingNames#of}), as the report documents (JSON), or as the render module's candidate
 * report (HTML or Markdown, one page per panel; several need {@code -o DIR}). The render module's
 * classes are loaded only for HTML and Markdown.
 */
@Command(name = "score",
        description = {"Scores interview panels of a role and prints each report: the recommendation, every step",
            "of its trace and every flag."},
        footer = {"", "Exit status: 0 every panel was scored, 1 a document is invalid or the policy does not fit the"
                + " role, 2 a usage error or a file that cannot be read."})
final class ScoreCommand extends BaseCommand {
    /** How panel documents are read. */
    private final DocumentType<Panel> panels;

    @Parameters(index = "0", paramLabel = "ROLE", description = "An installed kit's id (such as backend-architect) or a role file.")
    String role = "";

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PANEL", description = "Panel documents, JSON or YAML.")
    List<Path> panelFiles = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "POLICY", description = "A scoring policy document (default: the library's defaults).")
    @Nullable Path policy;

    @Option(names = "--strategy", paramLabel = "STRATEGY",
            description = "The strategy's id: structured, bar-raiser, multiple-hurdle or one installed (default: structured).")
    @Nullable String strategy;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, html or md (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "html, md: en or de (default: ${DEFAULT-VALUE}).")
    String lang = "en";

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "any",
            description = "html: any, a4 or letter (default: ${DEFAULT-VALUE}).")
    String paper = "any";

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "A file, or a folder (one report per panel); default: standard output.")
    @Nullable Path output;

    /** A command that reads panels with the library's panel documents. */
    ScoreCommand() {
        this(DocumentTypes.PANEL);
    }

    /** A command that reads panels with a given kind (tests). */
    ScoreCommand(DocumentType<Panel> panels) {
        this.panels = panels;
    }

    @Override
    public Integer call() {
        OutputFormat as = Formats.parse(spec, format, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.HTML, OutputFormat.MD);
        if (as == OutputFormat.TEXT || as == OutputFormat.JSON) {
            for (String option : List.of("--lang", "--paper")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Option '" + option
                            + "' applies to --format html or md");
                }
            }
        }
        Role scored = Roles.resolve(role);
        ScoringPolicy effective = policy == null ? ScoringPolicy.defaults() : DocumentTypes.POLICY.read(policy, null);
        ScoringEngine engine = ScoringEngine.builder().discoverInstalled().policy(effective).build();
        PanelScorer scorer = engine.scorer(scored, strategy == null ? engine.defaultStrategyId() : strategy);
        List<Map.Entry<Panel, Report>> reports = new ArrayList<>();
        for (Path file : panelFiles) {
            Panel panel = panels.read(file, scored);
            reports.add(Map.entry(panel, scorer.score(panel)));
        }
        Map<String, String> documents = switch (as) {
            case JSON -> Map.of("reports.json", json(reports.stream().map(Map.Entry::getValue).toList()));
            case HTML, MD -> Rendering.reports(reports, effective, Rendering.renderer(spec, lang, paper), as);
            default -> Map.of("reports.txt", text(reports.stream().map(Map.Entry::getValue).toList(), FindingNames.of(scored)));
        };
        Outputs.write(documents, output, out(), "there are " + documents.size() + " reports", "");
        return Exit.OK;
    }

    private static String text(Iterable<Report> reports, FindingNames names) {
        StringBuilder text = new StringBuilder();
        for (Report report : reports) {
            text.append(text.length() == 0 ? "" : "\n").append(report.render(names));
        }
        return text.toString();
    }

    /** One report is its document; several are a JSON array of them. */
    private static String json(List<Report> reports) {
        if (reports.size() == 1) {
            return reports.get(0).toJson();
        }
        StringBuilder array = new StringBuilder("[\n");
        for (int i = 0; i < reports.size(); i++) {
            String document = reports.get(i).toJson().stripTrailing();
            array.append("  ").append(document.replace("\n", "\n  ")).append(i + 1 < reports.size() ? ",\n" : "\n");
        }
        return array.append("]\n").toString();
    }
}
