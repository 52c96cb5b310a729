package io.github.interviewkit.planning;

import io.github.interviewkit.model.io.ContentFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A plan for an interview loop that explains itself: every interview with its questions (each with
 * the criteria and competencies it covers and why it was chosen) and its unused minutes, every
 * criterion with the interviewers who will see it, the figures of the objective, and whether the
 * plan is proved to be the best one.
 *
 * <p>Every plan the planner returns satisfies every hard constraint of the model described in
 * {@link InterviewPlanner}; the figures here can be checked against it by hand.
 */
public final class Plan {
    private final PlanningProblem problem;
    private final List<PlannedInterview> interviews;
    private final List<CriterionCoverage> coverage;
    private final BigDecimal weightedCoverage;
    private final BigDecimal maximumWeightedCoverage;
    private final Optimality optimality;

    Plan(PlanningProblem problem, List<PlannedInterview> interviews, List<CriterionCoverage> coverage,
            BigDecimal weightedCoverage, BigDecimal maximumWeightedCoverage, Optimality optimality) {
        this.problem = problem;
        this.interviews = List.copyOf(interviews);
        this.coverage = List.copyOf(coverage);
        this.weightedCoverage = weightedCoverage;
        this.maximumWeightedCoverage = maximumWeightedCoverage;
        this.optimality = optimality;
    }

    /** @return the problem this plan is for */
    public PlanningProblem problem() {
        return problem;
    }

    /** @return the planned interviews, one per interview of the loop, in loop order */
    public List<PlannedInterview> interviews() {
        return interviews;
    }

    /**
     * Returns the planned interview with an id.
     *
     * @param id an interview id
     * @return the planned interview, or empty if the loop has none with that id
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public Optional<PlannedInterview> interview(String id) {
        Objects.requireNonNull(id, "id");
        return interviews.stream().filter(interview -> interview.id().equals(id)).findFirst();
    }

    /** @return the coverage of every criterion of the role's rubric, in rubric order */
    public List<CriterionCoverage> coverage() {
        return coverage;
    }

    /**
     * Returns the coverage of a criterion.
     *
     * @param criterionId a criterion id
     * @return its coverage, or empty if the rubric has no criterion with that id
     * @throws NullPointerException if {@code criterionId} is {@code null}
     */
    public Optional<CriterionCoverage> coverage(String criterionId) {
        Objects.requireNonNull(criterionId, "criterionId");
        return coverage.stream().filter(entry -> entry.id().equals(criterionId)).findFirst();
    }

    /**
     * @return objective (a): {@code sum over criteria of weight(c) * min(seen(c), required(c))},
     *     exact, at the scale of the most precise weight
     */
    public BigDecimal weightedCoverage() {
        return weightedCoverage;
    }

    /** @return the weighted coverage of an ideal plan, in which every criterion has {@code required(c)} interviewers */
    public BigDecimal maximumWeightedCoverage() {
        return maximumWeightedCoverage;
    }

    /** @return objective (b): the minutes of all planned questions */
    public int plannedMinutes() {
        return interviews.stream().mapToInt(PlannedInterview::plannedMinutes).sum();
    }

    /** @return objective (c): the number of planned questions */
    public int questionCount() {
        return interviews.stream().mapToInt(interview -> interview.questions().size()).sum();
    }

    /** @return objective (d): per interview in loop order, its sorted question ids */
    public List<List<String>> order() {
        return interviews.stream().map(PlannedInterview::sortedQuestionIds).toList();
    }

    /** @return whether the plan is proved to be the best, and the bound if not */
    public Optimality optimality() {
        return optimality;
    }

    /**
     * Writes this plan as a JSON or YAML document, for tools that pass plans on: the role's id and
     * content version, the optimality, the objective's figures, every interview with its questions
     * (minutes, criteria, competencies, reasons) and unused minutes, and every criterion with its
     * interviewers, in a fixed order ({@link #jsonSchema()} describes it). Plans are written, not
     * read: a plan is the planner's answer to a problem, and one read back could not be trusted
     * without planning the problem again; the problem has its own document
     * ({@link PlanningProblem#write}).
     *
     * @param format the format
     * @return the document, ending with a line end
     * @throws NullPointerException if {@code format} is {@code null}
     */
    public String write(ContentFormat format) {
        return PlanDocument.CODEC.write(this, Objects.requireNonNull(format, "format"));
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the plan document written by
     * {@link #write(ContentFormat)}, whose {@code $id} is {@code https://interviewkit.github.io/schemas/1/plan.schema.json}.
     *
     * @return the schema, as JSON text
     */
    public static String jsonSchema() {
        return PlanningSchemas.text("plan.schema.json");
    }

    /**
     * Explains the plan in plain text, one line per interview, question and criterion.
     *
     * @return the explanation, lines separated by {@code \n}
     */
    public String explanation() {
        StringBuilder text = new StringBuilder();
        text.append("Plan for ").append(problem.role().title()).append(" (").append(problem.role().id()).append("): ")
                .append(interviews.size()).append(interviews.size() == 1 ? " interview, " : " interviews, ")
                .append(questionCount()).append(questionCount() == 1 ? " question, " : " questions, ")
                .append(plannedMinutes()).append(" planned minutes; ").append(optimality).append(".\n");
        text.append("Weighted coverage ").append(weightedCoverage.toPlainString()).append(" of ")
                .append(maximumWeightedCoverage.toPlainString()).append(".\n");
        for (PlannedInterview interview : interviews) {
            Interview loop = interview.interview();
            text.append('\n').append(loop.id()).append(" (").append(loop.stage()).append(", ").append(loop.minutes())
                    .append(" min: ").append(interview.reservedMinutes()).append(" reserved, ")
                    .append(interview.plannedMinutes()).append(" planned, ").append(interview.unusedMinutes())
                    .append(" unused) with ").append(String.join(", ", loop.interviewers())).append('\n');
            if (interview.questions().isEmpty()) {
                text.append("  (no questions)\n");
            }
            for (PlannedQuestion question : interview.questions()) {
                text.append("  - ").append(question.id()).append(" (").append(question.minutes()).append(" min")
                        .append(question.minutesEstimated() ? "" : ", assumed").append(")");
                text.append(question.criteria().isEmpty() ? " informs no criterion"
                        : " informs " + String.join(", ", question.criteria()));
                if (!question.competencies().isEmpty()) {
                    text.append("; probes ").append(String.join(", ", question.competencies()));
                }
                text.append("\n      why: ").append(question.why()).append('\n');
            }
        }
        text.append("\nCoverage:\n");
        for (CriterionCoverage entry : coverage) {
            text.append("  - ").append(entry.id()).append(" (").append(entry.criterion().mustHave() ? "must-have, " : "")
                    .append("weight ").append(entry.criterion().weight().toPlainString()).append(", needs ")
                    .append(entry.required()).append("): ");
            if (entry.interviewers().isEmpty()) {
                text.append("seen by nobody");
            } else {
                text.append("seen by ").append(String.join(", ", entry.interviewers())).append(" in ")
                        .append(String.join(", ", entry.interviews()));
            }
            text.append(" -> ").append(entry.weightedCredit().toPlainString()).append('\n');
        }
        return text.toString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Plan that && problem.equals(that.problem) && interviews.equals(that.interviews)
                && coverage.equals(that.coverage) && weightedCoverage.equals(that.weightedCoverage)
                && maximumWeightedCoverage.equals(that.maximumWeightedCoverage) && optimality.equals(that.optimality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(problem, interviews, coverage, weightedCoverage, optimality);
    }

    /** @return the interviews with their question ids, the coverage and the optimality on one line */
    @Override
    public String toString() {
        return "Plan" + interviews + " coverage " + weightedCoverage.toPlainString() + ", " + plannedMinutes()
                + " min, " + questionCount() + " questions, " + optimality;
    }
}
