package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.AdverseImpactReport;
import io.github.interviewkit.analytics.Calibration;
import io.github.interviewkit.analytics.Coefficient;
import io.github.interviewkit.analytics.CriterionImpactReport;
import io.github.interviewkit.analytics.FleissKappa;
import io.github.interviewkit.analytics.GroupImpact;
import io.github.interviewkit.analytics.InterviewerCalibration;
import io.github.interviewkit.analytics.KrippendorffsAlpha;
import io.github.interviewkit.analytics.SelectionFlowReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;

/**
 * The rows of the three tables the pipeline writes, one CSV record each (RFC 4180, by Commons
 * CSV): agreement per key, calibration per key and interviewer, adverse impact per key, scope
 * (a stage, the bottom line or a criterion) and group. Numbers are written in full
 * ({@link Double#toString(double)}, which reads back to the same double); an undefined figure is
 * an empty cell, and the agreement row says why in its last column.
 *
 * <p>These are the functions the pipeline formats with; formatting single-machine results with
 * them gives the same rows, which is how the tests compare the two.
 */
public final class AnalyticsTables {
    /** The header of {@code agreement.csv}. */
    public static final List<String> AGREEMENT_HEADER = List.of("key", "units", "pairable_units", "pairable_values",
            "alpha_nominal", "alpha_ordinal", "alpha_interval", "fleiss_kappa", "fleiss_observed_agreement",
            "fleiss_expected_agreement", "fleiss_ratings_per_unit", "undefined");
    /** The header of {@code calibration.csv}. */
    public static final List<String> CALIBRATION_HEADER = List.of("key", "interviewer", "comparisons",
            "mean_deviation", "standard_error", "flag", "not_assessed", "level_usage");
    /** The header of {@code adverse-impact.csv}. */
    public static final List<String> ADVERSE_IMPACT_HEADER = List.of("key", "scope", "group", "reference_group",
            "applicants", "selected", "selection_rate", "impact_ratio", "below_four_fifths", "shortfall",
            "flip_changes_four_fifths", "fisher_two_sided_p", "fisher_lower_p", "z_pooled", "z_pooled_p",
            "z_unpooled", "z_unpooled_p", "chi_square_yates", "chi_square_yates_p", "small_sample");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private AnalyticsTables() {}

    /**
     * Formats a header as a CSV record.
     *
     * @param header one of the headers of this class
     * @return the record, without a line end
     * @throws NullPointerException if {@code header} is {@code null}
     */
    public static String header(List<String> header) {
        return record(Objects.requireNonNull(header, "header"));
    }

    /**
     * The agreement row of one key.
     *
     * @param key the key
     * @param units how many units (candidate and criterion) the key has
     * @param nominal Krippendorff's alpha at the nominal level
     * @param ordinal alpha at the ordinal level
     * @param interval alpha at the interval level
     * @param fleiss Fleiss' kappa
     * @return the record, without a line end
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String agreementRow(String key, long units, KrippendorffsAlpha nominal, KrippendorffsAlpha ordinal,
            KrippendorffsAlpha interval, FleissKappa fleiss) {
        Objects.requireNonNull(key, "key");
        Map<String, Coefficient> figures = new LinkedHashMap<>();
        figures.put("alpha_nominal", Objects.requireNonNull(nominal, "nominal").alpha());
        figures.put("alpha_ordinal", Objects.requireNonNull(ordinal, "ordinal").alpha());
        figures.put("alpha_interval", Objects.requireNonNull(interval, "interval").alpha());
        figures.put("fleiss_kappa", Objects.requireNonNull(fleiss, "fleiss").kappa());
        figures.put("fleiss_observed_agreement", fleiss.observedAgreement());
        figures.put("fleiss_expected_agreement", fleiss.expectedAgreement());
        List<String> cells = new ArrayList<>(List.of(key, Long.toString(units), Long.toString(ordinal.pairableUnits()),
                Long.toString(ordinal.pairableValues())));
        figures.values().forEach(figure -> cells.add(number(figure)));
        cells.add(fleiss.kappa().isDefined() ? Long.toString(fleiss.ratingsPerUnit()) : "");
        cells.add(figures.entrySet().stream().filter(e -> !e.getValue().isDefined())
                .map(e -> e.getKey() + ": " + e.getValue().undefinedReason().orElseThrow())
                .collect(Collectors.joining("; ")));
        return record(cells);
    }

    /**
     * The calibration rows of one key, one per interviewer, sorted by id.
     *
     * @param key the key
     * @param calibration the key's calibration
     * @return the records, without line ends
     * @throws NullPointerException if an argument is {@code null}
     */
    public static List<String> calibrationRows(String key, Calibration calibration) {
        Objects.requireNonNull(key, "key");
        List<String> rows = new ArrayList<>();
        for (InterviewerCalibration interviewer : Objects.requireNonNull(calibration, "calibration").interviewers()) {
            String usage = interviewer.levelUsage().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                    .collect(Collectors.joining(" "));
            rows.add(record(List.of(key, interviewer.interviewerId(), Long.toString(interviewer.comparisons()),
                    number(interviewer.meanDeviation()), number(interviewer.standardError()),
                    interviewer.flag().name(), Long.toString(interviewer.notAssessed()), usage)));
        }
        return rows;
    }

    /**
     * The adverse-impact rows of one key's selection flow: every group at every stage
     * ({@code stage:<name>}) and at the bottom line ({@code bottom-line}).
     *
     * @param key the key
     * @param flow the key's report
     * @return the records, without line ends
     * @throws NullPointerException if an argument is {@code null}
     */
    public static List<String> adverseImpactRows(String key, SelectionFlowReport flow) {
        Objects.requireNonNull(key, "key");
        List<String> rows = new ArrayList<>();
        Objects.requireNonNull(flow, "flow").stages().forEach((stage, report) -> rows.addAll(impactRows(key,
                "stage:" + stage, report)));
        rows.addAll(impactRows(key, "bottom-line", flow.bottomLine()));
        return rows;
    }

    /**
     * The adverse-impact rows of one key's criteria ({@code criterion:<id>}).
     *
     * @param key the key
     * @param criteria the key's report per criterion
     * @return the records, without line ends
     * @throws NullPointerException if an argument is {@code null}
     */
    public static List<String> adverseImpactRows(String key, CriterionImpactReport criteria) {
        Objects.requireNonNull(key, "key");
        List<String> rows = new ArrayList<>();
        Objects.requireNonNull(criteria, "criteria").criteria().forEach((criterion, report) -> rows.addAll(
                impactRows(key, "criterion:" + criterion, report)));
        return rows;
    }

    private static List<String> impactRows(String key, String scope, AdverseImpactReport report) {
        List<String> rows = new ArrayList<>();
        for (GroupImpact group : report.groups()) {
            rows.add(record(List.of(key, scope, group.label(), group.referenceGroup().orElse(""),
                    Integer.toString(group.applicants()), Integer.toString(group.selected()),
                    Double.toString(group.selectionRate()), number(group.impactRatio()),
                    Boolean.toString(group.belowFourFifths()), Long.toString(group.shortfall()),
                    group.flipTest().map(flip -> Boolean.toString(flip.fourFifthsFlips())).orElse(""),
                    number(group.fisherExactP()), number(group.fisherExactLowerP()), number(group.zStatistic()),
                    number(group.zTestP()), number(group.zStatisticUnpooled()), number(group.zTestUnpooledP()),
                    number(group.chiSquareYates()), number(group.chiSquareYatesP()),
                    Boolean.toString(group.smallSample()))));
        }
        return rows;
    }

    private static String number(Coefficient figure) {
        return figure.isDefined() ? Double.toString(figure.value().getAsDouble()) : "";
    }

    private static String record(List<String> cells) {
        try {
            StringBuilder out = new StringBuilder();
            FORMAT.printRecord(out, cells.toArray());
            return out.substring(0, out.length() - FORMAT.getRecordSeparator().length());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
