package io.github.interviewkit.benchmarks;

import io.github.interviewkit.analytics.Agreement;
import io.github.interviewkit.analytics.CategorySet;
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
 * Krippendorff's alpha over units x 5 raters on a 4-level scale, 10% of ratings missing. The two
 * sizes show the cost is linear in the number of units: the 100,000-unit figure should be about ten
 * times the 10,000-unit figure measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AgreementBenchmark {
    @Param({"10000", "100000"})
    int units;

    RatingMatrix matrix;
    int[][] plain;

    /** Builds the matrix once per trial; building is not measured. */
    @Setup
    public void setUp() {
        Random random = new Random(20261128L);
        Integer[][] ratings = new Integer[units][5];
        plain = new int[units][5];
        for (int u = 0; u < units; u++) {
            int truth = 1 + random.nextInt(4);
            for (int r = 0; r < 5; r++) {
                int value = Math.max(1, Math.min(4, truth + random.nextInt(3) - 1));
                ratings[u][r] = random.nextInt(10) == 0 ? null : value;
                plain[u][r] = ratings[u][r] == null ? 0 : value;
            }
        }
        matrix = RatingMatrix.of(CategorySet.of(1, 2, 3, 4), ratings);
    }

    /** @return alpha at the ordinal level (the most work per pair of categories) */
    @Benchmark
    public KrippendorffsAlpha krippendorffsAlphaOrdinal() {
        return Agreement.krippendorffsAlpha(matrix, MeasurementLevel.ORDINAL);
    }

    /** @return alpha at the nominal level */
    @Benchmark
    public KrippendorffsAlpha krippendorffsAlphaNominal() {
        return Agreement.krippendorffsAlpha(matrix, MeasurementLevel.NOMINAL);
    }

    /**
     * The baseline: nominal alpha written by hand over an {@code int[][]} (0 = missing), the
     * coincidence counts and the two disagreements, with no checks, no result object and no
     * undefined cases.
     *
     * @return nominal alpha
     */
    @Benchmark
    public double baselineNominalAlpha() {
        return HandWritten.nominalAlpha(plain);
    }
}
