package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleissKappaTest {
    /**
     * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
     * Bulletin, 76(5), 378-382, Table 1: 30 patients, 6 psychiatric diagnoses each, categories
     * 1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other. The paper
     * prints kappa = .430. The raw ratings are those of the R package irr (dataset
     * {@code diagnoses}, built from Fleiss's table); the per-category values .245, .245, .520, .471,
     * .566 are those irr's kappam.fleiss(detail = TRUE) prints for it (reproduced in the pyirr README).
     */
    static final Integer[][] FLEISS_1971 = {
        {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
        {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
        {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
        {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
        {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
        {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5},
    };

    /**
     * The 10 subjects x 14 raters x 5 categories example reproduced on Wikipedia ("Fleiss' kappa",
     * worked example) and in the statsmodels test-suite: P-bar = 0.378, P-bar-e = 0.213,
     * kappa = 0.210. Given as counts per subject and category.
     */
    static final int[][] WIKIPEDIA_COUNTS = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
    };

    static final CategorySet FIVE = CategorySet.of(1, 2, 3, 4, 5);

    @Test
    void kappa_matchesFleiss1971() {
        FleissKappa result = Agreement.fleissKappa(RatingMatrix.of(FIVE, FLEISS_1971));
        assertEquals(0.430, result.kappa().value().orElseThrow(), 0.0005);
        assertEquals(30, result.units());
        assertEquals(6, result.ratingsPerUnit());
    }

    @Test
    void perCategoryKappa_matchesFleiss1971AsPrintedByIrr() {
        FleissKappa result = Agreement.fleissKappa(RatingMatrix.of(FIVE, FLEISS_1971));
        double[] expected = {0.245, 0.245, 0.520, 0.471, 0.566};
        for (int c = 0; c < expected.length; c++) {
            assertEquals(expected[c], result.perCategory().get(c + 1).value().orElseThrow(), 0.0005, "category " + (c + 1));
        }
    }

    @Test
    void kappa_fromCounts_matchesTheWidelyReproducedTenSubjectExample() {
        FleissKappa result = Agreement.fleissKappa(FIVE, WIKIPEDIA_COUNTS);
        assertEquals(0.210, result.kappa().value().orElseThrow(), 0.0005);
        assertEquals(14, result.ratingsPerUnit());
    }

    @Test
    void observedAndChanceAgreement_matchTheTenSubjectExample() {
        FleissKappa result = Agreement.fleissKappa(FIVE, WIKIPEDIA_COUNTS);
        assertEquals(0.378, result.observedAgreement().value().orElseThrow(), 0.0005);
        assertEquals(0.213, result.expectedAgreement().value().orElseThrow(), 0.0005);
    }

    @Test
    void observedAndChanceAgreement_equalAnIndependentComputation() {
        // P_i = (sum_j n_ij^2 - n) / (n (n - 1)) per subject, P-bar their mean; p_j = column total / (N n).
        int n = 14;
        double observed = 0;
        double[] columns = new double[5];
        for (int[] subject : WIKIPEDIA_COUNTS) {
            double squares = 0;
            for (int j = 0; j < 5; j++) {
                squares += subject[j] * subject[j];
                columns[j] += subject[j];
            }
            observed += (squares - n) / (n * (n - 1.0));
        }
        observed /= WIKIPEDIA_COUNTS.length;
        double expected = 0;
        for (double column : columns) {
            expected += Math.pow(column / (WIKIPEDIA_COUNTS.length * n), 2);
        }
        FleissKappa result = Agreement.fleissKappa(FIVE, WIKIPEDIA_COUNTS);
        assertEquals(observed, result.observedAgreement().value().orElseThrow(), 1e-15);
        assertEquals(expected, result.expectedAgreement().value().orElseThrow(), 1e-15);
        assertEquals((observed - expected) / (1 - expected), result.kappa().value().orElseThrow(), 1e-14);
    }

    @Test
    void perCategoryKappa_reportsAnUnusedLevelAsUndefined() {
        FleissKappa result = Agreement.fleissKappa(RatingMatrix.of(CategorySet.of(1, 2, 3, 4, 5, 6), FLEISS_1971));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), List.copyOf(result.perCategory().keySet()));
        assertFalse(result.perCategory().get(6).isDefined());
        assertEquals("no rater used this category", result.perCategory().get(6).undefinedReason().orElseThrow());
        // An unused level adds nothing to chance agreement, so the overall value stands.
        assertEquals(0.430, result.kappa().value().orElseThrow(), 0.0005);
    }

    @Test
    void kappa_isUndefinedWhenEveryRatingIsOneCategory() {
        FleissKappa result = Agreement.fleissKappa(FIVE, new int[][] {{0, 3, 0, 0, 0}, {0, 3, 0, 0, 0}});
        assertFalse(result.kappa().isDefined());
        assertTrue(result.kappa().undefinedReason().orElseThrow().contains("no variation"));
    }

    @Test
    void kappa_isUndefinedWhenRatingsAreMissingUnevenly() {
        Integer[][] data = {{1, 1, 2}, {2, null, 2}};
        FleissKappa result = Agreement.fleissKappa(RatingMatrix.of(FIVE, data));
        assertFalse(result.kappa().isDefined());
        assertTrue(result.kappa().undefinedReason().orElseThrow().contains("between 2 and 3 ratings"));
    }

    @Test
    void kappa_fromCounts_listsEveryProblem() {
        int[][] counts = {{1, 1, 0, 0, 0}, {2, 0, -1, 0, 1}, {1, 1, 1}, {3, 0, 0, 0, 0}};
        ScoringInputException thrown = assertThrows(ScoringInputException.class,
                () -> Agreement.fleissKappa(FIVE, counts));
        assertEquals(List.of("counts[1][2]", "counts[2]", "counts[3]"),
                thrown.violations().stream().map(Violation::path).toList());
    }
}
