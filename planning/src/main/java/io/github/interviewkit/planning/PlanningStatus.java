package io.github.interviewkit.planning;

/** What the planner found. */
public enum PlanningStatus {
    /** A plan that is proved to be the best one: no other plan satisfying every hard constraint is better. */
    OPTIMAL,
    /** A plan that satisfies every hard constraint; the time limit stopped the search before it was proved best. */
    FEASIBLE,
    /** No plan satisfies every hard constraint; the result explains why with a {@link Conflict}. */
    IMPOSSIBLE,
    /** The time limit stopped the search before a plan was found or the loop was shown impossible. */
    UNKNOWN
}
