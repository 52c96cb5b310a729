package io.github.interviewkit.planning;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.UnreadableContentException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What to plan: a role, a loop of interviews in the order the candidate meets them, and the
 * options. {@link InterviewPlanner#plan(PlanningProblem)} finds the best plan for it.
 *
 * <p>{@link Builder#build()} checks the loop against the role and reports every problem at once in
 * a {@link ContentException} whose violations have paths such as {@code interviews[2].mustCover[0]}
 * or {@code options.pins[0].question}: an interview id used twice, a stage no question of the role
 * has, a criterion or question the role does not define, a pin or ban naming an interview that is
 * not in the loop, a question pinned to an interview of another stage, a pinned question that has
 * no minutes. Whether a plan exists is not checked here: that is the planner's answer, explained
 * when there is none. Instances are immutable.
 */
public final class PlanningProblem {
    /**
     * The largest weighted coverage the exact solver represents: Choco-solver's integer variables
     * are bounded by {@code Integer.MAX_VALUE / 100}.
     */
    static final int MAX_SCALED_COVERAGE = Integer.MAX_VALUE / 100;

    private final Role role;
    private final List<Interview> interviews;
    private final PlanningOptions options;

    private PlanningProblem(Role role, List<Interview> interviews, PlanningOptions options) {
        this.role = role;
        this.interviews = List.copyOf(interviews);
        this.options = options;
    }

    /** @return the role whose question bank and rubric are planned */
    public Role role() {
        return role;
    }

    /** @return the interviews of the loop, in the order the candidate meets them; at least one */
    public List<Interview> interviews() {
        return interviews;
    }

    /** @return the options */
    public PlanningOptions options() {
        return options;
    }

    /**
     * Returns an interview of the loop.
     *
     * @param id an interview id
     * @return the interview, or empty if the loop has none with that id
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public Optional<Interview> interview(String id) {
        Objects.requireNonNull(id, "id");
        return interviews.stream().filter(interview -> interview.id().equals(id)).findFirst();
    }

    /**
     * Returns the minutes a question takes in a plan: its estimate, or else
     * {@link PlanningOptions#defaultQuestionMinutes()}.
     *
     * @param question a question of the role
     * @return the minutes, or empty if the question cannot be planned
     */
    public OptionalInt minutesOf(Question question) {
        return minutesOf(Objects.requireNonNull(question, "question"), options);
    }

    static OptionalInt minutesOf(Question question, PlanningOptions options) {
        return question.estimatedMinutes().isPresent() ? question.estimatedMinutes() : options.defaultQuestionMinutes();
    }

    /**
     * Returns how many distinct interviewers a criterion needs: {@link
     * PlanningOptions#interviewersPerMustHave()} for a must-have, else {@link
     * PlanningOptions#interviewersPerCriterion()}.
     *
     * @param criterion a criterion of the role
     * @return {@code required(c)} of the model
     */
    public int required(EvaluationCriterion criterion) {
        return required(Objects.requireNonNull(criterion, "criterion"), options);
    }

    static int required(EvaluationCriterion criterion, PlanningOptions options) {
        return criterion.mustHave() ? options.interviewersPerMustHave() : options.interviewersPerCriterion();
    }

    /**
     * Reads a problem for a role from JSON or YAML text. The role is the caller's: the document
     * names it by {@code role} (its id) and {@code contentVersion}, and both must match
     * {@code role}. The document's fields: {@code interviews} (each with {@code id}, {@code stage},
     * {@code minutes}, {@code interviewers}, optional {@code mustCover} and {@code onlyCriteria})
     * and optional {@code options} ({@code reservedMinutes}, {@code interviewersPerMustHave},
     * {@code interviewersPerCriterion}, {@code maxQuestionsPerInterview},
     * {@code defaultQuestionMinutes}, {@code pins} and {@code bans} as lists of
     * {@code {question, interview}}); {@link #jsonSchema()} describes them. Unknown fields are
     * rejected; for other limits or to ignore them, read with a {@link DocumentCodec} of
     * {@link #documentKind(Role)}.
     *
     * @param text the document
     * @param format its format
     * @param role the role the problem plans
     * @return the problem, checked against the role like {@link Builder#build()}
     * @throws NullPointerException if an argument is {@code null}
     * @throws ContentException listing every problem (syntax, unknown fields, wrong types, a role
     *     or version the document does not name, invalid values, problems against the role) with
     *     its path and its line and column in the text
     */
    public static PlanningProblem read(String text, ContentFormat format, Role role) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        return ProblemDocument.codec(Objects.requireNonNull(role, "role")).read(text, format);
    }

    /**
     * Reads a problem for a role from a file, JSON or YAML by its extension ({@code .json},
     * {@code .yaml}, {@code .yml}); see {@link #read(String, ContentFormat, Role)}.
     *
     * @param file the file
     * @param role the role the problem plans
     * @return the problem
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the file's extension names no format
     * @throws UnreadableContentException if the file is missing, not a regular file, or cannot be read
     * @throws ContentException listing every problem of the document
     */
    public static PlanningProblem read(Path file, Role role) {
        Objects.requireNonNull(file, "file");
        return ProblemDocument.codec(Objects.requireNonNull(role, "role")).read(file);
    }

    /**
     * Writes this problem as a document that {@link #read(String, ContentFormat, Role)} reads back,
     * with the same role, to an equal problem. The role itself is not written: the document names
     * it by id and content version. Every field is written in a fixed order, default options
     * included; {@code maxQuestionsPerInterview} and {@code defaultQuestionMinutes} only when set.
     *
     * @param format the format
     * @return the document, ending with a line end
     * @throws NullPointerException if {@code format} is {@code null}
     */
    public String write(ContentFormat format) {
        return ProblemDocument.codec(role).write(this, Objects.requireNonNull(format, "format"));
    }

    /**
     * Returns the kind of document a problem for a role is, for a {@link DocumentCodec} with limits
     * of its own or that ignores unknown fields:
     * {@code DocumentCodec.builder(PlanningProblem.documentKind(role))}.
     *
     * @param role the role the problems read by it plan
     * @return the document kind
     * @throws NullPointerException if {@code role} is {@code null}
     */
    public static DocumentKind<PlanningProblem> documentKind(Role role) {
        return new ProblemDocument(Objects.requireNonNull(role, "role"));
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the problem document, whose {@code $id} is
     * {@code https://interviewkit.github.io/schemas/1/planning-problem.schema.json}. It checks the document's shape (fields, types, ranges);
     * what only the role can tell (that a stage, criterion or question exists) is checked by
     * {@link #read(String, ContentFormat, Role)} alone.
     *
     * @return the schema, as JSON text
     */
    public static String jsonSchema() {
        return PlanningSchemas.text("planning-problem.schema.json");
    }

    /** @return a new builder, with the default options */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PlanningProblem that && role.equals(that.role) && interviews.equals(that.interviews)
                && options.equals(that.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, interviews, options);
    }

    /** @return the role id, the interviews and the options */
    @Override
    public String toString() {
        return "PlanningProblem{role=" + role.id() + ", interviews=" + interviews + ", options=" + options + "}";
    }

    /**
     * Builds a {@link PlanningProblem}, with its interviews and options given as values or as
     * builders. Setters reject {@code null} at once with a {@link NullPointerException} naming the
     * argument; {@link #build()} checks the whole problem, parts included, and reports every problem
     * with its path.
     */
    public static final class Builder {
        private @Nullable Role role;
        private final List<Function<ViolationSink, Optional<Interview>>> interviews = new ArrayList<>();
        private Function<ViolationSink, Optional<PlanningOptions>> options = problems -> Optional.of(PlanningOptions.defaults());

        private Builder() {}

        /**
         * Starts from an existing problem: role, interviews and options are copied.
         *
         * @param problem the problem to copy
         * @return this builder
         * @throws NullPointerException if {@code problem} is {@code null}
         */
        public Builder from(PlanningProblem problem) {
            Objects.requireNonNull(problem, "problem");
            role = problem.role;
            interviews.clear();
            problem.interviews.forEach(this::addInterviews);
            return options(problem.options);
        }

        /**
         * Sets the role whose questions are planned.
         *
         * @param role a role, e.g. {@code BackendArchitect.role()}
         * @return this builder
         * @throws NullPointerException if {@code role} is {@code null}
         */
        public Builder role(Role role) {
            this.role = Objects.requireNonNull(role, "role");
            return this;
        }

        /**
         * Adds interviews at the end of the loop.
         *
         * @param interviews the interviews, in the order the candidate meets them
         * @return this builder
         * @throws NullPointerException if the array or one of its elements is {@code null}
         */
        public Builder addInterviews(Interview... interviews) {
            Objects.requireNonNull(interviews, "interviews");
            for (int i = 0; i < interviews.length; i++) {
                Interview interview = Objects.requireNonNull(interviews[i], "interviews[" + i + "]");
                this.interviews.add(problems -> Optional.of(interview));
            }
            return this;
        }

        /**
         * Adds an interview at the end of the loop, built when this problem is built, so that its
         * problems are reported with the problem's, under {@code interviews[i]}.
         *
         * @param interview the interview's builder; changes made to it until then count
         * @return this builder
         * @throws NullPointerException if {@code interview} is {@code null}
         */
        public Builder addInterviews(Interview.Builder interview) {
            this.interviews.add(Objects.requireNonNull(interview, "interview")::tryBuild);
            return this;
        }

        /**
         * Sets the options, replacing the defaults.
         *
         * @param options the options
         * @return this builder
         * @throws NullPointerException if {@code options} is {@code null}
         */
        public Builder options(PlanningOptions options) {
            Objects.requireNonNull(options, "options");
            this.options = problems -> Optional.of(options);
            return this;
        }

        /**
         * Sets the options, replacing the defaults, built when this problem is built, so that their
         * problems are reported with the problem's, under {@code options}.
         *
         * @param options the options' builder; changes made to it until then count
         * @return this builder
         * @throws NullPointerException if {@code options} is {@code null}
         */
        public Builder options(PlanningOptions.Builder options) {
            this.options = Objects.requireNonNull(options, "options")::tryBuild;
            return this;
        }

        /**
         * Builds the problem, checking the loop and the options against the role.
         *
         * @return the problem
         * @throws ContentException listing every problem with its path, those of the parts given as
         *     builders included
         */
        public PlanningProblem build() {
            return Violations.build("PlanningProblem", ContentException::new, this::tree);
        }

        /**
         * Builds the problem, or reports every problem instead of throwing: how a document reader
         * builds it.
         *
         * @param problems where the problems go, with paths relative to the problem
         * @return the problem, or empty when it or one of its parts has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<PlanningProblem> tryBuild(ViolationSink problems) {
            return Violations.tryBuild(problems, this::tree);
        }

        private @Nullable PlanningProblem tree(ViolationSink problems) {
            Checks.Counting out = new Checks.Counting(problems);
            if (role == null) {
                out.add("role", null, "is required");
            }
            if (interviews.isEmpty()) {
                out.add("interviews", null, "needs at least one interview");
            }
            List<@Nullable Interview> loop = new ArrayList<>();
            for (int i = 0; i < interviews.size(); i++) {
                loop.add(interviews.get(i).apply(out.under("interviews[" + i + "]")).orElse(null));
            }
            PlanningOptions built = options.apply(out.under("options")).orElse(null);
            if (role != null) {
                checkAgainstRole(role, loop, built, out);
            }
            if (!out.none() || role == null || built == null) {
                return null;
            }
            List<Interview> complete = new ArrayList<>();
            loop.forEach(interview -> complete.add(Objects.requireNonNull(interview)));
            return new PlanningProblem(role, complete, built);
        }

        /* Interviews and options that could not be built were reported as they are; the rest is checked here. */
        private static void checkAgainstRole(Role role, List<@Nullable Interview> loop, @Nullable PlanningOptions options,
                ViolationSink out) {
            Map<String, Integer> interviewIndex = new HashMap<>();
            for (int i = 0; i < loop.size(); i++) {
                Interview interview = loop.get(i);
                if (interview == null) {
                    continue;
                }
                String at = "interviews[" + i + "]";
                Integer earlier = interviewIndex.putIfAbsent(interview.id(), i);
                if (earlier != null) {
                    out.add(at + ".id", interview.id(), "repeats the id of interviews[" + earlier + "]");
                }
                if (role.questionsIn(interview.stage()).isEmpty()) {
                    out.add(at + ".stage", interview.stage().id(), "no question of role '" + role.id()
                            + "' has this stage");
                }
                requireCriteria(role, interview.mustCover(), at + ".mustCover", out);
                requireCriteria(role, interview.onlyCriteria(), at + ".onlyCriteria", out);
            }
            if (options == null) {
                return;
            }
            boolean loopComplete = loop.stream().allMatch(Objects::nonNull);
            List<Placement> pins = options.pins();
            for (int i = 0; i < pins.size(); i++) {
                Placement pin = pins.get(i);
                String at = "options.pins[" + i + "]";
                Optional<Question> question = requirePlacement(role, loop, pin, at, interviewIndex, loopComplete, out);
                if (question.isPresent() && minutesOf(question.get(), options).isEmpty()) {
                    out.add(at + ".question", pin.question(), "has no estimated minutes and "
                            + "options.defaultQuestionMinutes is not set, so it cannot be planned");
                }
            }
            List<Placement> bans = options.bans();
            for (int i = 0; i < bans.size(); i++) {
                requirePlacement(role, loop, bans.get(i), "options.bans[" + i + "]", interviewIndex, loopComplete, out);
            }
            checkScaledCoverage(role, options, out);
        }

        private static Optional<Question> requirePlacement(Role role, List<@Nullable Interview> loop, Placement placement,
                String at, Map<String, Integer> interviewIndex, boolean loopComplete, ViolationSink out) {
            Optional<Question> question = role.question(placement.question());
            if (question.isEmpty()) {
                out.add(at + ".question", placement.question(), "names no question of role '" + role.id() + "'");
            }
            Integer index = interviewIndex.get(placement.interview());
            if (index == null && loopComplete) {
                out.add(at + ".interview", placement.interview(), "names no interview of the loop");
            }
            Interview target = index == null ? null : loop.get(index);
            if (question.isPresent() && target != null && !question.get().category().equals(target.stage())) {
                out.add(at, placement.toString(), "question '" + placement.question() + "' is a "
                        + question.get().category() + " question and interview '" + target.id() + "' a "
                        + target.stage() + " interview; a question is placed only in an interview of its stage");
            }
            return question;
        }

        private static void requireCriteria(Role role, List<String> criteria, String path, ViolationSink out) {
            for (int i = 0; i < criteria.size(); i++) {
                if (role.criterion(criteria.get(i)).isEmpty()) {
                    out.add(path + "[" + i + "]", criteria.get(i), "names no criterion of role '" + role.id() + "'");
                }
            }
        }

        /* The solver works on weights scaled to integers; a weight too fine or too large would overflow. */
        private static void checkScaledCoverage(Role role, PlanningOptions options, ViolationSink out) {
            try {
                CoverageWeights.of(role.rubric().criteria(), criterion -> required(criterion, options));
            } catch (ArithmeticException tooLarge) {
                out.add("role.rubric.criteria", role.rubric().criteria().size() + " criteria",
                        "the weights, scaled to integers, give a weighted coverage above " + MAX_SCALED_COVERAGE
                                + ", more than the exact solver represents");
            }
        }
    }
}
