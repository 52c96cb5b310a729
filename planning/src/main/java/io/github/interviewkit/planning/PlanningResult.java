package io.github.interviewkit.planning;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link InterviewPlanner#plan(PlanningProblem)} found: a plan (proved optimal or not), or
 * the explanation of why the loop is impossible, or nothing within the time limit; with the
 * solver's statistics in every case.
 */
public final class PlanningResult {
    private final PlanningStatus status;
    private final @Nullable Plan plan;
    private final @Nullable Conflict conflict;
    private final SearchStatistics statistics;

    PlanningResult(PlanningStatus status, @Nullable Plan plan, @Nullable Conflict conflict, SearchStatistics statistics) {
        this.status = status;
        this.plan = plan;
        this.conflict = conflict;
        this.statistics = statistics;
    }

    /** @return what was found */
    public PlanningStatus status() {
        return status;
    }

    /** @return the plan, present exactly when the status is {@link PlanningStatus#OPTIMAL} or {@link PlanningStatus#FEASIBLE} */
    public Optional<Plan> plan() {
        return Optional.ofNullable(plan);
    }

    /** @return why the loop is impossible, present exactly when the status is {@link PlanningStatus#IMPOSSIBLE} */
    public Optional<Conflict> conflict() {
        return Optional.ofNullable(conflict);
    }

    /** @return what the solver did */
    public SearchStatistics statistics() {
        return statistics;
    }

    /** @return the plan's or the conflict's explanation, or why there is neither */
    public String explanation() {
        if (plan != null) {
            return plan.explanation();
        }
        if (conflict != null) {
            return conflict.explanation();
        }
        return "The time limit stopped the search before a plan was found or the loop was shown impossible.";
    }

    /** Compares status, plan, conflict and statistics (whose elapsed time is not compared). */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PlanningResult that && status == that.status && Objects.equals(plan, that.plan)
                && Objects.equals(conflict, that.conflict) && statistics.equals(that.statistics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, plan, conflict, statistics);
    }

    /** @return the status with the plan or the conflict */
    @Override
    public String toString() {
        return status + (plan != null ? " " + plan : conflict != null ? " " + conflict : "");
    }
}
