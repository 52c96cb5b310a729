package io.github.interviewkit.benchmarks;

import java.util.Arrays;

/**
 * The loops a developer writes by hand for a 4-level scale with 0 for missing: no checks, no
 * result object, no undefined cases. They are the baselines of the agreement benchmarks.
 */
final class HandWritten {
    private HandWritten() {}

    /** Nominal Krippendorff's alpha: coincidence counts and the two disagreements. */
    static double nominalAlpha(int[][] rows) {
        double[][] coincidences = new double[5][5];
        int[] counts = new int[5];
        for (int[] unit : rows) {
            Arrays.fill(counts, 0);
            int values = 0;
            for (int value : unit) {
                if (value != 0) {
                    counts[value]++;
                    values++;
                }
            }
            if (values < 2) {
                continue;
            }
            for (int c = 1; c <= 4; c++) {
                for (int k = 1; k <= 4; k++) {
                    coincidences[c][k] += (double) counts[c] * (counts[k] - (c == k ? 1 : 0)) / (values - 1);
                }
            }
        }
        double total = 0;
        double agreeing = 0;
        double[] marginals = new double[5];
        for (int c = 1; c <= 4; c++) {
            for (int k = 1; k <= 4; k++) {
                total += coincidences[c][k];
                marginals[c] += coincidences[c][k];
            }
            agreeing += coincidences[c][c];
        }
        double expectedAgreeing = 0;
        for (int c = 1; c <= 4; c++) {
            expectedAgreeing += marginals[c] * (marginals[c] - 1);
        }
        double observed = (total - agreeing) / total;
        double expected = (total * (total - 1) - expectedAgreeing) / (total * (total - 1));
        return 1 - observed / expected;
    }

    /** Fleiss' kappa on complete rows: per-unit agreement and the category proportions. */
    static double fleissKappa(int[][] rows) {
        int m = rows[0].length;
        long[] totals = new long[5];
        int[] counts = new int[5];
        double agreement = 0;
        for (int[] unit : rows) {
            Arrays.fill(counts, 0);
            for (int value : unit) {
                counts[value]++;
            }
            long squares = 0;
            for (int c = 1; c <= 4; c++) {
                squares += (long) counts[c] * counts[c];
                totals[c] += counts[c];
            }
            agreement += (double) (squares - m) / ((double) m * (m - 1));
        }
        double n = rows.length;
        double observed = agreement / n;
        double expected = 0;
        for (int c = 1; c <= 4; c++) {
            double p = totals[c] / (n * m);
            expected += p * p;
        }
        return (observed - expected) / (1 - expected);
    }
}
