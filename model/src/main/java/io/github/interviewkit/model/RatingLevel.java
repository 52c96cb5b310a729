package io.github.interviewkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
     * @throws NullPointerException if {@code label} or {@code meaning} is {@code null}
     * @throws ContentException if the value is out of range or the label or meaning is blank
     */
    public static RatingLevel of(int value, String label, String meaning) {
        return builder().value(value).label(label).meaning(meaning).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RatingLevel}. Every attribute is required; {@link #build()} checks the level
     * and reports every problem at once.
     */
    public static final class Builder {
        private @Nullable Integer value;
        private @Nullable String label;
        private @Nullable String meaning;

        Builder() {}

        /**
         * Copies every attribute of a level.
         *
         * @param level the level to start from
         * @return this builder
         * @throws NullPointerException if {@code level} is {@code null}
         */
        public Builder from(RatingLevel level) {
            Objects.requireNonNull(level, "level");
            return value(level.value()).label(level.label()).meaning(level.meaning());
        }

        /**
         * Sets the level's number.
         *
         * @param value between -1,000,000 and 1,000,000
         * @return this builder
         */
        public Builder value(int value) {
            this.value = value;
            return this;
        }

        /**
         * Sets the short label shown to interviewers.
         *
         * @param label a label such as {@code Strong yes}
         * @return this builder
         * @throws NullPointerException if {@code label} is {@code null}
         */
        public Builder label(String label) {
            this.label = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Sets what the level means.
         *
         * @param meaning a sentence
         * @return this builder
         * @throws NullPointerException if {@code meaning} is {@code null}
         */
        public Builder meaning(String meaning) {
            this.meaning = Objects.requireNonNull(meaning, "meaning");
            return this;
        }

        /**
         * Builds the level.
         *
         * @return the level
         * @throws ContentException listing every problem: a missing attribute, a value out of
         *     range, a blank label or meaning
         */
        public RatingLevel build() {
            return Tree.root(this::tree, "RatingLevel");
        }

        /**
         * Builds the level, or reports every problem.
         *
         * @param problems where the problems go, with paths relative to the level
         * @return the level, or empty when it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<RatingLevel> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        @Nullable RatingLevel tree(ViolationSink out, boolean check) {
            if (check && value == null) {
                // No rule may run on a made-up number: the level is incomplete.
                out.add("value", null, "is required");
                return null;
            }
            RatingLevel level = new ImmutableRatingLevel.Builder()
                    .value(value == null ? 0 : value).label(label).meaning(meaning).build();
            if (check) {
                ModelRules.level(level, out);
            }
            return level;
        }
    }
}
