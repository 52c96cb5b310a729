package io.github.interviewkit.planning;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One interview of a {@link Plan}: the questions placed in it and how its minutes are spent. */
public final class PlannedInterview {
    private final Interview interview;
    private final int reservedMinutes;
    private final List<PlannedQuestion> questions;

    PlannedInterview(Interview interview, int reservedMinutes, List<PlannedQuestion> questions) {
        this.interview = interview;
        this.reservedMinutes = reservedMinutes;
        this.questions = List.copyOf(questions);
    }

    /** @return the interview of the loop */
    public Interview interview() {
        return interview;
    }

    /** @return the interview's id */
    public String id() {
        return interview.id();
    }

    /** @return the questions placed in the interview, in the role's question order (the order to ask them) */
    public List<PlannedQuestion> questions() {
        return questions;
    }

    /** @return the ids of the questions, sorted: the interview's entry in the order tie-break */
    public List<String> sortedQuestionIds() {
        return questions.stream().map(PlannedQuestion::id).sorted().toList();
    }

    /** @return the minutes kept for the introduction and the candidate's questions */
    public int reservedMinutes() {
        return reservedMinutes;
    }

    /** @return the minutes available for questions: the length less the reserved minutes */
    public int availableMinutes() {
        return interview.minutes() - reservedMinutes;
    }

    /** @return the minutes of the questions placed in the interview */
    public int plannedMinutes() {
        return questions.stream().mapToInt(PlannedQuestion::minutes).sum();
    }

    /** @return the available minutes no question uses */
    public int unusedMinutes() {
        return availableMinutes() - plannedMinutes();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PlannedInterview that && interview.equals(that.interview)
                && reservedMinutes == that.reservedMinutes && questions.equals(that.questions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interview, reservedMinutes, questions);
    }

    /** @return {@code id: question ids (planned of available min)} */
    @Override
    public String toString() {
        return id() + ": " + questions.stream().map(PlannedQuestion::id).toList() + " (" + plannedMinutes() + " of "
                + availableMinutes() + " min)";
    }
}
