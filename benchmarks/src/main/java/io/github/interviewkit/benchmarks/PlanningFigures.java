package io.github.interviewkit.benchmarks;

import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.planning.Plan;
import io.github.interviewkit.planning.PlanningProblem;
import io.github.interviewkit.planning.PlanningResult;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Prints what {@link PlanningBenchmark} does not: the coverage, minutes and optimality of the
 * planner's plans beside the greedy baseline's, for the kit's loop and for the generated bank with
 * the 2-second limit and without a limit. Run it with
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.interviewkit.benchmarks.PlanningFigures}.
 */
public final class PlanningFigures {
    private PlanningFigures() {}

    /**
     * Prints the figures.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        report(out, "kit, four interviews", PlanningLoops.kitFourInterviews(), InterviewPlanner.standard());
        PlanningProblem bank = PlanningLoops.generatedBank();
        report(out, "bank 300/40/8, 2 s limit", bank, InterviewPlanner.builder().timeLimit(Duration.ofSeconds(2)).build());
        report(out, "bank 300/40/8, no limit", bank, InterviewPlanner.standard());
    }

    private static void report(PrintStream out, String name, PlanningProblem problem, InterviewPlanner planner) {
        PlanningResult result = planner.plan(problem);
        Plan plan = result.plan().orElseThrow();
        GreedyPlanner.GreedyPlan greedy = GreedyPlanner.plan(problem);
        out.println(name + ": planner " + result.status() + ", coverage " + plan.weightedCoverage().toPlainString() + " of "
                + plan.maximumWeightedCoverage().toPlainString() + ", " + plan.plannedMinutes() + " min, "
                + plan.questionCount() + " questions, " + plan.optimality() + " (" + result.statistics() + ")");
        out.println(name + ": greedy coverage " + greedy.coverage().toPlainString() + ", " + greedy.minutes() + " min, "
                + greedy.interviews().stream().mapToInt(java.util.List::size).sum() + " questions");
    }
}
