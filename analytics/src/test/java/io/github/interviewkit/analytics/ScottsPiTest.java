package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ScottsPiTest {
    /**
     * The worked example of Wikipedia, "Scott's pi": two annotators, categories Yes / No / Maybe,
     * 45 items, confusion matrix {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}. The article prints the joint
     * proportions' squares summing to Pr(e) = 0.369, observed agreement 0.333 and, from those
     * rounded figures, pi = (0.333 - 0.369) / (1 - 0.369) = -0.057.
     */
    static final long[][] WIKIPEDIA = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};

    @Test
    void pi_matchesTheWikipediaWorkedExample() {
        ScottsPi pi = Agreement.scottsPi(CategorySet.of(1, 2, 3), WIKIPEDIA);
        assertEquals(0.369, pi.expectedAgreement().value().orElseThrow(), 0.0005);
        assertEquals(0.333, pi.observedAgreement().value().orElseThrow(), 0.0005);
        assertEquals(-0.057, pi.pi().value().orElseThrow(), 0.001);
        assertEquals(45, pi.units());
    }

    @Test
    void pi_equalsAnIndependentComputationInExactFractions() {
        // Pr(e) = ((12 + 6)^2 + (15 + 15)^2 + (18 + 24)^2) / 90^2 = 2988 / 8100; Pr(a) = 15 / 45.
        double expected = 2988.0 / 8100;
        double observed = 15.0 / 45;
        ScottsPi pi = Agreement.scottsPi(CategorySet.of(1, 2, 3), WIKIPEDIA);
        assertEquals((observed - expected) / (1 - expected), pi.pi().value().orElseThrow(), 1e-15);
    }

    @Test
    void pi_equalsFleissKappaWithTwoRatingsPerUnit() {
        // Fleiss' kappa is Scott's pi extended to many raters (Fleiss 1971): with two ratings per
        // unit they coincide, computed here along two different paths.
        Integer[][] ratings = new Integer[45][];
        int unit = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (long n = 0; n < WIKIPEDIA[i][j]; n++) {
                    ratings[unit++] = new Integer[] {i + 1, j + 1};
                }
            }
        }
        RatingMatrix matrix = RatingMatrix.of(CategorySet.of(1, 2, 3), ratings);
        assertEquals(Agreement.fleissKappa(matrix).kappa().value().orElseThrow(),
                Agreement.scottsPi(matrix, 0, 1).pi().value().orElseThrow(), 1e-15);
    }

    @Test
    void pi_isUndefinedWithoutASharedUnit() {
        ScottsPi pi = Agreement.scottsPi(CategorySet.of(1, 2), new long[][] {{0, 0}, {0, 0}});
        assertFalse(pi.pi().isDefined());
        assertEquals("no unit was rated by both raters", pi.pi().undefinedReason().orElseThrow());
    }
}
