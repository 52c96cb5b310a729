package io.github.interviewkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What interviewers rate: one criterion of the role's {@link Rubric}, the competencies it
 * evaluates, its weight, whether it is a must-have (and then the minimum rating it needs), and a
 * behavioural anchor for every level of the rubric's scale that says what an answer at that level
 * looks like.
 */
@Value.Immutable
public abstract class EvaluationCriterion {
    EvaluationCriterion() {}

    /** @return the id, a slug unique among the rubric's criteria */
    @NotNull
    @Pattern(regexp = Names.SLUG, message = Names.SLUG_MESSAGE)
    public abstract String id();

    /** @return what is evaluated, e.g. {@code Understanding of system design principles} */
    @NotBlank
    public abstract String description();

    /** @return ids of the competencies the criterion evaluates */
    public abstract List<@NotNull String> competencies();

    /**
     * @return the relative weight of the criterion in a composite score; exact and positive.
     *     Defaults to 1. Content files hold it in plain notation (see {@link SalaryBand} on scale).
     */
    @NotNull
    @Positive
    @Value.Default
    public BigDecimal weight() {
        return BigDecimal.ONE;
    }

    /** @return whether a rating below {@link #minimumRating()} rejects the candidate whatever else */
    @Value.Default
    public boolean mustHave() {
        return false;
    }

    /** @return the lowest acceptable rating; present exactly when the criterion is a must-have */
    public abstract OptionalInt minimumRating();

    /**
     * @return the behavioural anchor of every level of the rubric's scale, by level value: what an
     *     answer at that level looks like
     */
    public abstract Map<@NotNull Integer, @NotBlank String> anchors();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EvaluationCriterion}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableEvaluationCriterion.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        Checks.onBuild(this);
    }
}
