package io.github.interviewkit.planning;

import io.github.interviewkit.model.Question;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A question placed in an interview of a {@link Plan}: the minutes it takes, the criteria and
 * competencies it covers, and why it was chosen.
 */
public final class PlannedQuestion {
    private final Question question;
    private final int minutes;
    private final boolean estimated;
    private final List<ChoiceReason> reasons;
    private final String why;

    PlannedQuestion(Question question, int minutes, boolean estimated, List<ChoiceReason> reasons, String why) {
        this.question = question;
        this.minutes = minutes;
        this.estimated = estimated;
        this.reasons = List.copyOf(reasons);
        this.why = why;
    }

    /** @return the question, as the role defines it */
    public Question question() {
        return question;
    }

    /** @return the question's id */
    public String id() {
        return question.id();
    }

    /** @return the minutes the plan counts for the question */
    public int minutes() {
        return minutes;
    }

    /**
     * @return {@code true} if {@link #minutes()} is the question's own estimate, {@code false} if it
     *     is {@link PlanningOptions#defaultQuestionMinutes()}
     */
    public boolean minutesEstimated() {
        return estimated;
    }

    /** @return ids of the criteria the question informs, in the question's order */
    public List<String> criteria() {
        return question.criteria();
    }

    /** @return ids of the competencies the question probes, in the question's order */
    public List<String> competencies() {
        return question.competencies();
    }

    /** @return why the question is in the plan, at least one reason, in the order of {@link ChoiceReason} */
    public List<ChoiceReason> reasons() {
        return reasons;
    }

    /**
     * @return why the question is in the plan, as a sentence, e.g. {@code without it
     *     `system-design` would be seen by 1 interviewer instead of 2}
     */
    public String why() {
        return why;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PlannedQuestion that && question.equals(that.question) && minutes == that.minutes
                && estimated == that.estimated && reasons.equals(that.reasons) && why.equals(that.why);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, minutes, estimated, reasons, why);
    }

    /** @return {@code id (N min): why} */
    @Override
    public String toString() {
        return id() + " (" + minutes + " min): " + why;
    }
}
