package io.github.interviewkit.model;

import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What interviewers rate: one criterion of the role's {@link Rubric}, the competencies it
 * evaluates, its weight, whether it is a must-have (and then the minimum rating it needs), and a
 * behavioural anchor for every level of the rubric's scale that says what an answer at that level
 * looks like.
 */
public abstract class EvaluationCriterion {
    EvaluationCriterion() {}

    /** @return the id, a slug unique among the rubric's criteria */
    @NotNull
    @Slug
    public abstract String id();

    /** @return what is evaluated, e.g. {@code Understanding of system design principles} */
    @NotBlank
    public abstract String description();

    /** @return ids of the competencies the criterion evaluates */
    public abstract List<String> competencies();

    /**
     * @return the relative weight of the criterion in a composite score; exact and positive.
     *     Defaults to 1. Content files hold it in plain notation (see {@link SalaryBand} on scale).
     */
    @NotNull
    @Positive
    public abstract BigDecimal weight();

    /** @return whether a rating below {@link #minimumRating()} rejects the candidate whatever else */
    public abstract boolean mustHave();

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

    /**
     * Builds an {@link EvaluationCriterion}; the id and description are required, and a must-have criterion
     * needs a minimum rating.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String description;
        private final List<String> competencies = new ArrayList<>();
        private BigDecimal weight = BigDecimal.ONE;
        private boolean mustHave;
        private OptionalInt minimumRating = OptionalInt.empty();
        private final Map<Integer, String> anchors = new LinkedHashMap<>();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(EvaluationCriterion value) {
            Objects.requireNonNull(value, "value");
            return id(value.id())
                    .description(value.description())
                    .competencies(value.competencies())
                    .weight(value.weight())
                    .mustHave(value.mustHave())
                    .minimumRating(value.minimumRating())
                    .anchors(value.anchors());
        }

        /**
         * Sets the id, a slug unique among the rubric's criteria.
         *
         * @param id the value
         * @return this builder
         * @throws NullPointerException if {@code id} is {@code null}
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets what is evaluated.
         *
         * @param description the value
         * @return this builder
         * @throws NullPointerException if {@code description} is {@code null}
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Adds ids of the competencies the criterion evaluates after those added so far.
         *
         * @param competencies the values
         * @return this builder
         * @throws NullPointerException if {@code competencies} or one of them is {@code null}
         */
        public Builder addCompetencies(String... competencies) {
            Tree.addStrings(this.competencies, "competencies", competencies);
            return this;
        }

        /**
         * Adds ids of the competencies the criterion evaluates after those added so far.
         *
         * @param competencies the values
         * @return this builder
         * @throws NullPointerException if {@code competencies} or one of them is {@code null}
         */
        public Builder addAllCompetencies(Iterable<String> competencies) {
            Tree.addStrings(this.competencies, "competencies", competencies);
            return this;
        }

        /**
         * Replaces ids of the competencies the criterion evaluates.
         *
         * @param competencies the values, in order
         * @return this builder
         * @throws NullPointerException if {@code competencies} or one of them is {@code null}
         */
        public Builder competencies(Iterable<String> competencies) {
            Objects.requireNonNull(competencies, "competencies");
            this.competencies.clear();
            return addAllCompetencies(competencies);
        }

        /**
         * Sets the relative weight in a composite score, exact and positive (default 1).
         *
         * @param weight the value
         * @return this builder
         * @throws NullPointerException if {@code weight} is {@code null}
         */
        public Builder weight(BigDecimal weight) {
            this.weight = Objects.requireNonNull(weight, "weight");
            return this;
        }

        /**
         * Sets whether a rating below the minimum rejects the candidate.
         *
         * @param mustHave the value
         * @return this builder
         */
        public Builder mustHave(boolean mustHave) {
            this.mustHave = mustHave;
            return this;
        }

        /**
         * Sets the lowest acceptable rating of a must-have criterion.
         *
         * @param minimumRating the value
         * @return this builder
         */
        public Builder minimumRating(int minimumRating) {
            this.minimumRating = OptionalInt.of(minimumRating);
            return this;
        }

        /**
         * Sets or clears the lowest acceptable rating of a must-have criterion.
         *
         * @param minimumRating the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code minimumRating} is {@code null}
         */
        public Builder minimumRating(OptionalInt minimumRating) {
            this.minimumRating = Objects.requireNonNull(minimumRating, "minimumRating");
            return this;
        }

        /**
         * Puts one of the behavioural anchors, one per level of the rubric's scale, replacing any given for the same level.
         *
         * @param level a level of the rubric's scale
         * @param text what an answer at that level looks like
         * @return this builder
         * @throws NullPointerException if {@code text} is {@code null}
         */
        public Builder putAnchors(int level, String text) {
            this.anchors.put(level, Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Puts the behavioural anchors, one per level of the rubric's scale, replacing any given for the same levels.
         *
         * @param anchors texts by level
         * @return this builder
         * @throws NullPointerException if {@code anchors} or a key or value in it is {@code null}
         */
        public Builder putAllAnchors(Map<Integer, String> anchors) {
            Objects.requireNonNull(anchors, "anchors");
            anchors.forEach((level, text) -> putAnchors(Objects.requireNonNull(level, "level"), text));
            return this;
        }

        /**
         * Replaces the behavioural anchors, one per level of the rubric's scale.
         *
         * @param anchors texts by level
         * @return this builder
         * @throws NullPointerException if {@code anchors} or a key or value in it is {@code null}
         */
        public Builder anchors(Map<Integer, String> anchors) {
            Objects.requireNonNull(anchors, "anchors");
            this.anchors.clear();
            return putAllAnchors(anchors);
        }

        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ContentException listing every problem of the value and of the parts built with it
         */
        public EvaluationCriterion build() {
            return Tree.root(this::tree, "EvaluationCriterion");
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<EvaluationCriterion> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        @Nullable EvaluationCriterion tree(ViolationSink out, boolean check) {

            Tree.Incomplete incomplete = new Tree.Incomplete();
            EvaluationCriterion evaluationCriterion = new ImmutableEvaluationCriterion.Builder()
                    .id(id)
                    .description(description)
                    .addAllCompetencies(competencies)
                    .weight(weight)
                    .mustHave(mustHave)
                    .minimumRating(minimumRating)
                    .putAllAnchors(anchors)
                    .build();
            if (check) {
                ModelRules.criterion(evaluationCriterion, incomplete.filter(out));
            }
            return evaluationCriterion;
        }
    }
}
