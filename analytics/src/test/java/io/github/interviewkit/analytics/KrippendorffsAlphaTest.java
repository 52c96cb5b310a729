package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.scoring.ScoringInputException;
import org.junit.jupiter.api.Test;

class KrippendorffsAlphaTest {
    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. University of Pennsylvania,
     * ScholarlyCommons (repository.upenn.edu/asc_papers/43), the example with missing data: four observers A-D code
     * twelve units with missing data; the paper prints alpha nominal .743, ordinal .815, interval
     * .849 and ratio .797. The paper lays units out in columns; here a row is a unit, a column an
     * observer (A, B, C, D). Unit 12 has a single value and is not pairable.
     */
    static final Integer[][] KRIPPENDORFF_2011 = {
        {1, 1, null, 1},
        {2, 2, 3, 2},
        {3, 3, 3, 3},
        {3, 3, 3, 3},
        {2, 2, 2, 2},
        {1, 2, 3, 4},
        {4, 4, 4, 4},
        {1, 1, 2, 1},
        {2, 2, 2, 2},
        {null, 5, 5, 5},
        {null, null, 1, 1},
        {null, 3, null, null},
    };

    static final CategorySet ONE_TO_FIVE = CategorySet.of(1, 2, 3, 4, 5);

    private static double alpha(Integer[][] data, MeasurementLevel level) {
        return Agreement.krippendorffsAlpha(RatingMatrix.of(ONE_TO_FIVE, data), level).alpha().value().orElseThrow();
    }

    @Test
    void alpha_matchesKrippendorff2011_nominal() {
        assertEquals(0.743, alpha(KRIPPENDORFF_2011, MeasurementLevel.NOMINAL), 0.0005);
    }

    @Test
    void alpha_matchesKrippendorff2011_ordinal() {
        assertEquals(0.815, alpha(KRIPPENDORFF_2011, MeasurementLevel.ORDINAL), 0.0005);
    }

    @Test
    void alpha_matchesKrippendorff2011_interval() {
        assertEquals(0.849, alpha(KRIPPENDORFF_2011, MeasurementLevel.INTERVAL), 0.0005);
    }

    @Test
    void alpha_matchesKrippendorff2011_ratio() {
        assertEquals(0.797, alpha(KRIPPENDORFF_2011, MeasurementLevel.RATIO), 0.0005);
    }

    @Test
    void alpha_countsOnlyUnitsWithTwoOrMoreValues() {
        KrippendorffsAlpha result = Agreement.krippendorffsAlpha(RatingMatrix.of(ONE_TO_FIVE, KRIPPENDORFF_2011),
                MeasurementLevel.NOMINAL);
        // Krippendorff (2011): n = 40 pairable values in 11 units; unit 12 has one value only.
        assertEquals(11, result.pairableUnits());
        assertEquals(40, result.pairableValues());
    }

    @Test
    void alpha_isUndefinedWithoutPairableUnit() {
        Integer[][] data = {{1, null}, {null, 2}, {null, null}};
        KrippendorffsAlpha result = Agreement.krippendorffsAlpha(RatingMatrix.of(ONE_TO_FIVE, data),
                MeasurementLevel.INTERVAL);
        assertFalse(result.alpha().isDefined());
        assertTrue(result.alpha().undefinedReason().orElseThrow().contains("no unit has two or more ratings"));
    }

    @Test
    void alpha_isUndefinedWithoutVariation() {
        Integer[][] data = {{3, 3}, {3, 3}, {3, null}};
        KrippendorffsAlpha result = Agreement.krippendorffsAlpha(RatingMatrix.of(ONE_TO_FIVE, data),
                MeasurementLevel.ORDINAL);
        assertFalse(result.alpha().isDefined());
        assertTrue(result.alpha().undefinedReason().orElseThrow().contains("no variation"));
        assertFalse(result.alpha().value().isPresent());
    }

    @Test
    void alpha_isOneForPerfectAgreement() {
        Integer[][] data = {{1, 1, 1}, {2, 2, null}, {5, 5, 5}};
        assertEquals(1.0, alpha(data, MeasurementLevel.INTERVAL), 1e-12);
    }

    @Test
    void alpha_isUnchangedByAnUnusedLevelAtEveryLevelOfMeasurement() {
        Integer[][] data = {{1, 2}, {2, 2}, {4, 4}, {1, 1}};
        RatingMatrix dense = RatingMatrix.of(CategorySet.of(1, 2, 4), data);
        RatingMatrix sparse = RatingMatrix.of(CategorySet.of(1, 2, 3, 4), data);
        // Interval alpha depends on the values used, so an unused level does not change it ...
        assertEquals(Agreement.krippendorffsAlpha(dense, MeasurementLevel.INTERVAL).alpha(),
                Agreement.krippendorffsAlpha(sparse, MeasurementLevel.INTERVAL).alpha());
        // ... while ordinal alpha counts ratings between categories, and an unused level has none.
        assertEquals(Agreement.krippendorffsAlpha(dense, MeasurementLevel.ORDINAL).alpha(),
                Agreement.krippendorffsAlpha(sparse, MeasurementLevel.ORDINAL).alpha());
    }

    @Test
    void alpha_ratioRejectsNegativeCategories() {
        RatingMatrix matrix = RatingMatrix.of(CategorySet.of(-1, 0, 1), new Integer[][] {{-1, 1}, {0, 0}});
        ScoringInputException thrown = assertThrows(ScoringInputException.class,
                () -> Agreement.krippendorffsAlpha(matrix, MeasurementLevel.RATIO));
        assertEquals("level", thrown.violations().get(0).path());
    }

    @Test
    void alpha_rejectsANullArgumentNamingIt() {
        RatingMatrix matrix = RatingMatrix.of(CategorySet.of(1, 2), new Integer[][] {{1, 2}});
        NullPointerException level = assertThrows(NullPointerException.class,
                () -> Agreement.krippendorffsAlpha(matrix, null));
        assertEquals("level", level.getMessage());
        NullPointerException ratings = assertThrows(NullPointerException.class,
                () -> Agreement.krippendorffsAlpha(null, MeasurementLevel.NOMINAL));
        assertEquals("matrix", ratings.getMessage());
    }
}
