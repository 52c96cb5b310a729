package io.github.interviewkit.benchmarks;

import io.github.interviewkit.analytics.AdverseImpact;
import io.github.interviewkit.analytics.AdverseImpactReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Adverse-impact analysis of individual outcomes in 4 groups, counted and compared (impact ratios,
 * four-fifths rule, Fisher's exact test, z-test). The two sizes show the cost is linear in the
 * number of outcomes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AdverseImpactBenchmark {
    /** One applicant's outcome, labelled by the caller. */
    public record Outcome(String group, boolean selected) {}

    private static final String[] GROUPS = {"group-a", "group-b", "group-c", "group-d"};
    private static final double[] RATES = {0.30, 0.27, 0.22, 0.25};

    @Param({"100000", "1000000"})
    int outcomes;

    List<Outcome> data;

    /** Builds the outcomes once per trial; building is not measured. */
    @Setup
    public void setUp() {
        Random random = new Random(20261128L);
        data = new ArrayList<>(outcomes);
        for (int i = 0; i < outcomes; i++) {
            int group = random.nextInt(GROUPS.length);
            data.add(new Outcome(GROUPS[group], random.nextDouble() < RATES[group]));
        }
    }

    /** @return the report over all outcomes */
    @Benchmark
    public AdverseImpactReport adverseImpact() {
        return AdverseImpact.analyze(data, Outcome::group, Outcome::selected);
    }

    /**
     * The baseline: the counting pass alone, written by hand (selected and total per group label in
     * a hash map), without ratios, the four-fifths rule or any test.
     *
     * @return the tallies per group
     */
    @Benchmark
    public Map<String, long[]> baselineCounting() {
        Map<String, long[]> tallies = new HashMap<>();
        for (Outcome outcome : data) {
            long[] tally = tallies.computeIfAbsent(outcome.group(), group -> new long[2]);
            tally[0]++;
            if (outcome.selected()) {
                tally[1]++;
            }
        }
        return tallies;
    }
}
