package io.github.interviewkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.github.interviewkit.model.internal.Arguments;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ordered levels interviewers rate a criterion on: at least two, with strictly increasing
 * values and distinct labels. A criterion that was not assessed gets
 * {@link Rating#notAssessed()}, which is not a level of any scale.
 */
@Value.Immutable
public abstract class RatingScale {
    RatingScale() {}

    /** @return the levels, lowest first */
    public abstract List<@NotNull @Valid RatingLevel> levels();

    /** @return the lowest level */
    public final RatingLevel lowest() {
        return levels().get(0);
    }

    /** @return the highest level */
    public final RatingLevel highest() {
        return levels().get(levels().size() - 1);
    }

    /**
     * Returns the level with a value.
     *
     * @param value a level's number
     * @return the level, or empty if the scale has no such level
     */
    public final Optional<RatingLevel> level(int value) {
        return levels().stream().filter(level -> level.value() == value).findFirst();
    }

    /**
     * Tells whether a rating can be given on this scale.
     *
     * @param rating a rating
     * @return {@code true} for "not assessed" and for every value that is a level of this scale
     * @throws IllegalArgumentException if {@code rating} is {@code null}
     */
    public final boolean accepts(Rating rating) {
        Arguments.requireArgument(rating, "rating");
        return !rating.isAssessed() || level(rating.value().getAsInt()).isPresent();
    }

    /**
     * Returns a scale.
     *
     * @param levels the levels, lowest first
     * @return the scale
     * @throws ContentException if there are fewer than two levels, values do not strictly increase,
     *     labels repeat or a level is invalid
     */
    public static RatingScale of(RatingLevel... levels) {
        return builder().addLevels(levels).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RatingScale}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableRatingScale.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        Checks.onBuild(this);
    }
}
