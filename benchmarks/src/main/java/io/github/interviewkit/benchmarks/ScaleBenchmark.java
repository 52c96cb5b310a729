package io.github.interviewkit.benchmarks;

import io.github.interviewkit.analytics.Agreement;
import io.github.interviewkit.analytics.CategorySet;
import io.github.interviewkit.analytics.FleissKappa;
import io.github.interviewkit.analytics.KrippendorffsAlpha;
import io.github.interviewkit.analytics.MeasurementLevel;
import io.github.interviewkit.analytics.SelectionFlow;
import io.github.interviewkit.analytics.SelectionFlowReport;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The single-machine path at scale: 10 million ratings (2,000,000 units x 5 raters, a 4-level
 * scale, 10% missing) for alpha and Fleiss, and 10 million candidates' outcomes through a
 * three-stage flow for adverse impact per stage, each beside its hand-written loop. Not part of
 * the build; see benchmarks/README.md for the command (it needs about 3 GB of heap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaleBenchmark {
    private static final CategorySet FOUR = CategorySet.of(1, 2, 3, 4);
    private static final SelectionFlow FLOW = SelectionFlow.of("screen", "interview", "offer");
    private static final String[] GROUPS = {"group-a", "group-b", "group-c", "group-d"};

    /** One candidate's outcome: group, last stage (index into the flow) and whether they passed it. */
    public record Outcome(String group, String stage, int stageIndex, boolean passed) {}

    int[][] withMissing;
    int[][] complete;
    Outcome[] outcomes;

    /** Builds the data once per trial; building is not measured. */
    @Setup
    public void setUp() {
        Random random = new Random(20261202L);
        int units = 2_000_000;
        withMissing = new int[units][5];
        complete = new int[units][5];
        for (int u = 0; u < units; u++) {
            int truth = 1 + random.nextInt(4);
            for (int r = 0; r < 5; r++) {
                int value = Math.max(1, Math.min(4, truth + random.nextInt(3) - 1));
                complete[u][r] = value;
                withMissing[u][r] = random.nextInt(10) == 0 ? 0 : value;
            }
        }
        outcomes = new Outcome[10_000_000];
        for (int i = 0; i < outcomes.length; i++) {
            int group = random.nextInt(GROUPS.length);
            int stage = 0;
            while (stage < 2 && random.nextDouble() < 0.7 - 0.05 * group) {
                stage++;
            }
            outcomes[i] = new Outcome(GROUPS[group], FLOW.stages().get(stage), stage, random.nextInt(3) > 0);
        }
    }

    /** @return nominal alpha over 10 million ratings from {@code int[][]} */
    @Benchmark
    public KrippendorffsAlpha alpha() {
        return Agreement.krippendorffsAlpha(FOUR, withMissing, 0, MeasurementLevel.NOMINAL);
    }

    /** @return nominal alpha by hand */
    @Benchmark
    public double baselineAlpha() {
        return HandWritten.nominalAlpha(withMissing);
    }

    /** @return Fleiss' kappa over 10 million complete ratings */
    @Benchmark
    public FleissKappa fleiss() {
        return Agreement.fleissKappa(FOUR, complete, 0);
    }

    /** @return Fleiss' kappa by hand */
    @Benchmark
    public double baselineFleiss() {
        return HandWritten.fleissKappa(complete);
    }

    /** @return adverse impact at each stage and the bottom line over 10 million outcomes */
    @Benchmark
    public SelectionFlowReport adverseImpactPerStage() {
        return FLOW.analyze(java.util.Arrays.asList(outcomes), Outcome::group, Outcome::stage, Outcome::passed);
    }

    /**
     * The baseline: the counting pass alone, by hand (per group, candidates ending at each stage,
     * passed or not, in a hash map), without any comparison or test.
     *
     * @return the tallies
     */
    @Benchmark
    public Map<String, long[]> baselineCountingPerStage() {
        Map<String, long[]> tallies = new HashMap<>();
        for (Outcome outcome : outcomes) {
            long[] tally = tallies.computeIfAbsent(outcome.group(), group -> new long[6]);
            tally[2 * outcome.stageIndex() + (outcome.passed() ? 1 : 0)]++;
        }
        return tallies;
    }
}
