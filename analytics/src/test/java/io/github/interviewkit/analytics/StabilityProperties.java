package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every statistic against exact arithmetic computed here, independently, in BigDecimal at 50
 * digits: within 1e-12 relative on generated data, and those invariant to shifting the scores
 * (the intraclass correlations) stay so at offsets up to 1e12, where a raw sum of squares loses
 * every digit. The ten-million-rating runs of the same comparison are a documented command
 * (benchmarks/README.md, {@code ScaleFigures}), not part of the build.
 */
class StabilityProperties {
    private static final MathContext EXACT = new MathContext(50);
    private static final double RELATIVE = 1e-12;

    private static void assertRelative(BigDecimal exact, double actual, String what) {
        // The floor stands for this test's own rounding at 50 digits: an exact 0 comes out as 1e-50.
        assertWithin(exact, actual, Math.max(Math.abs(exact.doubleValue()), 1e-30), what);
    }

    /**
     * Within 1e-12 of a scale: the figure itself, or where a figure can be exactly 0 the magnitude
     * it is measured against (the largest mean square; 1 for a correlation, which lies in [-1, 1]).
     */
    private static void assertWithin(BigDecimal exact, double actual, double scale, String what) {
        double expected = exact.doubleValue();
        assertTrue(Math.abs(expected - actual) <= RELATIVE * scale, what + ": exact " + expected + ", got " + actual);
    }

    /** The two-way analysis of variance, exactly: {BMS, WMS, JMS, EMS}. */
    static BigDecimal[] meanSquares(double[][] x) {
        int n = x.length;
        int k = x[0].length;
        BigDecimal grand = BigDecimal.ZERO;
        BigDecimal[] rows = new BigDecimal[n];
        BigDecimal[] columns = new BigDecimal[k];
        java.util.Arrays.fill(columns, BigDecimal.ZERO);
        for (int i = 0; i < n; i++) {
            rows[i] = BigDecimal.ZERO;
            for (int j = 0; j < k; j++) {
                BigDecimal v = new BigDecimal(x[i][j]);
                rows[i] = rows[i].add(v);
                columns[j] = columns[j].add(v);
                grand = grand.add(v);
            }
        }
        BigDecimal mean = grand.divide(BigDecimal.valueOf((long) n * k), EXACT);
        BigDecimal targets = BigDecimal.ZERO;
        BigDecimal judges = BigDecimal.ZERO;
        BigDecimal within = BigDecimal.ZERO;
        BigDecimal error = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal rowMean = rows[i].divide(BigDecimal.valueOf(k), EXACT);
            targets = targets.add(rowMean.subtract(mean).pow(2));
            for (int j = 0; j < k; j++) {
                BigDecimal v = new BigDecimal(x[i][j]);
                BigDecimal columnMean = columns[j].divide(BigDecimal.valueOf(n), EXACT);
                within = within.add(v.subtract(rowMean).pow(2));
                error = error.add(v.subtract(rowMean).subtract(columnMean).add(mean).pow(2));
            }
        }
        for (int j = 0; j < k; j++) {
            judges = judges.add(columns[j].divide(BigDecimal.valueOf(n), EXACT).subtract(mean).pow(2));
        }
        return new BigDecimal[] {
            targets.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(n - 1), EXACT),
            within.divide(BigDecimal.valueOf((long) n * (k - 1)), EXACT),
            judges.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(k - 1), EXACT),
            error.divide(BigDecimal.valueOf((long) (n - 1) * (k - 1)), EXACT),
        };
    }

    @Test
    void intraclassCorrelation_isExactToRoundingAtAnyOffset() {
        qt().withExamples(150).forAll(longs().all(), integers().between(2, 300), integers().between(2, 6))
                .checkAssert((seed, targets, judges) -> {
                    Random random = new Random(seed);
                    double[][] base = new double[targets][judges];
                    int[] bias = new int[judges];
                    for (int j = 0; j < judges; j++) {
                        bias[j] = random.nextInt(3);
                    }
                    for (double[] row : base) {
                        int truth = random.nextInt(5);
                        for (int j = 0; j < judges; j++) {
                            row[j] = 1 + truth + bias[j] + random.nextInt(3) * 0.5;
                        }
                    }
                    IntraclassCorrelation reference = Agreement.intraclassCorrelation(base, 0.95);
                    for (double offset : new double[] {0, 1e8, 1e12}) {
                        double[][] shifted = new double[targets][judges];
                        for (int i = 0; i < targets; i++) {
                            for (int j = 0; j < judges; j++) {
                                shifted[i][j] = base[i][j] + offset;
                            }
                        }
                        BigDecimal[] exact = meanSquares(shifted);
                        IntraclassCorrelation icc = Agreement.intraclassCorrelation(shifted, 0.95);
                        String at = " at offset " + offset;
                        double scale = 0;
                        for (BigDecimal meanSquare : exact) {
                            scale = Math.max(scale, meanSquare.doubleValue());
                        }
                        assertWithin(exact[0], icc.betweenTargetsMeanSquare(), scale, "BMS" + at);
                        assertWithin(exact[1], icc.withinTargetsMeanSquare(), scale, "WMS" + at);
                        assertWithin(exact[2], icc.betweenJudgesMeanSquare(), scale, "JMS" + at);
                        assertWithin(exact[3], icc.errorMeanSquare(), scale, "EMS" + at);
                        // ICC(3,1) = (BMS - EMS) / (BMS + (k - 1) EMS), exactly
                        BigDecimal denominator = exact[0].add(exact[3].multiply(BigDecimal.valueOf(judges - 1)));
                        assertEquals(denominator.signum() != 0, icc.get(IccForm.ICC_3_1).estimate().isDefined(),
                                "ICC(3,1) defined" + at);
                        if (denominator.signum() != 0) {
                            assertWithin(exact[0].subtract(exact[3]).divide(denominator, EXACT),
                                    icc.get(IccForm.ICC_3_1).estimate().value().getAsDouble(), 1, "ICC(3,1)" + at);
                        }
                        for (IccForm form : IccForm.values()) {
                            Coefficient a = reference.get(form).estimate();
                            Coefficient b = icc.get(form).estimate();
                            assertEquals(a.isDefined(), b.isDefined(), form + at);
                            if (a.isDefined()) {
                                assertWithin(new BigDecimal(a.value().getAsDouble()), b.value().getAsDouble(), 1,
                                        form + " shifted" + at);
                            }
                        }
                    }
                });
    }

    /** Interval alpha by its definition over pairs (Krippendorff 2011, D_o and D_e), in exact arithmetic. */
    static BigDecimal exactIntervalAlpha(int[][] rows, int missing) {
        BigDecimal observed = BigDecimal.ZERO;
        BigInteger n = BigInteger.ZERO;
        BigInteger sum = BigInteger.ZERO;
        BigInteger squares = BigInteger.ZERO;
        for (int[] row : rows) {
            long m = 0;
            BigInteger unitSum = BigInteger.ZERO;
            BigInteger unitSquares = BigInteger.ZERO;
            for (int value : row) {
                if (value != missing) {
                    m++;
                    unitSum = unitSum.add(BigInteger.valueOf(value));
                    unitSquares = unitSquares.add(BigInteger.valueOf((long) value * value));
                }
            }
            if (m < 2) {
                continue;
            }
            // sum over ordered pairs i != j of (x_i - x_j)^2 = 2 m sum x^2 - 2 (sum x)^2
            BigInteger pairs = unitSquares.multiply(BigInteger.valueOf(2 * m)).subtract(unitSum.pow(2).shiftLeft(1));
            observed = observed.add(new BigDecimal(pairs).divide(BigDecimal.valueOf(m - 1), EXACT));
            n = n.add(BigInteger.valueOf(m));
            sum = sum.add(unitSum);
            squares = squares.add(unitSquares);
        }
        BigInteger expectedPairs = squares.multiply(n).shiftLeft(1).subtract(sum.pow(2).shiftLeft(1));
        // alpha = 1 - (n - 1) * observed / expected
        return BigDecimal.ONE.subtract(new BigDecimal(n.subtract(BigInteger.ONE)).multiply(observed)
                .divide(new BigDecimal(expectedPairs), EXACT));
    }

    @Test
    void intervalAlpha_isExactToRounding_andInvariantToShiftingAndScalingTheScale() {
        qt().withExamples(150).forAll(longs().all(), integers().between(2, 2000), integers().between(2, 6))
                .checkAssert((seed, units, raters) -> {
                    int[][] rows = PartialsProperties.ratings(seed, units, raters);
                    BigDecimal exact = exactIntervalAlpha(rows, 0);
                    Coefficient alpha = Agreement.krippendorffsAlpha(CategorySet.of(1, 2, 3, 4), rows, 0,
                            MeasurementLevel.INTERVAL).alpha();
                    if (!alpha.isDefined()) {
                        return;
                    }
                    assertRelative(exact, alpha.value().getAsDouble(), "interval alpha");
                    // the same data on the scale 1e6 + 1000 v: shifted and scaled, the same alpha, exactly
                    int[][] moved = new int[rows.length][];
                    for (int u = 0; u < rows.length; u++) {
                        moved[u] = new int[rows[u].length];
                        for (int r = 0; r < rows[u].length; r++) {
                            moved[u][r] = rows[u][r] == 0 ? 0 : 1_000_000 + 1000 * rows[u][r];
                        }
                    }
                    Coefficient movedAlpha = Agreement.krippendorffsAlpha(
                            CategorySet.of(1_001_000, 1_002_000, 1_003_000, 1_004_000), moved, 0,
                            MeasurementLevel.INTERVAL).alpha();
                    assertEquals(alpha, movedAlpha);
                });
    }

    @Test
    void fleissKappa_isExactToRounding() {
        qt().withExamples(150).forAll(longs().all(), integers().between(1, 2000), integers().between(2, 8))
                .checkAssert((seed, units, raters) -> {
                    int[][] rows = PartialsProperties.ratings(seed, units, raters);
                    for (int[] row : rows) {
                        for (int r = 0; r < row.length; r++) {
                            row[r] = row[r] == 0 ? 1 : row[r];
                        }
                    }
                    // P-bar = (sum n_uc^2 - N m) / (N m (m - 1)), P-bar-e = sum (t_c / N m)^2, exactly
                    long sumSquares = 0;
                    long[] totals = new long[4];
                    for (int[] row : rows) {
                        long[] counts = new long[4];
                        for (int value : row) {
                            counts[value - 1]++;
                        }
                        for (int c = 0; c < 4; c++) {
                            sumSquares += counts[c] * counts[c];
                            totals[c] += counts[c];
                        }
                    }
                    BigDecimal total = BigDecimal.valueOf((long) units * raters);
                    BigDecimal observed = BigDecimal.valueOf(sumSquares).subtract(total)
                            .divide(total.multiply(BigDecimal.valueOf(raters - 1)), EXACT);
                    BigDecimal expected = BigDecimal.ZERO;
                    for (long t : totals) {
                        expected = expected.add(BigDecimal.valueOf(t).divide(total, EXACT).pow(2));
                    }
                    FleissKappa kappa = Agreement.fleissKappa(CategorySet.of(1, 2, 3, 4), rows, 0);
                    assertRelative(observed, kappa.observedAgreement().value().orElseThrow(), "P-bar");
                    assertRelative(expected, kappa.expectedAgreement().value().orElseThrow(), "P-bar-e");
                    if (expected.compareTo(BigDecimal.ONE) != 0) {
                        assertRelative(observed.subtract(expected).divide(BigDecimal.ONE.subtract(expected), EXACT),
                                kappa.kappa().value().orElseThrow(), "kappa");
                    }
                });
    }
}
