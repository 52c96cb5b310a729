package io.github.interviewkit.planning;

import io.github.interviewkit.model.EvaluationCriterion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Plan} covers one criterion: which interviews hold a question on it, which
 * interviewers will see it ({@code seen(c)} of the model counts them), and what that earns.
 */
public final class CriterionCoverage {
    private final EvaluationCriterion criterion;
    private final int required;
    private final List<String> interviews;
    private final List<String> interviewers;

    CriterionCoverage(EvaluationCriterion criterion, int required, List<String> interviews, List<String> interviewers) {
        this.criterion = criterion;
        this.required = required;
        this.interviews = List.copyOf(interviews);
        this.interviewers = List.copyOf(interviewers);
    }

    /** @return the criterion */
    public EvaluationCriterion criterion() {
        return criterion;
    }

    /** @return the criterion's id */
    public String id() {
        return criterion.id();
    }

    /** @return {@code required(c)}: the interviewers it needs (a must-have) or that count for it (another criterion) */
    public int required() {
        return required;
    }

    /** @return ids of the interviews holding at least one question on the criterion, in loop order */
    public List<String> interviews() {
        return interviews;
    }

    /** @return ids of the distinct interviewers of those interviews, sorted */
    public List<String> interviewers() {
        return interviewers;
    }

    /** @return {@code seen(c)}: the number of those interviewers */
    public int seen() {
        return interviewers.size();
    }

    /** @return {@code min(seen(c), required(c))}: the interviewers that count */
    public int credited() {
        return Math.min(seen(), required);
    }

    /** @return {@code weight(c) * min(seen(c), required(c))}, exact */
    public BigDecimal weightedCredit() {
        return criterion.weight().multiply(BigDecimal.valueOf(credited()));
    }

    /** @return whether the criterion has all the interviewers it needs */
    public boolean isCovered() {
        return seen() >= required;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CriterionCoverage that && criterion.equals(that.criterion) && required == that.required
                && interviews.equals(that.interviews) && interviewers.equals(that.interviewers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterion, required, interviews, interviewers);
    }

    /** @return {@code id: seen by a, b (needs n)} */
    @Override
    public String toString() {
        return id() + ": seen by " + (interviewers.isEmpty() ? "nobody" : String.join(", ", interviewers))
                + " (needs " + required + ")";
    }
}
