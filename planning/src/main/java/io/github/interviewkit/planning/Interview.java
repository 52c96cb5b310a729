package io.github.interviewkit.planning;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One interview of a loop: its id, its stage (the {@link QuestionCategory} of the questions it may
 * hold), its length in minutes, its interviewers and an optional focus.
 *
 * <p>The focus has two parts. {@link #mustCover()} lists criteria the interview must include at
 * least one question on (a question listing the criterion among its {@code criteria}).
 * {@link #onlyCriteria()}, when not empty, restricts the interview to questions that inform at
 * least one of the listed criteria; a question informing none of them (a logistics question, say)
 * cannot be placed in it.
 *
 * <p>An interview is checked on its own when it is built; that its stage and criteria exist in the
 * role is checked when the {@link PlanningProblem} is built. Instances are immutable.
 */
public final class Interview {
    private final String id;
    private final QuestionCategory stage;
    private final int minutes;
    private final List<String> interviewers;
    private final List<String> mustCover;
    private final List<String> onlyCriteria;

    private Interview(Builder builder) {
        this.id = Objects.requireNonNull(builder.id);
        this.stage = Objects.requireNonNull(builder.stage);
        this.minutes = Objects.requireNonNull(builder.minutes);
        this.interviewers = List.copyOf(builder.interviewers);
        this.mustCover = List.copyOf(builder.mustCover);
        this.onlyCriteria = List.copyOf(builder.onlyCriteria);
    }

    /** @return the id, a slug unique in the loop, e.g. {@code technical-1} */
    public String id() {
        return id;
    }

    /** @return the stage: only questions of this category can be placed in the interview */
    public QuestionCategory stage() {
        return stage;
    }

    /** @return the length of the interview in minutes, reserved minutes included; at least 1 */
    public int minutes() {
        return minutes;
    }

    /** @return the ids of the interviewers, in the order given; at least one, no repeats */
    public List<String> interviewers() {
        return interviewers;
    }

    /** @return ids of the criteria the interview must include at least one question on */
    public List<String> mustCover() {
        return mustCover;
    }

    /**
     * @return ids of the criteria every question placed in the interview must inform at least one
     *     of; empty for no such restriction
     */
    public List<String> onlyCriteria() {
        return onlyCriteria;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Interview that && id.equals(that.id) && stage.equals(that.stage)
                && minutes == that.minutes && interviewers.equals(that.interviewers)
                && mustCover.equals(that.mustCover) && onlyCriteria.equals(that.onlyCriteria);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, stage, minutes, interviewers, mustCover, onlyCriteria);
    }

    /** @return the interview on one line, e.g. {@code technical-1 (technical, 60 min, alice, bob)} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(id).append(" (").append(stage).append(", ").append(minutes)
                .append(" min, ").append(String.join(", ", interviewers));
        if (!mustCover.isEmpty()) {
            text.append("; must cover ").append(String.join(", ", mustCover));
        }
        if (!onlyCriteria.isEmpty()) {
            text.append("; only ").append(String.join(", ", onlyCriteria));
        }
        return text.append(')').toString();
    }

    /**
     * Builds an {@link Interview}. Setters reject {@code null} at once with a
     * {@link NullPointerException} naming the argument; {@link #build()} reports every other
     * problem together.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable QuestionCategory stage;
        private @Nullable Integer minutes;
        private final List<String> interviewers = new ArrayList<>();
        private final List<String> mustCover = new ArrayList<>();
        private final List<String> onlyCriteria = new ArrayList<>();

        private Builder() {}

        /**
         * Starts from an existing interview: every attribute is copied, lists included.
         *
         * @param interview the interview to copy
         * @return this builder
         * @throws NullPointerException if {@code interview} is {@code null}
         */
        public Builder from(Interview interview) {
            Objects.requireNonNull(interview, "interview");
            id = interview.id;
            stage = interview.stage;
            minutes = interview.minutes;
            interviewers.clear();
            interviewers.addAll(interview.interviewers);
            mustCover.clear();
            mustCover.addAll(interview.mustCover);
            onlyCriteria.clear();
            onlyCriteria.addAll(interview.onlyCriteria);
            return this;
        }

        /**
         * Sets the id, a slug unique in the loop.
         *
         * @param id the id, e.g. {@code technical-1}
         * @return this builder
         * @throws NullPointerException if {@code id} is {@code null}
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the stage: the category of the questions the interview may hold.
         *
         * @param stage the stage, e.g. {@link QuestionCategory#TECHNICAL}
         * @return this builder
         * @throws NullPointerException if {@code stage} is {@code null}
         */
        public Builder stage(QuestionCategory stage) {
            this.stage = Objects.requireNonNull(stage, "stage");
            return this;
        }

        /**
         * Sets the length of the interview in minutes, the minutes reserved by
         * {@link PlanningOptions#reservedMinutes()} included.
         *
         * @param minutes the length; {@link #build()} rejects a value below 1
         * @return this builder
         */
        public Builder minutes(int minutes) {
            this.minutes = minutes;
            return this;
        }

        /**
         * Adds interviewers, after those already added.
         *
         * @param interviewerIds ids of interviewers, e.g. {@code alice}; the same person has the
         *     same id in every interview of the loop
         * @return this builder
         * @throws NullPointerException if the array or one of its elements is {@code null}
         */
        public Builder addInterviewers(String... interviewerIds) {
            addAll(interviewers, interviewerIds, "interviewerIds");
            return this;
        }

        /**
         * Adds criteria the interview must include at least one question on.
         *
         * @param criterionIds ids of criteria of the role's rubric
         * @return this builder
         * @throws NullPointerException if the array or one of its elements is {@code null}
         */
        public Builder addMustCover(String... criterionIds) {
            addAll(mustCover, criterionIds, "criterionIds");
            return this;
        }

        /**
         * Adds criteria to the interview's restriction: every question placed in it must inform at
         * least one of the criteria added here.
         *
         * @param criterionIds ids of criteria of the role's rubric
         * @return this builder
         * @throws NullPointerException if the array or one of its elements is {@code null}
         */
        public Builder addOnlyCriteria(String... criterionIds) {
            addAll(onlyCriteria, criterionIds, "criterionIds");
            return this;
        }

        /**
         * Builds the interview.
         *
         * @return the interview
         * @throws ContentException listing every problem: a missing or malformed id, a missing
         *     stage, a length below 1, no interviewer, a blank or repeated interviewer or criterion
         */
        public Interview build() {
            return Violations.build("Interview", ContentException::new, this::tree);
        }

        /**
         * Builds the interview, or reports every problem instead of throwing: how a document reader
         * or {@link PlanningProblem.Builder} builds it as a part.
         *
         * @param problems where the problems go, with paths relative to the interview
         * @return the interview, or empty when it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<Interview> tryBuild(ViolationSink problems) {
            return Violations.tryBuild(problems, this::tree);
        }

        private @Nullable Interview tree(ViolationSink problems) {
            Checks.Counting out = new Checks.Counting(problems);
            Checks.slug(out, "id", id);
            if (stage == null) {
                out.add("stage", null, "is required");
            }
            if (minutes == null) {
                out.add("minutes", null, "is required");
            } else if (minutes < 1) {
                out.add("minutes", minutes, "must be at least 1");
            }
            if (interviewers.isEmpty()) {
                out.add("interviewers", null, "needs at least one interviewer");
            }
            Checks.distinctNotBlank(out, "interviewers", interviewers, "the interviewer of");
            Checks.distinctNotBlank(out, "mustCover", mustCover, "the criterion of");
            Checks.distinctNotBlank(out, "onlyCriteria", onlyCriteria, "the criterion of");
            return out.none() ? new Interview(this) : null;
        }

        private static void addAll(List<String> target, String[] values, String name) {
            Objects.requireNonNull(values, name);
            for (int i = 0; i < values.length; i++) {
                target.add(Objects.requireNonNull(values[i], name + "[" + i + "]"));
            }
        }
    }
}
