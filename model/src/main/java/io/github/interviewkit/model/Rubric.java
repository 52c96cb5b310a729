package io.github.interviewkit.model;

import java.util.ArrayList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The evaluation criteria of a role and the scale they are rated on. Every criterion has an anchor
 * for every level of the scale, and a must-have criterion's minimum rating is a level of the scale.
 */
public abstract class Rubric {
    Rubric() {}

    /** @return the scale every criterion is rated on */
    @NotNull
    public abstract RatingScale scale();

    /** @return the criteria, in the order interviewers see them */
    public abstract List<EvaluationCriterion> criteria();

    /**
     * Returns the criterion with an id.
     *
     * @param id a criterion id
     * @return the criterion, or empty if there is none with that id
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public final Optional<EvaluationCriterion> criterion(String id) {
        Objects.requireNonNull(id, "id");
        return criteria().stream().filter(criterion -> criterion.id().equals(id)).findFirst();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Rubric}; every criterion needs an anchor for every level of the scale.
     */
    public static final class Builder {
        private @Nullable Tree<RatingScale> scale;
        private final List<Tree<EvaluationCriterion>> criteria = new ArrayList<>();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(Rubric value) {
            Objects.requireNonNull(value, "value");
            return scale(value.scale())
                    .criteria(value.criteria());
        }

        /**
         * Sets the scale every criterion is rated on.
         *
         * @param scale the value
         * @return this builder
         * @throws NullPointerException if {@code scale} is {@code null}
         */
        public Builder scale(RatingScale scale) {
            this.scale = Tree.of(Objects.requireNonNull(scale, "scale"));
            return this;
        }

        /**
         * Sets the scale every criterion is rated on, to be built and checked with this value: its problems are reported under
         * {@code scale}.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder scale(RatingScale.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.scale = builder::tree;
            return this;
        }

        /**
         * Adds the criteria after those added so far.
         *
         * @param criteria the values
         * @return this builder
         * @throws NullPointerException if {@code criteria} or one of them is {@code null}
         */
        public Builder addCriteria(EvaluationCriterion... criteria) {
            Tree.addValues(this.criteria, "criteria", criteria);
            return this;
        }

        /**
         * Adds one of the criteria, to be built and checked with this value: its problems are reported
         * under its place in the list.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder addCriteria(EvaluationCriterion.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.criteria.add(builder::tree);
            return this;
        }

        /**
         * Adds the criteria after those added so far.
         *
         * @param criteria the values
         * @return this builder
         * @throws NullPointerException if {@code criteria} or one of them is {@code null}
         */
        public Builder addAllCriteria(Iterable<EvaluationCriterion> criteria) {
            Tree.addAllValues(this.criteria, "criteria", criteria);
            return this;
        }

        /**
         * Replaces the criteria.
         *
         * @param criteria the values, in order
         * @return this builder
         * @throws NullPointerException if {@code criteria} or one of them is {@code null}
         */
        public Builder criteria(Iterable<EvaluationCriterion> criteria) {
            Objects.requireNonNull(criteria, "criteria");
            this.criteria.clear();
            return addAllCriteria(criteria);
        }

        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ContentException listing every problem of the value and of the parts built with it
         */
        public Rubric build() {
            return Tree.root(this::tree, "Rubric");
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<Rubric> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        @Nullable Rubric tree(ViolationSink out, boolean check) {

            Tree.Incomplete incomplete = new Tree.Incomplete();
            Rubric rubric = new ImmutableRubric.Builder()
                    .scale(Tree.part(scale, "scale", out, check, incomplete))
                    .addAllCriteria(Tree.all(criteria, "criteria", out, check, incomplete))
                    .build();
            if (check) {
                ModelRules.rubric(rubric, incomplete.filter(out));
            }
            return rubric;
        }
    }
}
