package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohensKappaTest {
    /**
     * Cohen, J. (1968). Weighted kappa: nominal scale agreement with provision for scaled
     * disagreement or partial credit. Psychological Bulletin, 70(4), 213-220. The worked example
     * gives proportions .44 .07 .09 / .05 .20 .05 / .01 .03 .06 (rows: first judge); as counts of
     * 200 units (the n the psych package's documentation uses for it) they are below. Cohen reports
     * kappa = .492, weighted kappa .348 with the symmetric weights {0,1,3; 1,0,6; 3,6,0} and .353
     * with the asymmetric weights {0,1,4; 1,0,6; 2,2,0}.
     */
    static final long[][] COHEN_1968 = {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}};

    static final CategorySet THREE = CategorySet.of(1, 2, 3);

    private static double kappa(long[][] table, KappaWeights weights) {
        return Agreement.cohensKappa(THREE, table, weights).kappa().value().orElseThrow();
    }

    @Test
    void unweightedKappa_matchesCohen1968() {
        CohensKappa result = Agreement.cohensKappa(THREE, COHEN_1968, KappaWeights.unweighted());
        assertEquals(0.492, result.kappa().value().orElseThrow(), 0.0005);
        // Cohen's p_o = .70 and p_c = .41.
        assertEquals(0.70, result.observedAgreement(), 1e-12);
        assertEquals(0.41, result.expectedAgreement(), 1e-12);
        assertEquals(200, result.units());
    }

    @Test
    void weightedKappa_matchesCohen1968_symmetricWeights() {
        double[][] weights = {{0, 1, 3}, {1, 0, 6}, {3, 6, 0}};
        assertEquals(0.348, kappa(COHEN_1968, KappaWeights.disagreement(weights)), 0.0005);
    }

    @Test
    void weightedKappa_matchesCohen1968_asymmetricWeightsWithRowsAsFirstRater() {
        double[][] weights = {{0, 1, 4}, {1, 0, 6}, {2, 2, 0}};
        assertEquals(0.353, kappa(COHEN_1968, KappaWeights.disagreement(weights)), 0.0005);
        // Hand computation with the weights transposed: 1 - .62 / 1.07 = .4206, so orientation matters.
        double[][] transposed = {{0, 1, 2}, {1, 0, 2}, {4, 6, 0}};
        assertEquals(0.4206, kappa(COHEN_1968, KappaWeights.disagreement(transposed)), 0.00005);
    }

    @Test
    void agreementWeights_giveTheSameKappaAsTheEquivalentDisagreementWeights() {
        // Fleiss & Cohen agreement weights w = 1 - v / max(v) for Cohen's v = {0,1,3; 1,0,6; 3,6,0}.
        double[][] agreement = {{1, 1 - 1 / 6.0, 0.5}, {1 - 1 / 6.0, 1, 0}, {0.5, 0, 1}};
        assertEquals(0.348, kappa(COHEN_1968, KappaWeights.agreement(agreement)), 0.0005);
    }

    @Test
    void linearAndQuadraticKappa_matchHandComputationOnCohensTable() {
        // Linear v = |i-j|/2: observed sum .40/2, expected .76/2, kappa = 1 - .40/.76 = 9/19.
        assertEquals(9.0 / 19, kappa(COHEN_1968, KappaWeights.linear()), 1e-12);
        // Quadratic v = ((i-j)/2)^2: observed .60/4, expected 1.10/4, kappa = 1 - .60/1.10 = 5/11.
        assertEquals(5.0 / 11, kappa(COHEN_1968, KappaWeights.quadratic()), 1e-12);
    }

    @Test
    void linearKappa_changesWithAnUnusedLevelBetweenUsedOnes() {
        // Level 3 is never used, yet it puts level 4 one step further from 1 and 2.
        Integer[][] ratings = {{1, 1}, {1, 2}, {2, 2}, {2, 4}, {4, 4}, {1, 4}, {2, 1}};
        double threeLevels = Agreement.cohensKappa(RatingMatrix.of(CategorySet.of(1, 2, 4), ratings), 0, 1,
                KappaWeights.linear()).kappa().value().orElseThrow();
        double fourLevels = Agreement.cohensKappa(RatingMatrix.of(CategorySet.of(1, 2, 3, 4), ratings), 0, 1,
                KappaWeights.linear()).kappa().value().orElseThrow();
        // By hand: positions 0,1,2 give observed 17.5/49 against expected 22.5/49, kappa 2/9;
        // positions 0,1,3 give observed 1/3 against expected 67/147, kappa 18/67.
        assertEquals(2.0 / 9, threeLevels, 1e-12);
        assertEquals(18.0 / 67, fourLevels, 1e-12);
    }

    @Test
    void kappa_fromMatrix_usesOnlyUnitsBothRatersRated() {
        Integer[][] ratings = {{1, 1, 3}, {2, 2, null}, {3, null, 1}, {null, 3, 2}, {2, 3, 2}};
        CohensKappa result = Agreement.cohensKappa(RatingMatrix.of(THREE, ratings), 0, 1, KappaWeights.unweighted());
        assertEquals(3, result.units());
        // Pairs (1,1), (2,2), (2,3): p_o = 2/3; marginals first 1/3, 2/3, 0 and second 1/3, 1/3, 1/3;
        // p_e = 1/9 + 2/9 = 1/3; kappa = (2/3 - 1/3) / (2/3) = 1/2.
        assertEquals(0.5, result.kappa().value().orElseThrow(), 1e-12);
    }

    @Test
    void kappa_isUndefinedWithoutASharedUnit() {
        Integer[][] ratings = {{1, null}, {null, 2}};
        CohensKappa result = Agreement.cohensKappa(RatingMatrix.of(THREE, ratings), 0, 1, KappaWeights.unweighted());
        assertEquals("no unit was rated by both raters", result.kappa().undefinedReason().orElseThrow());
    }

    @Test
    void kappa_isUndefinedWhenBothRatersUseOneSameCategory() {
        CohensKappa result = Agreement.cohensKappa(THREE, new long[][] {{0, 0, 0}, {0, 5, 0}, {0, 0, 0}},
                KappaWeights.quadratic());
        assertFalse(result.kappa().isDefined());
        assertTrue(result.kappa().undefinedReason().orElseThrow().contains("already perfect"));
    }

    @Test
    void kappa_rejectsBadTableAndRaters_listingEveryProblem() {
        ScoringInputException table = assertThrows(ScoringInputException.class,
                () -> Agreement.cohensKappa(THREE, new long[][] {{1, -2, 0}, {0, 1}, {0, 0, 0}}, KappaWeights.linear()));
        assertEquals(List.of("table[0][1]", "table[1]"), table.violations().stream().map(Violation::path).toList());
        RatingMatrix matrix = RatingMatrix.of(THREE, new Integer[][] {{1, 2}});
        ScoringInputException raters = assertThrows(ScoringInputException.class,
                () -> Agreement.cohensKappa(matrix, 2, 2, KappaWeights.linear()));
        assertEquals(List.of("firstRater", "secondRater", "secondRater"),
                raters.violations().stream().map(Violation::path).toList());
    }

    @Test
    void weights_rejectMalformedMatrices() {
        ScoringInputException agreement = assertThrows(ScoringInputException.class,
                () -> KappaWeights.agreement(new double[][] {{0.9, 0.2}, {1.5, 1}}));
        assertEquals(List.of("weights[0][0]", "weights[1][0]"),
                agreement.violations().stream().map(Violation::path).toList());
        ScoringInputException shape = assertThrows(ScoringInputException.class,
                () -> KappaWeights.disagreement(new double[][] {{0, 1}, {1}}));
        assertEquals("weights[1]", shape.violations().get(0).path());
        KappaWeights twoByTwo = KappaWeights.disagreement(new double[][] {{0, 1}, {1, 0}});
        ScoringInputException size = assertThrows(ScoringInputException.class,
                () -> Agreement.cohensKappa(THREE, COHEN_1968, twoByTwo));
        assertEquals("weights", size.violations().get(0).path());
    }
}
