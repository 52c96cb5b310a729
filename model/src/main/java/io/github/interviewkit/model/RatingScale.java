package io.github.interviewkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ordered levels interviewers rate a criterion on: at least two, with strictly increasing
 * values and distinct labels. A criterion that was not assessed gets
 * {@link Rating#notAssessed()}, which is not a level of any scale.
 */
public abstract class RatingScale {
    RatingScale() {}

    /** @return the levels, lowest first */
    public abstract List<RatingLevel> levels();

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
     * @throws NullPointerException if {@code rating} is {@code null}
     */
    public final boolean accepts(Rating rating) {
        Objects.requireNonNull(rating, "rating");
        return !rating.isAssessed() || level(rating.value().getAsInt()).isPresent();
    }

    /**
     * Returns a scale.
     *
     * @param levels the levels, lowest first
     * @return the scale
     * @throws NullPointerException if {@code levels} or one of them is {@code null}
     * @throws ContentException if there are fewer than two levels, values do not strictly increase
     *     or labels repeat
     */
    public static RatingScale of(RatingLevel... levels) {
        return builder().addLevels(levels).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RatingScale}. Levels are given lowest first, as values or as builders; a level
     * given as a builder is built and checked with the scale, its problems reported under
     * {@code levels[i]}.
     */
    public static final class Builder {
        private final List<Tree<RatingLevel>> levels = new ArrayList<>();

        Builder() {}

        /**
         * Copies every attribute of a scale.
         *
         * @param scale the scale to start from
         * @return this builder
         * @throws NullPointerException if {@code scale} is {@code null}
         */
        public Builder from(RatingScale scale) {
            Objects.requireNonNull(scale, "scale");
            return levels(scale.levels());
        }

        /**
         * Adds levels after those added so far.
         *
         * @param levels the levels
         * @return this builder
         * @throws NullPointerException if {@code levels} or one of them is {@code null}
         */
        public Builder addLevels(RatingLevel... levels) {
            Tree.addValues(this.levels, "levels", levels);
            return this;
        }

        /**
         * Adds a level to be built with the scale.
         *
         * @param level the level's builder; read when the scale is built
         * @return this builder
         * @throws NullPointerException if {@code level} is {@code null}
         */
        public Builder addLevels(RatingLevel.Builder level) {
            Objects.requireNonNull(level, "level");
            levels.add(level::tree);
            return this;
        }

        /**
         * Adds levels after those added so far.
         *
         * @param levels the levels
         * @return this builder
         * @throws NullPointerException if {@code levels} or one of them is {@code null}
         */
        public Builder addAllLevels(Iterable<RatingLevel> levels) {
            Tree.addAllValues(this.levels, "levels", levels);
            return this;
        }

        /**
         * Replaces the levels.
         *
         * @param levels the levels, lowest first
         * @return this builder
         * @throws NullPointerException if {@code levels} or one of them is {@code null}
         */
        public Builder levels(Iterable<RatingLevel> levels) {
            this.levels.clear();
            return addAllLevels(levels);
        }

        /**
         * Builds the scale.
         *
         * @return the scale
         * @throws ContentException listing every problem of the scale and of the levels built with it
         */
        public RatingScale build() {
            return Tree.root(this::tree, "RatingScale");
        }

        /**
         * Builds the scale, or reports every problem.
         *
         * @param problems where the problems go, with paths relative to the scale
         * @return the scale, or empty when it or a level built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<RatingScale> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        RatingScale tree(ViolationSink out, boolean check) {
            Tree.Incomplete incomplete = new Tree.Incomplete();
            RatingScale scale = new ImmutableRatingScale.Builder()
                    .addAllLevels(Tree.all(levels, "levels", out, check, incomplete)).build();
            if (check) {
                ModelRules.scale(scale, incomplete.filter(out));
            }
            return scale;
        }
    }
}
