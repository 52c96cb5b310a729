package io.github.interviewkit.benchmarks;

import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.planning.PlanningProblem;
import io.github.interviewkit.planning.PlanningResult;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The interview planner against the hand-written greedy baseline ({@link GreedyPlanner}) in the
 * same run: the Backend Architect kit with a four-interview loop (solved to a proved optimum), and
 * a generated bank of 300 questions, 40 criteria and 8 interviews, solved to a proved optimum and
 * with a 2-second time limit. The problems are built once; each call plans from scratch, solver
 * models included. {@link PlanningFigures} prints the coverage of the plans beside each other.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanningBenchmark {
    static final InterviewPlanner TWO_SECONDS = InterviewPlanner.builder().timeLimit(Duration.ofSeconds(2)).build();

    PlanningProblem kit;
    PlanningProblem bank;

    /** Builds both problems once per trial; building is not measured. */
    @Setup
    public void setUp() {
        kit = PlanningLoops.kitFourInterviews();
        bank = PlanningLoops.generatedBank();
    }

    /** @return the kit's four-interview loop planned and proved optimal */
    @Benchmark
    public PlanningResult kitPlanner() {
        return InterviewPlanner.standard().plan(kit);
    }

    /** @return the greedy plan of the kit's loop */
    @Benchmark
    public GreedyPlanner.GreedyPlan kitGreedy() {
        return GreedyPlanner.plan(kit);
    }

    /** @return the generated bank planned without a limit, so to a proved optimum */
    @Benchmark
    public PlanningResult bankPlannerToOptimum() {
        return InterviewPlanner.standard().plan(bank);
    }

    /** @return the generated bank planned with a 2-second limit */
    @Benchmark
    public PlanningResult bankPlannerTwoSecondLimit() {
        return TWO_SECONDS.plan(bank);
    }

    /** @return the greedy plan of the generated bank */
    @Benchmark
    public GreedyPlanner.GreedyPlan bankGreedy() {
        return GreedyPlanner.plan(bank);
    }
}
