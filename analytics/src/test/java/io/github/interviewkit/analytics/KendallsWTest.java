package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
