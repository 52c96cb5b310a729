package io.github.interviewkit.planning;

/**
 * The parts of the planner's lexicographic objective, in order of precedence: a plan is better
 * than another when it is better on the first part where they differ.
 */
public enum Objective {
    /** (a) the weighted coverage, {@code sum over criteria of weight(c) * min(seen(c), required(c))}: higher is better. */
    COVERAGE,
    /** (b) the total planned minutes: more is better. */
    MINUTES,
    /** (c) the number of planned questions: fewer is better. */
    QUESTIONS,
    /**
     * (d) the order: the plan whose list of interviews (in loop order), each as its sorted list of
     * question ids, is smallest lexicographically.
     */
    ORDER
}
