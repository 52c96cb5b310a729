package io.github.interviewkit.cli;

import io.github.interviewkit.analytics.AdverseImpact;
import io.github.interviewkit.analytics.AdverseImpactReport;
import io.github.interviewkit.analytics.Agreement;
import io.github.interviewkit.analytics.Calibration;
import io.github.interviewkit.analytics.CalibrationPolicy;
import io.github.interviewkit.analytics.CohensKappa;
import io.github.interviewkit.analytics.CriterionImpactReport;
import io.github.interviewkit.analytics.FleissKappa;
import io.github.interviewkit.analytics.GroupImpact;
import io.github.interviewkit.analytics.IccEstimate;
import io.github.interviewkit.analytics.IntraclassCorrelation;
import io.github.interviewkit.analytics.InterviewerCalibration;
import io.github.interviewkit.analytics.KappaWeights;
import io.github.interviewkit.analytics.KendallsW;
import io.github.interviewkit.analytics.KrippendorffsAlpha;
import io.github.interviewkit.analytics.MeasurementLevel;
import io.github.interviewkit.analytics.PanelAnalytics;
import io.github.interviewkit.analytics.ScottsPi;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.PanelScorer;
import io.github.interviewkit.scoring.ScoringEngine;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interviewkit analyse PANELS_DIR}: reads every panel document of a folder and prints the
 * agreement between interviewers (every statistic the analytics module computes), each
 * interviewer's calibration, and, given each candidate's group, the adverse impact of the
 * decisions in total and per criterion.
 */
@Command(name = "analyse", aliases = "analyze",
        description = {"Measures many panels: agreement between interviewers (every statistic), calibration flags",
            "and, with --groups, adverse impact of the decisions and per criterion."},
        footer = {"", "Exit status: 0 analysed, 1 a document is invalid or the panels cannot be analysed, 2 a usage"
                + " error or a file that cannot be read."})
final class AnalyseCommand extends BaseCommand {
    private final DocumentType<Panel> panels;
    private final boolean terminal;
    private final LongSupplier clock;

    @Parameters(index = "0", paramLabel = "PANELS_DIR", description = "A folder of panel documents (.json, .yaml, .yml), one per candidate.")
    Path folder = Path.of("");

    @Option(names = "--role", paramLabel = "ROLE",
            description = {"The role of the panels: an installed kit's id (such as backend-architect) or a role file.",
                "Default: the installed kit every panel names by role.id and role.contentVersion."})
    @Nullable String role;

    @Option(names = "--groups", paramLabel = "CSV",
            description = "Each candidate's group for adverse impact: a CSV file with the columns candidate and group.")
    @Nullable Path groups;

    @Option(names = "--policy", paramLabel = "POLICY",
            description = "The scoring policy that decides who is selected (a hire or better; default: the library's).")
    @Nullable Path policy;

    @Option(names = "--passing-level", paramLabel = "LEVEL", defaultValue = "3",
            description = "The lowest mean rating that passes a criterion, for impact per criterion (default: ${DEFAULT-VALUE}).")
    int passingLevel = 3;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or csv (default: ${DEFAULT-VALUE}).")
    String format = "text";

    /** A command that reads the library's panel documents and draws progress when standard error is a terminal. */
    AnalyseCommand() {
        this(DocumentTypes.PANEL, Progress.stderrIsTerminal(), System::nanoTime);
    }

    /** A command with a given panel reader, terminal and clock (tests). */
    AnalyseCommand(DocumentType<Panel> panels, boolean terminal, LongSupplier clock) {
        this.panels = panels;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        OutputFormat output = Formats.parse(spec, format, OutputFormat.TEXT, OutputFormat.CSV);
        List<Path> files = panelFiles();
        Role analysed = DocumentRoles.common(files, role, "panel");
        Map<String, String> groupOf = groups == null ? Map.of() : groups(groups);
        Progress progress = new Progress(err(), terminal, clock, "reading panels");
        List<Panel> read = new ArrayList<>();
        List<Failures.InvalidDocument> invalid = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                try {
                    read.add(panels.read(files.get(i), analysed));
                } catch (Failures.InvalidDocument problems) {
                    invalid.add(problems);
                }
                progress.step(i + 1, files.size());
            }
        } finally {
            progress.done();
        }
        if (!invalid.isEmpty()) {
            invalid.forEach(problems -> Problems.print(problems.file(), problems.problems(), err()));
            return Exit.INVALID;
        }
        PanelAnalytics analytics = PanelAnalytics.of(read);
        List<Table> tables = new ArrayList<>();
        tables.add(agreement(analytics));
        tables.add(calibration(analytics.calibration(CalibrationPolicy.defaults())));
        if (groups != null) {
            impact(analysed, read, groupOf, tables);
        }
        if (output == OutputFormat.CSV) {
            out().print(Table.csv(tables));
        } else {
            out().print(read.size() + (read.size() == 1 ? " panel, " : " panels, ") + analytics.interviewers().size()
                    + " interviewers, " + analytics.units().size() + " rated units\n");
            tables.forEach(table -> out().print("\n" + table.text()));
        }
        return Exit.OK;
    }

    private List<Path> panelFiles() {
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure(Exit.USAGE, "cannot read " + folder + ": it is not a folder");
        }
        try (Stream<Path> listed = Files.list(folder)) {
            List<Path> files = listed.filter(Files::isRegularFile).filter(AnalyseCommand::isDocument).sorted().toList();
            if (files.isEmpty()) {
                throw new CommandFailure(Exit.USAGE, folder + " holds no panel document (.json, .yaml, .yml)");
            }
            return files;
        } catch (IOException e) {
            throw new CommandFailure(Exit.USAGE, "cannot read " + folder + ": " + e.getMessage());
        }
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Reads the groups file: candidate id to group label. */
    private static Map<String, String> groups(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        Map<String, String> groupOf = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            if (!parser.getHeaderMap().containsKey("candidate") || !parser.getHeaderMap().containsKey("group")) {
                throw new CommandFailure(Exit.USAGE, file + ": the header must name the columns candidate and group, was "
                        + parser.getHeaderNames());
            }
            for (CSVRecord record : parser) {
                String candidate = record.isMapped("candidate") && record.isSet("candidate") ? record.get("candidate") : "";
                String group = record.isSet("group") ? record.get("group") : "";
                if (candidate.isEmpty() || group.isEmpty()) {
                    throw new CommandFailure(Exit.INVALID, file + ":" + parser.getCurrentLineNumber()
                            + ": a record needs a candidate and a group");
                }
                if (groupOf.put(candidate, group) != null) {
                    throw new CommandFailure(Exit.INVALID, file + ":" + parser.getCurrentLineNumber()
                            + ": candidate " + candidate + " is listed twice");
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new CommandFailure(Exit.USAGE, "cannot read " + file + ": " + e.getMessage());
        }
        return groupOf;
    }

    private static Table agreement(PanelAnalytics analytics) {
        Table table = new Table("agreement", "Agreement between interviewers", "statistic", "value", "detail");
        for (MeasurementLevel level : MeasurementLevel.values()) {
            KrippendorffsAlpha alpha = analytics.krippendorffsAlpha(level);
            table.row("Krippendorff's alpha (" + level.name().toLowerCase(Locale.ROOT) + ")", alpha.alpha().toString(),
                    alpha.pairableValues() + " pairable values in " + alpha.pairableUnits() + " units");
        }
        FleissKappa fleiss = analytics.fleissKappa();
        table.row("Fleiss' kappa", fleiss.kappa().toString(), "observed " + fleiss.observedAgreement()
                + ", expected " + fleiss.expectedAgreement() + ", " + fleiss.units() + " units");
        IntraclassCorrelation icc = analytics.intraclassCorrelation();
        for (IccEstimate estimate : icc.estimates().values()) {
            table.row(estimate.form().toString(), estimate.estimate().toString(),
                    Math.round(icc.confidence() * 100) + "% interval " + estimate.lower() + " to " + estimate.upper());
        }
        KendallsW kendall = analytics.kendallsW();
        table.row("Kendall's W", kendall.w().toString(), "p " + kendall.pValue() + ", " + kendall.units() + " units, "
                + kendall.raters() + " raters" + (kendall.hasTies() ? ", corrected for ties" : ""));
        List<String> interviewers = analytics.interviewers();
        for (int first = 0; first < interviewers.size(); first++) {
            for (int second = first + 1; second < interviewers.size(); second++) {
                String pair = interviewers.get(first) + " and " + interviewers.get(second);
                ScottsPi pi = Agreement.scottsPi(analytics.ratings(), first, second);
                table.row("Scott's pi, " + pair, pi.pi().toString(), pi.units() + " shared units");
                for (Map.Entry<String, KappaWeights> weights : WEIGHTS.entrySet()) {
                    CohensKappa kappa = analytics.cohensKappa(interviewers.get(first), interviewers.get(second), weights.getValue());
                    table.row("Cohen's kappa (" + weights.getKey() + "), " + pair, kappa.kappa().toString(),
                            kappa.units() + " shared units");
                }
            }
        }
        return table;
    }

    private static final Map<String, KappaWeights> WEIGHTS = weights();

    private static Map<String, KappaWeights> weights() {
        Map<String, KappaWeights> weights = new LinkedHashMap<>();
        weights.put("unweighted", KappaWeights.unweighted());
        weights.put("linear", KappaWeights.linear());
        weights.put("quadratic", KappaWeights.quadratic());
        return weights;
    }

    private static Table calibration(Calibration calibration) {
        Table table = new Table("calibration", "Interviewer calibration (flagged beyond " + calibration.policy().threshold()
                + " levels from their panels, with at least " + calibration.policy().minimumComparisons() + " comparisons)",
                "interviewer", "flag", "mean deviation", "standard error", "comparisons", "not assessed");
        for (InterviewerCalibration interviewer : calibration.interviewers()) {
            table.row(interviewer.interviewerId(), interviewer.flag().name().toLowerCase(Locale.ROOT),
                    interviewer.meanDeviation().toString(), interviewer.standardError().toString(),
                    Long.toString(interviewer.comparisons()), Long.toString(interviewer.notAssessed()));
        }
        return table;
    }

    private void impact(Role analysed, List<Panel> read, Map<String, String> groupOf, List<Table> tables) {
        TreeSet<String> missing = new TreeSet<>();
        for (Panel panel : read) {
            if (!groupOf.containsKey(candidate(panel))) {
                missing.add(candidate(panel));
            }
        }
        if (!missing.isEmpty()) {
            throw new CommandFailure(Exit.INVALID, "the groups file names no group for " + String.join(", ", missing));
        }
        ScoringPolicy effective = policy == null ? ScoringPolicy.defaults() : DocumentTypes.POLICY.read(policy, null);
        ScoringEngine engine = ScoringEngine.builder().discoverInstalled().policy(effective).build();
        PanelScorer scorer = engine.scorer(analysed);
        Map<Panel, Boolean> selected = new LinkedHashMap<>();
        for (Panel panel : read) {
            selected.put(panel, scorer.score(panel).recommendation().isHire());
        }
        AdverseImpactReport total = AdverseImpact.analyze(read, panel -> groupOf.get(candidate(panel)), selected::get);
        Table impact = new Table("adverse-impact", "Adverse impact of the decisions (selected: hire or strong hire)"
                + total.undefinedReason().map(reason -> "; " + reason).orElse(""),
                "group", "applicants", "selected", "rate", "impact ratio", "below 4/5", "shortfall", "Fisher p", "z-test p",
                "small sample");
        for (GroupImpact group : total.groups()) {
            impact.row(group.label(), Integer.toString(group.applicants()), Integer.toString(group.selected()),
                    String.format(Locale.ROOT, "%.3f", group.selectionRate()), group.impactRatio().toString(),
                    group.belowFourFifths() ? "yes" : "no", Long.toString(group.shortfall()), brief(group.fisherExactP()),
                    brief(group.zTestP()), group.smallSample() ? "yes" : "no");
        }
        tables.add(impact);
        CriterionImpactReport perCriterion = AdverseImpact.perCriterion(read, panel -> groupOf.get(candidate(panel)), passingLevel);
        Table criteria = new Table("criterion-impact", "Adverse impact per criterion (passing: mean rating at least "
                + passingLevel + ")", "criterion", "group", "passed", "impact ratio", "below 4/5");
        for (Map.Entry<String, AdverseImpactReport> criterion : perCriterion.criteria().entrySet()) {
            for (GroupImpact group : criterion.getValue().groups()) {
                criteria.row(criterion.getKey(), group.label(), group.selected() + "/" + group.applicants(),
                        group.impactRatio().toString(), group.belowFourFifths() ? "yes" : "no");
            }
        }
        tables.add(criteria);
    }

    /** A figure in a table cell: its value, or {@code -} when it is undefined (the reference group's tests). */
    private static String brief(io.github.interviewkit.analytics.Coefficient figure) {
        return figure.isDefined() ? figure.toString() : "-";
    }

    private static String candidate(Panel panel) {
        return panel.scorecards().get(0).candidateId();
    }

}
