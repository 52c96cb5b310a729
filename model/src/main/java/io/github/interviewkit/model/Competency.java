package io.github.interviewkit.model;

import java.util.ArrayList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** Something a person in the role must be able to do or be, such as API design or excellent communication. */
public abstract class Competency {
    Competency() {}

    /** @return the id, a slug unique among the role's competencies, e.g. {@code api-design} */
    @NotNull
    @Slug
    public abstract String id();

    /** @return the name as the source states it, e.g. {@code Cloud services} */
    @NotBlank
    public abstract String name();

    /** @return the kind: technical, interpersonal, or another kind the content defines */
    @NotNull
    public abstract CompetencyKind kind();

    /** @return a description, if the content gives one */
    public abstract Optional<@NotBlankIfPresent String> description();

    /** @return examples or keywords, in order, each not blank, e.g. {@code AWS}, {@code Azure}, {@code Google Cloud} */
    public abstract List<String> examples();

    /** @return entries of external skills frameworks this competency corresponds to */
    public abstract List<FrameworkReference> frameworkReferences();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Competency}; the id, name and kind are required.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String name;
        private @Nullable CompetencyKind kind;
        private Optional<String> description = Optional.empty();
        private final List<String> examples = new ArrayList<>();
        private final List<Tree<FrameworkReference>> frameworkReferences = new ArrayList<>();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(Competency value) {
            Objects.requireNonNull(value, "value");
            return id(value.id())
                    .name(value.name())
                    .kind(value.kind())
                    .description(value.description())
                    .examples(value.examples())
                    .frameworkReferences(value.frameworkReferences());
        }

        /**
         * Sets the id, a slug unique among the role's competencies.
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
         * Sets the name as the source states it.
         *
         * @param name the value
         * @return this builder
         * @throws NullPointerException if {@code name} is {@code null}
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the kind of competency.
         *
         * @param kind the value
         * @return this builder
         * @throws NullPointerException if {@code kind} is {@code null}
         */
        public Builder kind(CompetencyKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the value
         * @return this builder
         * @throws NullPointerException if {@code description} is {@code null}
         */
        public Builder description(String description) {
            this.description = Optional.of(Objects.requireNonNull(description, "description"));
            return this;
        }

        /**
         * Sets or clears the description.
         *
         * @param description the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code description} is {@code null}
         */
        public Builder description(Optional<String> description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Adds examples or keywords after those added so far.
         *
         * @param examples the values
         * @return this builder
         * @throws NullPointerException if {@code examples} or one of them is {@code null}
         */
        public Builder addExamples(String... examples) {
            Tree.addStrings(this.examples, "examples", examples);
            return this;
        }

        /**
         * Adds examples or keywords after those added so far.
         *
         * @param examples the values
         * @return this builder
         * @throws NullPointerException if {@code examples} or one of them is {@code null}
         */
        public Builder addAllExamples(Iterable<String> examples) {
            Tree.addStrings(this.examples, "examples", examples);
            return this;
        }

        /**
         * Replaces examples or keywords.
         *
         * @param examples the values, in order
         * @return this builder
         * @throws NullPointerException if {@code examples} or one of them is {@code null}
         */
        public Builder examples(Iterable<String> examples) {
            Objects.requireNonNull(examples, "examples");
            this.examples.clear();
            return addAllExamples(examples);
        }

        /**
         * Adds entries of external skills frameworks after those added so far.
         *
         * @param frameworkReferences the values
         * @return this builder
         * @throws NullPointerException if {@code frameworkReferences} or one of them is {@code null}
         */
        public Builder addFrameworkReferences(FrameworkReference... frameworkReferences) {
            Tree.addValues(this.frameworkReferences, "frameworkReferences", frameworkReferences);
            return this;
        }

        /**
         * Adds one of entries of external skills frameworks, to be built and checked with this value: its problems are reported
         * under its place in the list.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder addFrameworkReferences(FrameworkReference.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.frameworkReferences.add(builder::tree);
            return this;
        }

        /**
         * Adds entries of external skills frameworks after those added so far.
         *
         * @param frameworkReferences the values
         * @return this builder
         * @throws NullPointerException if {@code frameworkReferences} or one of them is {@code null}
         */
        public Builder addAllFrameworkReferences(Iterable<FrameworkReference> frameworkReferences) {
            Tree.addAllValues(this.frameworkReferences, "frameworkReferences", frameworkReferences);
            return this;
        }

        /**
         * Replaces entries of external skills frameworks.
         *
         * @param frameworkReferences the values, in order
         * @return this builder
         * @throws NullPointerException if {@code frameworkReferences} or one of them is {@code null}
         */
        public Builder frameworkReferences(Iterable<FrameworkReference> frameworkReferences) {
            Objects.requireNonNull(frameworkReferences, "frameworkReferences");
            this.frameworkReferences.clear();
            return addAllFrameworkReferences(frameworkReferences);
        }

        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ContentException listing every problem of the value and of the parts built with it
         */
        public Competency build() {
            return Tree.root(this::tree, "Competency");
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<Competency> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        @Nullable Competency tree(ViolationSink out, boolean check) {

            Tree.Incomplete incomplete = new Tree.Incomplete();
            Competency competency = new ImmutableCompetency.Builder()
                    .id(id)
                    .name(name)
                    .kind(kind)
                    .description(description)
                    .addAllExamples(examples)
                    .addAllFrameworkReferences(Tree.all(frameworkReferences, "frameworkReferences", out, check, incomplete))
                    .build();
            if (check) {
                ModelRules.competency(competency, incomplete.filter(out));
            }
            return competency;
        }
    }
}
