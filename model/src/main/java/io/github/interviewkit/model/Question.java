package io.github.interviewkit.model;

import java.util.ArrayList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A question of the role's question bank, with what it is for: the competencies it probes, the
 * criteria its answer informs, the follow-up probes, what a strong answer shows and the pitfalls
 * it can reveal. References are ids of the same {@link Role}.
 */
public abstract class Question {
    Question() {}

    /** @return the id, a slug unique among the role's questions */
    @NotNull
    @Slug
    public abstract String id();

    /** @return the question as it is asked */
    @NotBlank
    public abstract String text();

    /** @return the category, or interview stage, the question belongs to */
    @NotNull
    public abstract QuestionCategory category();

    /**
     * @return whether the question gathers logistics (notice period, salary expectations) rather
     *     than evidence to rate; such a question informs no criterion
     */
    public abstract boolean logistics();

    /** @return ids of the competencies the question probes */
    public abstract List<String> competencies();

    /** @return ids of the evaluation criteria the answer informs */
    public abstract List<String> criteria();

    /** @return follow-up probes, in the order to ask them, each not blank */
    public abstract List<String> followUps();

    /** @return what a strong answer shows, if stated */
    public abstract Optional<@NotBlankIfPresent String> strongAnswer();

    /** @return ids of the pitfalls the answer can reveal */
    public abstract List<String> pitfalls();

    /** @return the minutes to allow for the question and its follow-ups, if estimated */
    @Positive
    public abstract OptionalInt estimatedMinutes();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Question}; the id, text and category are required. References to competencies,
     * criteria and pitfalls are checked when the {@link Role} is built.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String text;
        private @Nullable QuestionCategory category;
        private boolean logistics;
        private final List<String> competencies = new ArrayList<>();
        private final List<String> criteria = new ArrayList<>();
        private final List<String> followUps = new ArrayList<>();
        private Optional<String> strongAnswer = Optional.empty();
        private final List<String> pitfalls = new ArrayList<>();
        private OptionalInt estimatedMinutes = OptionalInt.empty();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(Question value) {
            Objects.requireNonNull(value, "value");
            return id(value.id())
                    .text(value.text())
                    .category(value.category())
                    .logistics(value.logistics())
                    .competencies(value.competencies())
                    .criteria(value.criteria())
                    .followUps(value.followUps())
                    .strongAnswer(value.strongAnswer())
                    .pitfalls(value.pitfalls())
                    .estimatedMinutes(value.estimatedMinutes());
        }

        /**
         * Sets the id, a slug unique among the role's questions.
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
         * Sets the question as it is asked.
         *
         * @param text the value
         * @return this builder
         * @throws NullPointerException if {@code text} is {@code null}
         */
        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets the category, or interview stage.
         *
         * @param category the value
         * @return this builder
         * @throws NullPointerException if {@code category} is {@code null}
         */
        public Builder category(QuestionCategory category) {
            this.category = Objects.requireNonNull(category, "category");
            return this;
        }

        /**
         * Sets whether the question gathers logistics rather than evidence to rate.
         *
         * @param logistics the value
         * @return this builder
         */
        public Builder logistics(boolean logistics) {
            this.logistics = logistics;
            return this;
        }

        /**
         * Adds ids of the competencies the question probes after those added so far.
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
         * Adds ids of the competencies the question probes after those added so far.
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
         * Replaces ids of the competencies the question probes.
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
         * Adds ids of the evaluation criteria the answer informs after those added so far.
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
         * Adds ids of the evaluation criteria the answer informs after those added so far.
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
         * Replaces ids of the evaluation criteria the answer informs.
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
         * Adds follow-up probes after those added so far.
         *
         * @param followUps the values
         * @return this builder
         * @throws NullPointerException if {@code followUps} or one of them is {@code null}
         */
        public Builder addFollowUps(String... followUps) {
            Tree.addStrings(this.followUps, "followUps", followUps);
            return this;
        }

        /**
         * Adds follow-up probes after those added so far.
         *
         * @param followUps the values
         * @return this builder
         * @throws NullPointerException if {@code followUps} or one of them is {@code null}
         */
        public Builder addAllFollowUps(Iterable<String> followUps) {
            Tree.addStrings(this.followUps, "followUps", followUps);
            return this;
        }

        /**
         * Replaces follow-up probes.
         *
         * @param followUps the values, in order
         * @return this builder
         * @throws NullPointerException if {@code followUps} or one of them is {@code null}
         */
        public Builder followUps(Iterable<String> followUps) {
            Objects.requireNonNull(followUps, "followUps");
            this.followUps.clear();
            return addAllFollowUps(followUps);
        }

        /**
         * Sets what a strong answer shows.
         *
         * @param strongAnswer the value
         * @return this builder
         * @throws NullPointerException if {@code strongAnswer} is {@code null}
         */
        public Builder strongAnswer(String strongAnswer) {
            this.strongAnswer = Optional.of(Objects.requireNonNull(strongAnswer, "strongAnswer"));
            return this;
        }

        /**
         * Sets or clears what a strong answer shows.
         *
         * @param strongAnswer the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code strongAnswer} is {@code null}
         */
        public Builder strongAnswer(Optional<String> strongAnswer) {
            this.strongAnswer = Objects.requireNonNull(strongAnswer, "strongAnswer");
            return this;
        }

        /**
         * Adds ids of the pitfalls the answer can reveal after those added so far.
         *
         * @param pitfalls the values
         * @return this builder
         * @throws NullPointerException if {@code pitfalls} or one of them is {@code null}
         */
        public Builder addPitfalls(String... pitfalls) {
            Tree.addStrings(this.pitfalls, "pitfalls", pitfalls);
            return this;
        }

        /**
         * Adds ids of the pitfalls the answer can reveal after those added so far.
         *
         * @param pitfalls the values
         * @return this builder
         * @throws NullPointerException if {@code pitfalls} or one of them is {@code null}
         */
        public Builder addAllPitfalls(Iterable<String> pitfalls) {
            Tree.addStrings(this.pitfalls, "pitfalls", pitfalls);
            return this;
        }

        /**
         * Replaces ids of the pitfalls the answer can reveal.
         *
         * @param pitfalls the values, in order
         * @return this builder
         * @throws NullPointerException if {@code pitfalls} or one of them is {@code null}
         */
        public Builder pitfalls(Iterable<String> pitfalls) {
            Objects.requireNonNull(pitfalls, "pitfalls");
            this.pitfalls.clear();
            return addAllPitfalls(pitfalls);
        }

        /**
         * Sets the minutes to allow for the question and its follow-ups.
         *
         * @param estimatedMinutes the value
         * @return this builder
         */
        public Builder estimatedMinutes(int estimatedMinutes) {
            this.estimatedMinutes = OptionalInt.of(estimatedMinutes);
            return this;
        }

        /**
         * Sets or clears the minutes to allow for the question and its follow-ups.
         *
         * @param estimatedMinutes the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code estimatedMinutes} is {@code null}
         */
        public Builder estimatedMinutes(OptionalInt estimatedMinutes) {
            this.estimatedMinutes = Objects.requireNonNull(estimatedMinutes, "estimatedMinutes");
            return this;
        }

        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ContentException listing every problem of the value and of the parts built with it
         */
        public Question build() {
            return Tree.root(this::tree, "Question");
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<Question> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        @Nullable Question tree(ViolationSink out, boolean check) {

            Tree.Incomplete incomplete = new Tree.Incomplete();
            Question question = new ImmutableQuestion.Builder()
                    .id(id)
                    .text(text)
                    .category(category)
                    .logistics(logistics)
                    .addAllCompetencies(competencies)
                    .addAllCriteria(criteria)
                    .addAllFollowUps(followUps)
                    .strongAnswer(strongAnswer)
                    .addAllPitfalls(pitfalls)
                    .estimatedMinutes(estimatedMinutes)
                    .build();
            if (check) {
                ModelRules.question(question, incomplete.filter(out));
            }
            return question;
        }
    }
}
