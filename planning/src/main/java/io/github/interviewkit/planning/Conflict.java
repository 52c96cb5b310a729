package io.github.interviewkit.planning;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a loop is impossible: a set of named hard constraints that no plan satisfies together, found
 * by deletion filtering (each constraint is dropped in turn and the solver checks whether a plan
 * then exists), so that every constraint in the set is needed: without any one of them the rest
 * can hold. It is minimal in that sense (irreducible), not necessarily the smallest such set there
 * is; which one is found is fixed by the order described in {@link InterviewPlanner}.
 *
 * <p>{@link #sentences()} state each constraint with the facts of the role and the loop that make
 * them collide, for example {@code must-have `system-design` needs 2 interviewers, but only the
 * 45-minute technical interview `technical` can hold a question on it, and it has 1 interviewer:
 * alice}.
 */
public final class Conflict {
    private final List<LoopConstraint> constraints;
    private final List<String> sentences;
    private final boolean minimal;

    Conflict(List<LoopConstraint> constraints, List<String> sentences, boolean minimal) {
        this.constraints = List.copyOf(constraints);
        this.sentences = List.copyOf(sentences);
        this.minimal = minimal;
    }

    /** @return the constraints that cannot hold together, in the order of {@link LoopConstraint.Kind}, then loop order */
    public List<LoopConstraint> constraints() {
        return constraints;
    }

    /** @return one sentence per constraint, in the same order, each with the facts that matter */
    public List<String> sentences() {
        return sentences;
    }

    /**
     * @return {@code true} if every constraint was shown to be needed; {@code false} if the time
     *     limit stopped a check, so that the set still cannot hold but may contain more than needed
     */
    public boolean isMinimal() {
        return minimal;
    }

    /** @return the explanation as one paragraph */
    public String explanation() {
        return (minimal ? "No plan satisfies these constraints together, and each one is needed: "
                : "No plan satisfies these constraints together (the limit stopped the search for a smaller set): ")
                + String.join("; ", sentences) + ".";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Conflict that && constraints.equals(that.constraints) && sentences.equals(that.sentences)
                && minimal == that.minimal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(constraints, sentences, minimal);
    }

    /** @return {@link #explanation()} */
    @Override
    public String toString() {
        return explanation();
    }
}
