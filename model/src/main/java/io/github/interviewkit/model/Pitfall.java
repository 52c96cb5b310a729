package io.github.interviewkit.model;

import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A common mistake candidates make, how severe it is, and the criteria it undermines. */
public abstract class Pitfall {
    Pitfall() {}

    /** @return the id, a slug unique among the role's pitfalls */
    @NotNull
    @Slug
    public abstract String id();

    /** @return the pitfall as the source states it, e.g. {@code Overcomplicating solutions unnecessarily} */
    @NotBlank
    public abstract String description();

    /** @return how much the pitfall weighs against a candidate */
    @NotNull
    public abstract Severity severity();

    /** @return ids of the evaluation criteria the pitfall undermines */
    public abstract List<String> criteria();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Pitfall}; the id, description and severity are required.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String description;
        private @Nullable Severity severity;
        private final List<String> criteria = new ArrayList<>();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(Pitfall value) {
            Objects.requireNonNull(value, "value");
            return id(value.id())
                    .description(value.description())
                    .severity(value.severity())
                    .criteria(value.criteria());
        }

        /**
         * Sets the id, a slug unique among the role's pitfalls.
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
         * Sets the pitfall as the source states it.
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
         * Sets how much the pitfall weighs against a candidate.
         *
         * @param severity the value
         * @return this builder
         * @throws NullPointerException if {@code severity} is {@code null}
         */
        public Builder severity(Severity severity) {
            this.severity = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /**
         * Adds ids of the evaluation criteria the pitfall undermines after those added so far.
         *
         * @param criteria the values
         * @return this builder
         * @throws NullPointerException if {@code criteria} or one of them is {@code null}
         */
        public Builder addCriteria(String... criteria) {
            Tree.addStrings(this.criteria, "criteria", criteria);
            return this;
        }

        /**
         * Adds ids of the evaluation criteria the pitfall undermines after those added so far.
         *
         * @param criteria the values
         * @return this builder
         * @throws NullPointerException if {@code criteria} or one of them is {@code null}
         */
        public Builder addAllCriteria(Iterable<String> criteria) {
            Tree.addStrings(this.criteria, "criteria", criteria);
            return this;
        }

        /**
         * Replaces ids of the evaluation criteria the pitfall undermines.
         *
         * @param criteria the values, in order
         * @return this builder
         * @throws NullPointerException if {@code criteria} or one of them is {@code null}
         */
        public Builder criteria(Iterable<String> criteria) {
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
        public Pitfall build() {
            return Tree.root(this::tree, "Pitfall");
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<Pitfall> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        @Nullable Pitfall tree(ViolationSink out, boolean check) {

            Tree.Incomplete incomplete = new Tree.Incomplete();
            Pitfall pitfall = new ImmutablePitfall.Builder()
                    .id(id)
                    .description(description)
                    .severity(severity)
                    .addAllCriteria(criteria)
                    .build();
            if (check) {
                ModelRules.pitfall(pitfall, incomplete.filter(out));
            }
            return pitfall;
        }
    }
}
