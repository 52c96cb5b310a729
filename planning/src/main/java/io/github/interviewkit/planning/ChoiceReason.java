package io.github.interviewkit.planning;

/**
 * Why a question is in a plan. A question can have several reasons; {@link #MINUTES} is given only
 * when it has no other.
 */
public enum ChoiceReason {
    /** The options pin the question to this interview. */
    PINNED,
    /** The interview must cover a criterion and this is its only question on it. */
    MUST_COVER,
    /** Without the question the plan's weighted coverage would be lower: some criterion would be seen by fewer interviewers than it needs. */
    COVERAGE,
    /**
     * The question adds planned minutes: the plan uses as much of each interview as it can once
     * coverage is as high as possible, and no criterion's coverage depends on this question.
     */
    MINUTES
}
