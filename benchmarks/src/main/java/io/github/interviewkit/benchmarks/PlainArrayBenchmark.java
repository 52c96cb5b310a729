package io.github.interviewkit.benchmarks;

import io.github.interviewkit.analytics.Agreement;
import io.github.interviewkit.analytics.CategorySet;
import io.github.interviewkit.analytics.FleissKappa;
import io.github.interviewkit.analytics.KrippendorffsAlpha;
import io.github.interviewkit.analytics.MeasurementLevel;
import io.github.interviewkit.analytics.RatingMatrix;
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
 * Agreement straight from plain {@code int[][]} ratings (units x 5 raters, a 4-level scale, 0 for
 * missing), end to end, beside the hand-written loops of the same run: alpha before (boxing into
 * {@code Integer[][]} and building a {@link RatingMatrix}, what a caller had to do) and after (the
 * plain-array path), and Fleiss' kappa on complete ratings. Run with {@code -prof gc} for the
 * bytes allocated per call: the plain-array paths allocate the same at 10,000 and 100,000 units.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlainArrayBenchmark {
    private static final CategorySet FOUR = CategorySet.of(1, 2, 3, 4);

    @Param({"10000", "100000"})
    int units;

    int[][] withMissing;
    int[][] complete;

    /** Builds the arrays once per trial; building is not measured. */
    @Setup
    public void setUp() {
        Random random = new Random(20261202L);
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
    }

    /** @return nominal alpha from {@code int[][]} as a caller had to compute it before: boxed, then a matrix */
    @Benchmark
    public KrippendorffsAlpha alphaFromIntArrayBefore() {
        Integer[][] boxed = new Integer[withMissing.length][];
        for (int u = 0; u < boxed.length; u++) {
            boxed[u] = new Integer[withMissing[u].length];
            for (int r = 0; r < boxed[u].length; r++) {
                boxed[u][r] = withMissing[u][r] == 0 ? null : withMissing[u][r];
            }
        }
        return Agreement.krippendorffsAlpha(RatingMatrix.of(FOUR, boxed), MeasurementLevel.NOMINAL);
    }

    /** @return nominal alpha from {@code int[][]} through the plain-array path */
    @Benchmark
    public KrippendorffsAlpha alphaFromIntArray() {
        return Agreement.krippendorffsAlpha(FOUR, withMissing, 0, MeasurementLevel.NOMINAL);
    }

    /** @return ordinal alpha from {@code int[][]} through the plain-array path */
    @Benchmark
    public KrippendorffsAlpha alphaOrdinalFromIntArray() {
        return Agreement.krippendorffsAlpha(FOUR, withMissing, 0, MeasurementLevel.ORDINAL);
    }

    /** @return nominal alpha by hand, the loop of {@link AgreementBenchmark#baselineNominalAlpha()} */
    @Benchmark
    public double baselineNominalAlpha() {
        return HandWritten.nominalAlpha(withMissing);
    }

    /** @return Fleiss' kappa from {@code int[][]} through the plain-array path */
    @Benchmark
    public FleissKappa fleissFromIntArray() {
        return Agreement.fleissKappa(FOUR, complete, 0);
    }

    /** @return Fleiss' kappa by hand */
    @Benchmark
    public double baselineFleiss() {
        return HandWritten.fleissKappa(complete);
    }
}
