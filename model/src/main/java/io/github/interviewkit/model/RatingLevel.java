package io.github.interviewkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** One level of a {@link RatingScale}: its number, its short label and what it means. */
@Value.Immutable
public abstract class RatingLevel {
    RatingLevel() {}

    /**
     * @return the level's number, between -1,000,000 and 1,000,000 (sums and spreads of ratings
     *     then stay far from integer overflow); levels of a scale strictly increase
     */
    @Min(-1_000_000)
    @Max(1_000_000)
    public abstract int value();

    /** @return the short label shown to interviewers, e.g. {@code Strong yes} */
    @NotBlank
    public abstract String label();

    /** @return what the level means, in a sentence */
    @NotBlank
    public abstract String meaning();

    /**
     * Returns a level.
     *
     * @param value the level's number
     * @param label the short label
     * @param meaning what the level means
     * @return the level
     * @throws ContentException if the label or meaning is missing or blank
     */
    public static RatingLevel of(int value, String label, String meaning) {
        return builder().value(value).label(label).meaning(meaning).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RatingLevel}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableRatingLevel.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        Checks.onBuild(this);
    }
}
