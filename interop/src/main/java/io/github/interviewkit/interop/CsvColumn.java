package io.github.interviewkit.interop;

import java.util.Locale;

/**
 * The columns of a scorecards CSV file: one row per interviewer and criterion, a header row
 * naming the columns in any order. The first six are required; an empty cell is an absent value
 * (an empty {@link #RATING} is "not assessed"). The scorecard's own values ({@link #CANDIDATE_ID},
 * {@link #RECOMMENDATION}, {@link #NOTES}, …) repeat on each row of the scorecard and must agree.
 */
public enum CsvColumn {
    /** The application's id: the scorecards of one application form one panel. Required. */
    APPLICATION_ID(true),
    /** The candidate's id. Required. */
    CANDIDATE_ID(true),
    /** The interviewer's id. Required. */
    INTERVIEWER_ID(true),
    /** The source stage name, mapped through the mapping's stages. Required. */
    STAGE(true),
    /** The source attribute name, mapped through the mapping's attributes. Required. */
    ATTRIBUTE(true),
    /** The source rating label or number, mapped through the mapping's ratings; empty for not assessed. Required. */
    RATING(true),
    /** The interviewer's note on this attribute. */
    NOTE(false),
    /** The source overall recommendation, mapped through the mapping's recommendations. */
    RECOMMENDATION(false),
    /** The interviewer's shared notes. */
    NOTES(false),
    /** The interviewer's private notes. */
    PRIVATE_NOTES(false),
    /** When the scorecard was submitted, ISO-8601, e.g. {@code 2014-03-26T21:59:51Z}. */
    SUBMITTED_AT(false),
    /** Who submitted the scorecard, if not the interviewer. */
    SUBMITTED_BY(false),
    /** The scorecard's id in the source system. */
    SCORECARD_ID(false),
    /** The interview's id in the source system. */
    INTERVIEW_ID(false);

    private final boolean required;

    CsvColumn(boolean required) {
        this.required = required;
    }

    /** @return the column's name in the header row, e.g. {@code application_id} */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether the header must name this column */
    public boolean isRequired() {
        return required;
    }
}
