package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

class KendallsWTest {
    /**
     * NAG Library, routine G08DAF (Kendall's coefficient of concordance), example program: three
     * comparisons of ten objects with many ties (the routine's documentation refers to Siegel 1956,
     * Nonparametric Statistics for the Behavioral Sciences). It prints W = 0.828 and significance
     * 0.008. The example lists comparisons in rows; here a row is an object, a column a comparison.
     */
    static final double[][] NAG_G08DAF = {
        {1.0, 2.5, 2.0}, {4.5, 1.0, 1.0}, {2.0, 2.5, 4.5}, {4.5, 4.5, 4.5}, {3.0, 4.5, 4.5},
        {7.5, 8.0, 4.5}, {6.0, 9.0, 8.0}, {9.0, 6.5, 8.0}, {7.5, 10.0, 8.0}, {10.0, 6.5, 10.0},
    };

    @Test
    void w_withTieCorrection_matchesNagG08dafExample() {
        KendallsW result = Agreement.kendallsW(NAG_G08DAF);
        assertEquals(0.828, result.w().value().orElseThrow(), 0.0005);
        assertEquals(0.008, result.pValue().value().orElseThrow(), 0.0005);
        assertEquals(9, result.degreesOfFreedom());
    }

    /**
     * The {@code anxiety} data of R's irr package (20 subjects, 3 raters, ratings 1-6), as printed in
     * the documentation of DescTools' KendallW (which took over irr's kendall): with the tie
     * correction {@code KendallW(anxiety, TRUE)} gives W = 0.5396569. Rows here are subjects.
     */
    static final double[][] IRR_ANXIETY = columns(
            new double[] {3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3},
            new double[] {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4},
            new double[] {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2});

    private static double[][] columns(double[]... raters) {
        double[][] rows = new double[raters[0].length][raters.length];
        for (int r = 0; r < raters.length; r++) {
            for (int i = 0; i < rows.length; i++) {
                rows[i][r] = raters[r][i];
            }
        }
        return rows;
    }

    @Test
    void w_withTieCorrection_matchesIrrAnxietyExample() {
        KendallsW result = Agreement.kendallsW(IRR_ANXIETY);
        assertEquals(0.5396569, result.w().value().orElseThrow(), 5e-8);
        assertTrue(result.hasTies());
        // chi-square m (n - 1) W on n - 1 = 19 degrees of freedom
        assertEquals(3 * 19 * 0.5396569, result.chiSquare(), 5e-6);
        assertEquals(19, result.degreesOfFreedom());
    }

    @Test
    void uncorrectedW_andBothTests_equalAnIndependentComputation() {
        // Rank each rater's column (mean ranks for ties), then W = 12 S / (m^2 (n^3 - n)) and the
        // corrected denominator subtracts m * sum(t^3 - t).
        int n = IRR_ANXIETY.length;
        int m = 3;
        double[] rankSums = new double[n];
        double ties = 0;
        for (int r = 0; r < m; r++) {
            for (int i = 0; i < n; i++) {
                int below = 0;
                int equal = 0;
                for (int j = 0; j < n; j++) {
                    below += IRR_ANXIETY[j][r] < IRR_ANXIETY[i][r] ? 1 : 0;
                    equal += IRR_ANXIETY[j][r] == IRR_ANXIETY[i][r] ? 1 : 0;
                }
                rankSums[i] += below + (equal + 1) / 2.0;
                // each of a group's t tied scores adds t^2 - 1: t^3 - t per group
                ties += equal * equal - 1.0;
            }
        }
        double mean = m * (n + 1) / 2.0;
        double s = 0;
        for (double sum : rankSums) {
            s += (sum - mean) * (sum - mean);
        }
        double uncorrected = 12 * s / (m * m * (Math.pow(n, 3) - n));
        double corrected = 12 * s / (m * m * (Math.pow(n, 3) - n) - m * ties);
        KendallsW result = Agreement.kendallsW(IRR_ANXIETY);
        assertEquals(uncorrected, result.wUncorrected().value().orElseThrow(), 1e-14);
        assertEquals(corrected, result.w().value().orElseThrow(), 1e-14);
        ChiSquaredDistribution chi = ChiSquaredDistribution.of(n - 1);
        assertEquals(chi.survivalProbability(m * (n - 1) * uncorrected), result.pValueUncorrected().value().orElseThrow(), 1e-14);
        assertEquals(chi.survivalProbability(m * (n - 1) * corrected), result.pValue().value().orElseThrow(), 1e-14);
        assertTrue(uncorrected < corrected);
    }

    /**
     * Without ties the correction is zero: six raters rank four papers (the R example "Kendall's
     * Rank Concordance", Washington University Math 322, kendall.w), W = 0.6.
     */
    @Test
    void w_withoutTies_isTheSameCorrectedOrNot() {
        double[][] papers = columns(new double[] {4, 3, 2, 1}, new double[] {3, 4, 2, 1}, new double[] {4, 3, 1, 2},
                new double[] {3, 4, 1, 2}, new double[] {4, 2, 1, 3}, new double[] {4, 2, 3, 1});
        KendallsW result = Agreement.kendallsW(papers);
        assertEquals(0.6, result.w().value().orElseThrow(), 1e-15);
        assertEquals(0.6, result.wUncorrected().value().orElseThrow(), 1e-15);
        assertFalse(result.hasTies());
    }

    @Test
    void w_dependsOnlyOnRanks() {
        double[][] doubled = new double[NAG_G08DAF.length][3];
        for (int i = 0; i < doubled.length; i++) {
            for (int j = 0; j < 3; j++) {
                doubled[i][j] = Math.exp(NAG_G08DAF[i][j]);
            }
        }
        assertEquals(Agreement.kendallsW(NAG_G08DAF).w().value().orElseThrow(),
                Agreement.kendallsW(doubled).w().value().orElseThrow(), 1e-12);
    }

    @Test
    void w_isOneForIdenticalRankingsAndUndefinedWhenEverythingTies() {
        assertEquals(1.0, Agreement.kendallsW(new double[][] {{1, 5}, {2, 6}, {3, 9}}).w().value().orElseThrow(), 1e-12);
        KendallsW flat = Agreement.kendallsW(new double[][] {{2, 2}, {2, 2}, {2, 2}});
        assertFalse(flat.w().isDefined());
        assertTrue(flat.w().undefinedReason().orElseThrow().contains("no ranking"));
    }

    @Test
    void w_fromRatingMatrix_ranksCategoryValuesOfCompleteUnits() {
        Integer[][] ratings = {{1, 1, 2}, {2, 3, 3}, {4, 4, 4}, {3, null, 1}};
        KendallsW result = Agreement.kendallsW(RatingMatrix.of(CategorySet.of(1, 2, 3, 4), ratings));
        assertEquals(3, result.units());
        assertEquals(1.0, result.w().value().orElseThrow(), 1e-12);
    }
}
