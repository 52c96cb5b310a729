package io.github.interviewkit.planning;

import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the solver's plan into a {@link Plan} that explains itself. Everything here is computed
 * from the plan and the problem by the model's definitions, not taken from the solver, so an
 * explanation states what holds.
 */
final class PlanExplainer {
    private final CompiledLoop loop;
    private final int[][] plan;

    private PlanExplainer(CompiledLoop loop, int[][] plan) {
        this.loop = loop;
        this.plan = plan;
    }

    static Plan explain(CompiledLoop loop, int[][] plan, Optimality optimality) {
        return new PlanExplainer(loop, plan).explain(optimality);
    }

    private Plan explain(Optimality optimality) {
        PlanningProblem problem = loop.problem;
        List<PlannedInterview> interviews = new ArrayList<>();
        for (int i = 0; i < plan.length; i++) {
            int interview = i;
            List<PlannedQuestion> questions = new ArrayList<>();
            Arrays.stream(plan[i]).map(k -> loop.candidates[interview][k]).sorted()
                    .forEach(q -> questions.add(question(interview, q)));
            interviews.add(new PlannedInterview(loop.interview(i), problem.options().reservedMinutes(), questions));
        }
        List<CriterionCoverage> coverage = new ArrayList<>();
        for (int c = 0; c < loop.criteria.size(); c++) {
            List<String> holding = new ArrayList<>();
            for (int i = 0; i < plan.length; i++) {
                if (loop.holds(plan, i, c)) {
                    holding.add(loop.interview(i).id());
                }
            }
            List<String> people = Arrays.stream(loop.interviewersSeeing(plan, c)).mapToObj(loop.interviewers::get).toList();
            coverage.add(new CriterionCoverage(loop.criteria.get(c), loop.weights.required[c], holding, people));
        }
        return new Plan(problem, interviews, coverage, loop.weights.decimal(loop.scaledCoverage(plan)),
                loop.weights.decimal(loop.weights.maximum), optimality);
    }

    private PlannedQuestion question(int interview, int q) {
        Question question = loop.questions.get(q);
        Interview where = loop.interview(interview);
        List<ChoiceReason> reasons = new ArrayList<>();
        List<String> why = new ArrayList<>();
        if (loop.problem.options().pins().contains(Placement.of(question.id(), where.id()))) {
            reasons.add(ChoiceReason.PINNED);
            why.add("pinned to this interview");
        }
        List<String> onlySource = new ArrayList<>();
        for (String criterion : where.mustCover()) {
            int c = criterionIndex(criterion);
            if (loop.informs[q][c] && onlyQuestionOn(interview, c, q)) {
                onlySource.add("`" + criterion + "`");
            }
        }
        if (!onlySource.isEmpty()) {
            reasons.add(ChoiceReason.MUST_COVER);
            why.add("the interview must cover " + String.join(" and ", onlySource) + ", and this is its only question on "
                    + (onlySource.size() == 1 ? "it" : "them"));
        }
        int[][] without = without(interview, q);
        List<String> losses = new ArrayList<>();
        for (int c = 0; c < loop.criteria.size(); c++) {
            int required = loop.weights.required[c];
            int seen = loop.interviewersSeeing(plan, c).length;
            int seenWithout = loop.interviewersSeeing(without, c).length;
            if (Math.min(seenWithout, required) < Math.min(seen, required)) {
                losses.add("`" + loop.criteria.get(c).id() + "` " + (losses.isEmpty() ? "would be seen " : "")
                        + "by " + (seenWithout == 0 ? "nobody" : CompiledLoop.interviewers(seenWithout)) + " instead of " + seen);
            }
        }
        if (!losses.isEmpty()) {
            reasons.add(ChoiceReason.COVERAGE);
            why.add("without it " + String.join(" and ", losses));
        }
        if (reasons.isEmpty()) {
            reasons.add(ChoiceReason.MINUTES);
            why.add("it fills " + loop.minutes[q] + (loop.minutes[q] == 1 ? " minute" : " minutes") + "; "
                    + (question.criteria().isEmpty() ? "it informs no criterion"
                            : "every criterion it informs is covered as required without it"));
        }
        return new PlannedQuestion(question, loop.minutes[q], question.estimatedMinutes().isPresent(), reasons,
                String.join("; ", why));
    }

    private boolean onlyQuestionOn(int interview, int criterion, int question) {
        return Arrays.stream(plan[interview]).map(k -> loop.candidates[interview][k])
                .noneMatch(other -> other != question && loop.informs[other][criterion]);
    }

    private int[][] without(int interview, int question) {
        int[][] copy = plan.clone();
        copy[interview] = Arrays.stream(plan[interview]).filter(k -> loop.candidates[interview][k] != question).toArray();
        return copy;
    }

    private int criterionIndex(String id) {
        List<EvaluationCriterion> criteria = loop.criteria;
        for (int c = 0; c < criteria.size(); c++) {
            if (criteria.get(c).id().equals(id)) {
                return c;
            }
        }
        throw new IllegalStateException("no criterion " + id);
    }
}
