package io.github.interviewkit.render;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One interview as its guide and its blank scorecard show it: the role, the interview's id and
 * optional title, its stage, its length, its interviewers, its questions in order and the criteria
 * to rate. Build it from an explicit list of question ids, or from an interview of a plan (the
 * planner's {@code PlannedInterview} gives the id, stage, minutes, interviewers and question ids;
 * see the README).
 *
 * <p>The questions and criteria are resolved against the role when the guide is built: an id the
 * role does not hold is a problem {@link Builder#build()} reports. Instances are immutable.
 */
public final class InterviewGuide {
    private final Role role;
    private final String id;
    private final @Nullable String title;
    private final QuestionCategory stage;
    private final int minutes;
    private final List<String> interviewers;
    private final List<Question> questions;
    private final List<EvaluationCriterion> criteria;

    private InterviewGuide(Role role, String id, @Nullable String title, QuestionCategory stage, int minutes,
                           List<String> interviewers, List<Question> questions, List<EvaluationCriterion> criteria) {
        this.role = role;
        this.id = id;
        this.title = title;
        this.stage = stage;
        this.minutes = minutes;
        this.interviewers = List.copyOf(interviewers);
        this.questions = List.copyOf(questions);
        this.criteria = List.copyOf(criteria);
    }

    /** @return the role interviewed for */
    public Role role() {
        return role;
    }

    /** @return the interview's id, e.g. {@code technical-1} */
    public String id() {
        return id;
    }

    /** @return the interview's title for people, e.g. "System design"; empty to show the id */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** @return the interview's stage: the one given, or the category of its first question */
    public QuestionCategory stage() {
        return stage;
    }

    /** @return the interview's length in minutes, or empty when not given */
    public OptionalInt minutes() {
        return minutes > 0 ? OptionalInt.of(minutes) : OptionalInt.empty();
    }

    /** @return the ids of the interviewers, in the order given; possibly none */
    public List<String> interviewers() {
        return interviewers;
    }

    /** @return the questions, in the order given; at least one */
    public List<Question> questions() {
        return questions;
    }

    /**
     * @return the criteria to rate: those given, or else every criterion the questions inform, in
     *     rubric order
     */
    public List<EvaluationCriterion> criteria() {
        return criteria;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof InterviewGuide that && role.equals(that.role) && id.equals(that.id)
                && Objects.equals(title, that.title) && stage.equals(that.stage) && minutes == that.minutes
                && interviewers.equals(that.interviewers) && questions.equals(that.questions)
                && criteria.equals(that.criteria);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role.id(), id, title, stage, minutes, interviewers, questions, criteria);
    }

    /** @return the guide on one line, e.g. {@code technical-1 (backend-architect, technical, 3 questions)} */
    @Override
    public String toString() {
        return id + " (" + role.id() + ", " + stage + ", " + questions.size() + " questions)";
    }

    /**
     * Builds an {@link InterviewGuide}. Setters reject {@code null} at once with a
     * {@link NullPointerException} naming the argument; {@link #build()} reports every other
     * problem together.
     */
    public static final class Builder {
        private @Nullable Role role;
        private @Nullable String id;
        private @Nullable String title;
        private @Nullable QuestionCategory stage;
        private @Nullable Integer minutes;
        private final List<String> interviewers = new ArrayList<>();
        private final List<String> questionIds = new ArrayList<>();
        private final List<String> criterionIds = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the role whose questions and criteria the guide shows.
         *
         * @param role the role
         * @return this builder
         * @throws NullPointerException if {@code role} is {@code null}
         */
        public Builder role(Role role) {
            this.role = Objects.requireNonNull(role, "role");
            return this;
        }

        /**
         * Sets the interview's id.
         *
         * @param id the id, not blank, e.g. {@code technical-1}
         * @return this builder
         * @throws NullPointerException if {@code id} is {@code null}
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the interview's title for people, shown instead of its id.
         *
         * @param title the title, not blank, e.g. "System design"
         * @return this builder
         * @throws NullPointerException if {@code title} is {@code null}
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Sets the interview's stage; without one, the guide takes its first question's category.
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
         * Sets the interview's length.
         *
         * @param minutes the length in minutes; {@link #build()} rejects a value below 1
         * @return this builder
         */
        public Builder minutes(int minutes) {
            this.minutes = minutes;
            return this;
        }

        /**
         * Adds interviewers, after those already added.
         *
         * @param interviewerIds ids of interviewers, e.g. {@code alice}
         * @return this builder
         * @throws NullPointerException if the array or one of its elements is {@code null}
         */
        public Builder addInterviewers(String... interviewerIds) {
            Objects.requireNonNull(interviewerIds, "interviewerIds");
            return addAllInterviewers(Arrays.asList(interviewerIds));
        }

        /**
         * Adds interviewers, after those already added.
         *
         * @param interviewerIds ids of interviewers, e.g. a planned interview's
         *     {@code interview().interviewers()}
         * @return this builder
         * @throws NullPointerException if {@code interviewerIds} or one of its elements is {@code null}
         */
        public Builder addAllInterviewers(Iterable<String> interviewerIds) {
            addAll(interviewers, interviewerIds, "interviewerIds");
            return this;
        }

        /**
         * Adds questions by id, after those already added.
         *
         * @param questionIds ids of questions of the role
         * @return this builder
         * @throws NullPointerException if the array or one of its elements is {@code null}
         */
        public Builder addQuestions(String... questionIds) {
            Objects.requireNonNull(questionIds, "questionIds");
            return addAllQuestions(Arrays.asList(questionIds));
        }

        /**
         * Adds questions by id, after those already added.
         *
         * @param questionIds ids of questions of the role, e.g. a planned interview's
         *     {@code sortedQuestionIds()}
         * @return this builder
         * @throws NullPointerException if {@code questionIds} or one of its elements is {@code null}
         */
        public Builder addAllQuestions(Iterable<String> questionIds) {
            addAll(this.questionIds, questionIds, "questionIds");
            return this;
        }

        /**
         * Adds criteria to rate, after those already added; without any, the guide rates every
         * criterion its questions inform.
         *
         * @param criterionIds ids of criteria of the role's rubric
         * @return this builder
         * @throws NullPointerException if the array or one of its elements is {@code null}
         */
        public Builder addCriteria(String... criterionIds) {
            Objects.requireNonNull(criterionIds, "criterionIds");
            addAll(this.criterionIds, Arrays.asList(criterionIds), "criterionIds");
            return this;
        }

        /**
         * Builds the guide.
         *
         * @return the guide
         * @throws ContentException listing every problem: a missing role or id, a blank id or
         *     title, a length below 1, no question, a question or criterion the role does not hold,
         *     a blank or repeated interviewer, question or criterion
         */
        public InterviewGuide build() {
            return Violations.build("InterviewGuide", ContentException::new, this::tree);
        }

        /**
         * Builds the guide, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the guide
         * @return the guide, or empty when it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<InterviewGuide> tryBuild(ViolationSink problems) {
            return Violations.tryBuild(problems, this::tree);
        }

        private @Nullable InterviewGuide tree(ViolationSink problems) {
            Violations out = Violations.collector();
            if (role == null) {
                out.add("role", null, "is required");
            }
            if (id == null) {
                out.add("id", null, "is required");
            } else if (id.isBlank()) {
                out.add("id", id, "must not be blank");
            }
            if (title != null && title.isBlank()) {
                out.add("title", title, "must not be blank");
            }
            if (minutes != null && minutes < 1) {
                out.add("minutes", minutes, "must be at least 1");
            }
            if (questionIds.isEmpty()) {
                out.add("questions", null, "needs at least one question");
            }
            distinct(out, "interviewers", interviewers);
            distinct(out, "questions", questionIds);
            distinct(out, "criteria", criterionIds);
            List<Question> questions = new ArrayList<>();
            List<EvaluationCriterion> criteria = new ArrayList<>();
            Role role = this.role;
            if (role != null) {
                for (int i = 0; i < questionIds.size(); i++) {
                    Optional<Question> question = role.question(questionIds.get(i));
                    if (question.isPresent()) {
                        questions.add(question.get());
                    } else {
                        out.add("questions[" + i + "]", questionIds.get(i), "is not a question of the role " + role.id());
                    }
                }
                for (int i = 0; i < criterionIds.size(); i++) {
                    Optional<EvaluationCriterion> criterion = role.criterion(criterionIds.get(i));
                    if (criterion.isPresent()) {
                        criteria.add(criterion.get());
                    } else {
                        out.add("criteria[" + i + "]", criterionIds.get(i),
                                "is not a criterion of the role " + role.id());
                    }
                }
                if (criterionIds.isEmpty()) {
                    for (EvaluationCriterion criterion : role.rubric().criteria()) {
                        if (questions.stream().anyMatch(q -> q.criteria().contains(criterion.id()))) {
                            criteria.add(criterion);
                        }
                    }
                }
            }
            boolean valid = out.isEmpty();
            for (var problem : out.list()) {
                problems.add(problem);
            }
            if (!valid || role == null || id == null) {
                return null;
            }
            QuestionCategory stage = this.stage != null ? this.stage : questions.get(0).category();
            return new InterviewGuide(role, id, title, stage, minutes == null ? 0 : minutes, interviewers, questions,
                    criteria);
        }

        private static void distinct(ViolationSink out, String path, List<String> values) {
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                if (value.isBlank()) {
                    out.add(path + "[" + i + "]", value, "must not be blank");
                    continue;
                }
                Integer earlier = first.putIfAbsent(value, i);
                if (earlier != null) {
                    out.add(path + "[" + i + "]", value, "repeats " + path + "[" + earlier + "]");
                }
            }
        }

        private static void addAll(List<String> target, Iterable<String> values, String name) {
            Objects.requireNonNull(values, name);
            int i = 0;
            for (String value : values) {
                target.add(Objects.requireNonNull(value, name + "[" + i + "]"));
                i++;
            }
        }
    }
}
