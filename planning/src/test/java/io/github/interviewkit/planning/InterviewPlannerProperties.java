package io.github.interviewkit.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.interviewkit.planning.BruteForce.Rule;
import io.github.interviewkit.planning.BruteForce.Scored;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The planner against {@link BruteForce}, the model solved by enumeration, over generated kits and
 * loops ({@link LoopGenerators}). Trial counts are modest so that the default build stays fast.
 */
class InterviewPlannerProperties {
    private static final InterviewPlanner PLANNER = InterviewPlanner.standard();

    @Test
    void optimum_isTheBruteForceOptimum_tieBreaksIncluded() {
        AtomicInteger plans = new AtomicInteger();
        qt().withExamples(120).forAll(LoopGenerators.problems(12)).checkAssert(problem -> {
            PlanningResult result = PLANNER.plan(problem);
            Optional<Scored> best = BruteForce.best(problem);
            if (best.isEmpty()) {
                assertEquals(PlanningStatus.IMPOSSIBLE, result.status(), result::toString);
                return;
            }
            assertEquals(PlanningStatus.OPTIMAL, result.status(), result::toString);
            Plan plan = result.plan().orElseThrow();
            assertEquals(best.get().order(), plan.order());
            assertEquals(0, best.get().coverage().compareTo(plan.weightedCoverage()), plan::toString);
            assertEquals(best.get().minutes(), plan.plannedMinutes());
            assertEquals(best.get().questions(), plan.questionCount());
            plans.incrementAndGet();
        });
        assertTrue(plans.get() >= 20, "only " + plans.get() + " generated loops had a plan");
    }

    @Test
    void everyPlan_satisfiesEveryHardConstraint_andExplainsItsFigures() {
        AtomicInteger plans = new AtomicInteger();
        qt().withExamples(80).forAll(LoopGenerators.problems(20)).checkAssert(problem -> {
            PlanningResult result = PLANNER.plan(problem);
            if (result.status() == PlanningStatus.IMPOSSIBLE) {
                assertTrue(result.conflict().isPresent() && result.plan().isEmpty());
                return;
            }
            assertEquals(PlanningStatus.OPTIMAL, result.status(), result::toString);
            Plan plan = result.plan().orElseThrow();
            assertEquals(List.of(), BruteForce.broken(problem, plan.order()), plan::explanation);
            for (PlannedInterview interview : plan.interviews()) {
                assertTrue(interview.unusedMinutes() >= 0, interview::toString);
                assertEquals(interview.interview().minutes() - problem.options().reservedMinutes(),
                        interview.plannedMinutes() + interview.unusedMinutes());
                interview.questions().forEach(question -> assertFalse(question.reasons().isEmpty()));
            }
            for (CriterionCoverage coverage : plan.coverage()) {
                assertEquals(BruteForce.seen(problem, indexes(problem, plan.order()), coverage.id()), coverage.seen());
            }
            plans.incrementAndGet();
        });
        assertTrue(plans.get() >= 20, "only " + plans.get() + " generated loops had a plan");
    }

    @Test
    void impossibleLoop_conflictCannotHold_andEachOfItsConstraintsIsNeeded() {
        AtomicInteger conflicts = new AtomicInteger();
        qt().withExamples(120).forAll(LoopGenerators.problems(8)).checkAssert(problem -> {
            PlanningResult result = PLANNER.plan(problem);
            if (result.status() != PlanningStatus.IMPOSSIBLE) {
                return;
            }
            Conflict conflict = result.conflict().orElseThrow();
            assertTrue(conflict.isMinimal());
            List<Rule> rules = conflict.constraints().stream().map(Rule::of).toList();
            assertTrue(BruteForce.rules(problem).containsAll(rules), rules::toString);
            assertFalse(BruteForce.feasible(problem, rules::contains), conflict::explanation);
            for (Rule needed : rules) {
                assertTrue(BruteForce.feasible(problem, rule -> rules.contains(rule) && !rule.equals(needed)),
                        () -> needed + " is not needed in " + conflict.explanation());
            }
            assertEquals(rules.size(), conflict.sentences().size());
            conflicts.incrementAndGet();
        });
        assertTrue(conflicts.get() >= 10, "only " + conflicts.get() + " generated loops were impossible");
    }

    private static int[][] indexes(PlanningProblem problem, List<List<String>> order) {
        List<String> ids = problem.role().questions().stream().map(io.github.interviewkit.model.Question::id).toList();
        return order.stream().map(interview -> interview.stream().mapToInt(ids::indexOf).toArray()).toArray(int[][]::new);
    }
}
