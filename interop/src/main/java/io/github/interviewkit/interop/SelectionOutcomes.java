package io.github.interviewkit.interop;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.scoring.Report;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes selection outcomes as CSV in the shape the adverse-impact analysis of
 * {@code interviewkit-analytics-beam} reads back ({@code AnalyticsPipeline.OUTCOMES_HEADER}): the
 * header {@value #HEADER}, then one row per candidate and stage, RFC 4180, {@code \n} line ends.
 * The group label is the caller's: interviewkit never infers one.
 */
public final class SelectionOutcomes {
    /** The header row. */
    public static final String HEADER = "key,candidate,group,stage,passed";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final StringBuilder text = new StringBuilder(HEADER).append('\n');

    private SelectionOutcomes() {}

    /** @return an empty table, the header written */
    public static SelectionOutcomes table() {
        return new SelectionOutcomes();
    }

    /**
     * Adds one outcome.
     *
     * @param key what the analysis groups by, e.g. a requisition or role id
     * @param candidateId the candidate
     * @param group the candidate's group label, supplied by the caller
     * @param stage the stage the outcome is of
     * @param passed whether the candidate passed the stage
     * @return this table
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException naming {@code key}, {@code candidateId} or {@code group} when it is blank
     */
    public SelectionOutcomes add(String key, String candidateId, String group, QuestionCategory stage, boolean passed) {
        notBlank(key, "key");
        notBlank(candidateId, "candidateId");
        notBlank(group, "group");
        Objects.requireNonNull(stage, "stage");
        text.append(FORMAT.format(key, candidateId, group, stage.id(), passed)).append('\n');
        return this;
    }

    /**
     * Adds the outcome of a scored panel: passed when the report recommends hiring.
     *
     * @param key what the analysis groups by
     * @param report the report of the candidate's panel
     * @param group the candidate's group label, supplied by the caller
     * @param stage the stage the panel decides
     * @return this table
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException naming {@code key} or {@code group} when it is blank
     */
    public SelectionOutcomes add(String key, Report report, String group, QuestionCategory stage) {
        Objects.requireNonNull(report, "report");
        return add(key, report.candidateId(), group, stage, report.recommendation().isHire());
    }

    /** @return the CSV text so far, header first */
    public String csv() {
        return text.toString();
    }

    private static void notBlank(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + ": must not be blank");
        }
    }
}
