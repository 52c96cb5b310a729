package io.github.interviewkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation criteria of a role and the scale they are rated on. Every criterion has an anchor
 * for every level of the scale, and a must-have criterion's minimum rating is a level of the scale.
 */
@Value.Immutable
public abstract class Rubric {
    Rubric() {}

    /** @return the scale every criterion is rated on */
    @NotNull
    @Valid
    public abstract RatingScale scale();

    /** @return the criteria, in the order interviewers see them */
    public abstract List<@NotNull @Valid EvaluationCriterion> criteria();

    /**
     * Returns the criterion with an id.
     *
     * @param id a criterion id
     * @return the criterion, or empty if there is none with that id
     */
    public final Optional<EvaluationCriterion> criterion(String id) {
        return criteria().stream().filter(criterion -> criterion.id().equals(id)).findFirst();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Rubric}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableRubric.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        Checks.onBuild(this);
    }
}
