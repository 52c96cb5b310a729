package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntraclassCorrelationTest {
    /**
     * Shrout, P. E., &amp; Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
     * reliability. Psychological Bulletin, 86(2), 420-428. Table 2: six targets rated by four judges.
     * Table 4 prints ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71, ICC(1,4) = .44,
     * ICC(2,4) = .62, ICC(3,4) = .91.
     */
    static final double[][] SHROUT_FLEISS_1979 = {
        {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7},
    };

    static final Map<IccForm, Double> TABLE_4 = Map.of(
            IccForm.ICC_1_1, 0.17, IccForm.ICC_2_1, 0.29, IccForm.ICC_3_1, 0.71,
            IccForm.ICC_1_K, 0.44, IccForm.ICC_2_K, 0.62, IccForm.ICC_3_K, 0.91);

    @Test
    void allSixForms_matchShroutFleiss1979Table4() {
        IntraclassCorrelation result = Agreement.intraclassCorrelation(SHROUT_FLEISS_1979, 0.95);
        TABLE_4.forEach((form, expected) ->
                assertEquals(expected, result.get(form).estimate().value().orElseThrow(), 0.005, form.toString()));
    }

    @Test
    void meanSquares_matchShroutFleiss1979Table3() {
        // Table 3 (analysis of variance of Table 2): BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02.
        IntraclassCorrelation result = Agreement.intraclassCorrelation(SHROUT_FLEISS_1979, 0.95);
        assertEquals(11.24, result.betweenTargetsMeanSquare(), 0.005);
        assertEquals(6.26, result.withinTargetsMeanSquare(), 0.005);
        assertEquals(32.49, result.betweenJudgesMeanSquare(), 0.005);
        assertEquals(1.02, result.errorMeanSquare(), 0.005);
    }

    @Test
    void confidenceIntervals_containTheEstimateAndNarrowWithLowerConfidence() {
        IntraclassCorrelation wide = Agreement.intraclassCorrelation(SHROUT_FLEISS_1979, 0.95);
        IntraclassCorrelation narrow = Agreement.intraclassCorrelation(SHROUT_FLEISS_1979, 0.80);
        for (IccForm form : IccForm.values()) {
            double estimate = wide.get(form).estimate().value().orElseThrow();
            double lower = wide.get(form).lower().value().orElseThrow();
            double upper = wide.get(form).upper().value().orElseThrow();
            assertTrue(lower < estimate && estimate < upper, form + " " + wide.get(form));
            assertTrue(upper <= 1.0, form.toString());
            assertTrue(narrow.get(form).lower().value().orElseThrow() > lower, form.toString());
            assertTrue(narrow.get(form).upper().value().orElseThrow() < upper, form.toString());
        }
    }

    @Test
    void confidenceIntervalOfIcc31_matchesTheFFormulaByHand() {
        // ICC(3,1): F0 = BMS/EMS = 11.2417/1.0194 = 11.0272 on (5, 15) df; F(.975; 5, 15) = 3.5764 and
        // F(.975; 15, 5) = 6.4277 (standard F tables). FL = 3.0833, FU = 70.880;
        // lower = (FL-1)/(FL+3) = .3425, upper = (FU-1)/(FU+3) = .9459.
        IccEstimate icc31 = Agreement.intraclassCorrelation(SHROUT_FLEISS_1979, 0.95).get(IccForm.ICC_3_1);
        assertEquals(0.3425, icc31.lower().value().orElseThrow(), 0.0005);
        assertEquals(0.9459, icc31.upper().value().orElseThrow(), 0.0005);
    }

    @Test
    void averageForms_areTheSpearmanBrownStepUpOfSingleForms() {
        IntraclassCorrelation result = Agreement.intraclassCorrelation(SHROUT_FLEISS_1979, 0.95);
        double single = result.get(IccForm.ICC_3_1).estimate().value().orElseThrow();
        assertEquals(4 * single / (1 + 3 * single), result.get(IccForm.ICC_3_K).estimate().value().orElseThrow(), 1e-12);
    }

    @Test
    void fromRatingMatrix_usesOnlyCompleteUnits() {
        Integer[][] ratings = new Integer[SHROUT_FLEISS_1979.length + 1][];
        for (int i = 0; i < SHROUT_FLEISS_1979.length; i++) {
            ratings[i] = new Integer[4];
            for (int j = 0; j < 4; j++) {
                ratings[i][j] = (int) SHROUT_FLEISS_1979[i][j];
            }
        }
        ratings[SHROUT_FLEISS_1979.length] = new Integer[] {1, null, 10, 10};
        RatingMatrix matrix = RatingMatrix.of(CategorySet.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), ratings);
        IntraclassCorrelation result = Agreement.intraclassCorrelation(matrix);
        assertEquals(6, result.targets());
        assertEquals(0.29, result.get(IccForm.ICC_2_1).estimate().value().orElseThrow(), 0.005);
    }

    @Test
    void icc_isUndefinedWithoutVariationOrWithTooFewTargets() {
        IntraclassCorrelation flat = Agreement.intraclassCorrelation(new double[][] {{3, 3}, {3, 3}, {3, 3}}, 0.95);
        for (IccForm form : IccForm.values()) {
            assertFalse(flat.get(form).estimate().isDefined(), form.toString());
        }
        IntraclassCorrelation one = Agreement.intraclassCorrelation(new double[][] {{1, 2, 3}}, 0.95);
        assertTrue(one.get(IccForm.ICC_2_1).estimate().undefinedReason().orElseThrow().contains("two targets"));
    }

    @Test
    void icc_perfectConsistencyHasAnEstimateButNoInterval() {
        // Judge 2 is judge 1 plus two: EMS = 0, ICC(3,1) = 1, and the F-based interval does not exist.
        IccEstimate icc31 = Agreement.intraclassCorrelation(new double[][] {{1, 3}, {2, 4}, {5, 7}}, 0.95)
                .get(IccForm.ICC_3_1);
        assertEquals(1.0, icc31.estimate().value().orElseThrow(), 1e-12);
        assertTrue(icc31.lower().undefinedReason().orElseThrow().contains("error mean square is zero"));
    }

    @Test
    void icc_rejectsRaggedAndNonFiniteScores() {
        ScoringInputException thrown = assertThrows(ScoringInputException.class,
                () -> Agreement.intraclassCorrelation(new double[][] {{1, 2}, {1}, {Double.NaN, 2}}, 1.5));
        assertEquals(List.of("confidence", "scores[1]", "scores[2][0]"),
                thrown.violations().stream().map(Violation::path).toList());
    }
}
