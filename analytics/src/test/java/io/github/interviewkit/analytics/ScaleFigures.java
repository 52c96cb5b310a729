package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exactness figures at scale, against exact arithmetic computed here: 10 million ratings
 * (2,000,000 units x 5 raters, scale 1-5) for alpha, Fleiss' kappa and the intraclass
 * correlations, and 200,000 x 5 scores shifted by 0, 1e8 and 1e12 for the intraclass
 * correlations. Not part of the build (about a minute, 2 GB of heap); run it with
 * {@code mvn -B -pl analytics -am test -Dtest=ScaleFigures -Dsurefire.failIfNoSpecifiedTests=false}.
 * It prints each relative error and fails above 1e-12.
 */
class ScaleFigures {
    private static final MathContext EXACT = new MathContext(40);

    private static double relative(BigDecimal exact, double actual) {
        double expected = exact.doubleValue();
        return Math.abs(expected - actual) / Math.abs(expected);
    }

    private static void report(String what, double error) {
        System.out.printf("%-60s relative error %.2e%n", what, error);
        assertTrue(error <= 1e-12, what + ": " + error);
    }

    @Test
    void tenMillionRatings() {
        Random random = new Random(20261202L);
        int units = 2_000_000;
        int raters = 5;
        int[][] ratings = new int[units][raters];
        double[][] scores = new double[units][raters];
        for (int u = 0; u < units; u++) {
            int truth = 1 + random.nextInt(5);
            for (int r = 0; r < raters; r++) {
                ratings[u][r] = Math.max(1, Math.min(5, truth + random.nextInt(3) - 1));
                scores[u][r] = ratings[u][r];
            }
        }
        CategorySet five = CategorySet.of(1, 2, 3, 4, 5);
        // exact interval alpha: 1 - (n - 1) sum_u [2 m sum x^2 - 2 (sum x)^2] / (m - 1) / (2 n sum x^2 - 2 (sum x)^2)
        BigInteger observed = BigInteger.ZERO;
        long sum = 0;
        long squares = 0;
        long[] totals = new long[6];
        long countSquares = 0;
        for (int[] row : ratings) {
            long unitSum = 0;
            long unitSquares = 0;
            int[] counts = new int[6];
            for (int value : row) {
                unitSum += value;
                unitSquares += (long) value * value;
                counts[value]++;
            }
            observed = observed.add(BigInteger.valueOf(2L * raters * unitSquares - 2 * unitSum * unitSum));
            sum += unitSum;
            squares += unitSquares;
            for (int c = 1; c <= 5; c++) {
                totals[c] += counts[c];
                countSquares += (long) counts[c] * counts[c];
            }
        }
        long n = (long) units * raters;
        BigDecimal observedPerPair = new BigDecimal(observed).divide(BigDecimal.valueOf(raters - 1), EXACT);
        BigInteger expectedPairs = BigInteger.valueOf(n).multiply(BigInteger.valueOf(squares)).shiftLeft(1)
                .subtract(BigInteger.valueOf(sum).pow(2).shiftLeft(1));
        BigDecimal alpha = BigDecimal.ONE.subtract(BigDecimal.valueOf(n - 1).multiply(observedPerPair)
                .divide(new BigDecimal(expectedPairs), EXACT));
        report("alpha (interval), 10M ratings", relative(alpha,
                Agreement.krippendorffsAlpha(five, ratings, 0, MeasurementLevel.INTERVAL).alpha().value().orElseThrow()));
        BigDecimal total = BigDecimal.valueOf(n);
        BigDecimal pBar = BigDecimal.valueOf(countSquares - n).divide(total.multiply(BigDecimal.valueOf(raters - 1)), EXACT);
        BigDecimal pE = BigDecimal.ZERO;
        for (int c = 1; c <= 5; c++) {
            pE = pE.add(BigDecimal.valueOf(totals[c]).divide(total, EXACT).pow(2));
        }
        BigDecimal kappa = pBar.subtract(pE).divide(BigDecimal.ONE.subtract(pE), EXACT);
        report("Fleiss' kappa, 10M ratings", relative(kappa,
                Agreement.fleissKappa(five, ratings, 0).kappa().value().orElseThrow()));
        iccAgainstExact("ICC, 10M ratings", scores);
    }

    @Test
    void offsetsOnTwoHundredThousandTargets() {
        Random random = new Random(7L);
        double[][] base = new double[200_000][5];
        for (double[] row : base) {
            int truth = random.nextInt(5);
            for (int j = 0; j < 5; j++) {
                row[j] = 1 + truth + j % 2 + random.nextInt(3);
            }
        }
        IntraclassCorrelation reference = Agreement.intraclassCorrelation(base, 0.95);
        for (double offset : new double[] {1e8, 1e12}) {
            double[][] shifted = new double[base.length][5];
            for (int i = 0; i < base.length; i++) {
                for (int j = 0; j < 5; j++) {
                    shifted[i][j] = base[i][j] + offset;
                }
            }
            IntraclassCorrelation icc = Agreement.intraclassCorrelation(shifted, 0.95);
            for (IccForm form : new IccForm[] {IccForm.ICC_1_1, IccForm.ICC_2_1, IccForm.ICC_3_1}) {
                double a = reference.get(form).estimate().value().orElseThrow();
                double b = icc.get(form).estimate().value().orElseThrow();
                report(form + " moved by shifting every score by " + offset, Math.abs(a - b) / Math.abs(a));
            }
            iccAgainstExact("ICC, 200,000 x 5 at offset " + offset, shifted);
        }
    }

    /** ICC(1,1), (2,1), (3,1) against the exact two-way analysis of variance. */
    private static void iccAgainstExact(String what, double[][] x) {
        int n = x.length;
        int k = x[0].length;
        BigDecimal[] rowSums = new BigDecimal[n];
        BigDecimal[] columnSums = new BigDecimal[k];
        java.util.Arrays.fill(columnSums, BigDecimal.ZERO);
        BigDecimal grand = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            rowSums[i] = BigDecimal.ZERO;
            for (int j = 0; j < k; j++) {
                BigDecimal v = new BigDecimal(x[i][j]);
                rowSums[i] = rowSums[i].add(v);
                columnSums[j] = columnSums[j].add(v);
            }
            grand = grand.add(rowSums[i]);
        }
        BigDecimal mean = grand.divide(BigDecimal.valueOf((long) n * k), EXACT);
        BigDecimal[] columnMeans = new BigDecimal[k];
        BigDecimal judges = BigDecimal.ZERO;
        for (int j = 0; j < k; j++) {
            columnMeans[j] = columnSums[j].divide(BigDecimal.valueOf(n), EXACT);
            judges = judges.add(columnMeans[j].subtract(mean).pow(2));
        }
        BigDecimal targets = BigDecimal.ZERO;
        BigDecimal within = BigDecimal.ZERO;
        BigDecimal error = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal rowMean = rowSums[i].divide(BigDecimal.valueOf(k), EXACT);
            targets = targets.add(rowMean.subtract(mean).pow(2));
            for (int j = 0; j < k; j++) {
                BigDecimal d = new BigDecimal(x[i][j]).subtract(rowMean);
                within = within.add(d.pow(2));
                error = error.add(d.subtract(columnMeans[j]).add(mean).pow(2));
            }
        }
        BigDecimal bms = targets.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(n - 1), EXACT);
        BigDecimal wms = within.divide(BigDecimal.valueOf((long) n * (k - 1)), EXACT);
        BigDecimal jms = judges.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(k - 1), EXACT);
        BigDecimal ems = error.divide(BigDecimal.valueOf((long) (n - 1) * (k - 1)), EXACT);
        BigDecimal km1 = BigDecimal.valueOf(k - 1);
        BigDecimal icc11 = bms.subtract(wms).divide(bms.add(km1.multiply(wms)), EXACT);
        BigDecimal icc31 = bms.subtract(ems).divide(bms.add(km1.multiply(ems)), EXACT);
        BigDecimal icc21 = bms.subtract(ems).divide(bms.add(km1.multiply(ems))
                .add(BigDecimal.valueOf(k).multiply(jms.subtract(ems)).divide(BigDecimal.valueOf(n), EXACT)), EXACT);
        IntraclassCorrelation icc = Agreement.intraclassCorrelation(x, 0.95);
        report(what + ": ICC(1,1)", relative(icc11, icc.get(IccForm.ICC_1_1).estimate().value().orElseThrow()));
        report(what + ": ICC(2,1)", relative(icc21, icc.get(IccForm.ICC_2_1).estimate().value().orElseThrow()));
        report(what + ": ICC(3,1)", relative(icc31, icc.get(IccForm.ICC_3_1).estimate().value().orElseThrow()));
    }
}
