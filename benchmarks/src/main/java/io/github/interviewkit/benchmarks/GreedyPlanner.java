package io.github.interviewkit.benchmarks;

import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.planning.Interview;
import io.github.interviewkit.planning.PlanningProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline: the greedy selection a developer writes by hand. Interview by interview, in loop
 * order, it adds the unplaced question of the interview's stage that fits the minutes left and adds
 * the most weighted coverage (ties: the longer one, then the earlier in the bank), until nothing
 * fits. It knows nothing of must-haves, focus, pins or bans and cannot say how good its plan is.
 */
final class GreedyPlanner {
    private GreedyPlanner() {}

    /** A greedy plan: the question ids per interview and its weighted coverage by the planner's definition. */
    record GreedyPlan(List<List<String>> interviews, BigDecimal coverage, int minutes) {}

    static GreedyPlan plan(PlanningProblem problem) {
        List<Question> bank = problem.role().questions();
        List<EvaluationCriterion> criteria = problem.role().rubric().criteria();
        Map<String, Set<String>> seenBy = new HashMap<>();
        Set<String> placed = new HashSet<>();
        List<List<String>> plan = new ArrayList<>();
        int total = 0;
        for (Interview interview : problem.interviews()) {
            int left = interview.minutes() - problem.options().reservedMinutes();
            List<String> chosen = new ArrayList<>();
            while (true) {
                Question best = null;
                BigDecimal bestGain = BigDecimal.ZERO;
                int bestMinutes = 0;
                for (Question question : bank) {
                    int minutes = problem.minutesOf(question).orElse(0);
                    if (minutes == 0 || minutes > left || placed.contains(question.id())
                            || !question.category().equals(interview.stage())) {
                        continue;
                    }
                    BigDecimal gain = gain(problem, criteria, seenBy, question, interview);
                    int byGain = gain.compareTo(bestGain);
                    if (best == null || byGain > 0 || (byGain == 0 && minutes > bestMinutes)) {
                        best = question;
                        bestGain = gain;
                        bestMinutes = minutes;
                    }
                }
                if (best == null) {
                    break;
                }
                chosen.add(best.id());
                placed.add(best.id());
                left -= bestMinutes;
                total += bestMinutes;
                for (String criterion : best.criteria()) {
                    seenBy.computeIfAbsent(criterion, id -> new HashSet<>()).addAll(interview.interviewers());
                }
            }
            plan.add(chosen);
        }
        BigDecimal coverage = BigDecimal.ZERO;
        for (EvaluationCriterion criterion : criteria) {
            int seen = seenBy.getOrDefault(criterion.id(), Set.of()).size();
            coverage = coverage.add(criterion.weight().multiply(BigDecimal.valueOf(Math.min(seen, problem.required(criterion)))));
        }
        return new GreedyPlan(plan, coverage, total);
    }

    private static BigDecimal gain(PlanningProblem problem, List<EvaluationCriterion> criteria,
            Map<String, Set<String>> seenBy, Question question, Interview interview) {
        BigDecimal gain = BigDecimal.ZERO;
        for (EvaluationCriterion criterion : criteria) {
            if (!question.criteria().contains(criterion.id())) {
                continue;
            }
            Set<String> now = seenBy.getOrDefault(criterion.id(), Set.of());
            Set<String> after = new HashSet<>(now);
            after.addAll(interview.interviewers());
            int required = problem.required(criterion);
            int added = Math.min(after.size(), required) - Math.min(now.size(), required);
            gain = gain.add(criterion.weight().multiply(BigDecimal.valueOf(added)));
        }
        return gain;
    }
}
