package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile input to every analytics entry point that takes numbers (issue #10, item 8): each gives
 * one {@link ScoringInputException} with every problem at its path, or a defined result; none
 * overflows, hangs or throws anything else. Each case below failed before its fix, with the
 * exception or the length named in its name.
 */
class HostileAnalyticsInputTest {
    private static final CategorySet ONE_TO_THREE = CategorySet.of(1, 2, 3);

    private static List<String> problems(ScoringInputException e) {
        return e.violations().stream().map(v -> v.path() + " | " + v.value() + " | " + v.message()).toList();
    }

    @Test
    void cohensKappa_raterColumnAtIntMax_isAProblemOfEveryRow_notArrayIndexOutOfBounds() {
        int[][] ratings = {{1, 2}, {2, 2}};
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> Agreement.cohensKappa(ONE_TO_THREE, ratings, -1, 0, Integer.MAX_VALUE, KappaWeights.linear()));

        assertEquals(List.of(
                "ratings[0] | \"2 ratings\" | needs a rating or the missing marker in column 2147483647",
                "ratings[1] | \"2 ratings\" | needs a rating or the missing marker in column 2147483647"), problems(e));
        double[][] numeric = {{1, 2}};
        ScoringInputException numbers = assertThrows(ScoringInputException.class,
                () -> Agreement.cohensKappa(ONE_TO_THREE, numeric, Integer.MAX_VALUE, 0, KappaWeights.linear()));
        assertEquals(List.of("ratings[0] | \"2 ratings\" | needs a rating or NaN in column 2147483647"), problems(numbers));
    }

    @Test
    void contingencyTable_countsPastMaxUnits_areRejected_notArithmeticException() {
        long[][] table = {{Long.MAX_VALUE / 2, 0}, {0, Long.MAX_VALUE / 2}};
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> Agreement.scottsPi(CategorySet.of(1, 2), table));

        assertEquals(List.of("table | \"more than 2305843009213693951 units\" | a table counts at most "
                + "2305843009213693951 units (ContingencyTable.MAX_UNITS)"), problems(e));
    }

    @Test
    void contingencyTable_atMaxUnits_finishesKappaAndPi() {
        long half = ContingencyTable.MAX_UNITS / 2;
        ContingencyTable table = ContingencyTable.of(CategorySet.of(1, 2), new long[][] {{half, 0}, {0, half}});

        assertEquals(1.0, table.scottsPi().pi().value().orElseThrow());
        assertEquals(1.0, table.cohensKappa(KappaWeights.unweighted()).kappa().value().orElseThrow());
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> table.merge(table));
        assertEquals(List.of("other | \"more than 2305843009213693951 units together\" | a table counts at most "
                + "2305843009213693951 units (ContingencyTable.MAX_UNITS)"), problems(e));
    }

    @Test
    void selectionCounts_mergePastLongMax_isAnInputProblem_notArithmeticException() {
        Bytes.Writer out = new Bytes.Writer('S');
        out.varLong(1).string("group-a").varLong(Long.MAX_VALUE).varLong(1);
        SelectionCounts huge = SelectionCounts.fromBytes(out.toBytes());

        ScoringInputException e = assertThrows(ScoringInputException.class, () -> huge.merge(huge));

        assertEquals(List.of("other | null | holds counts that, added to these, pass the largest count kept, "
                + Long.MAX_VALUE), problems(e));
    }

    @Test
    void krippendorffsAlpha_unitsWithEveryNumberOfRatingsFrom2To60_isDefined_notArithmeticException() {
        // The common multiple of 1..59 ratings per unit is past a long; each unit's raters agree.
        int[][] ratings = new int[59][];
        for (int u = 0; u < ratings.length; u++) {
            ratings[u] = new int[u + 2];
            Arrays.fill(ratings[u], 1 + u % 3);
        }

        for (MeasurementLevel level : MeasurementLevel.values()) {
            assertEquals(1.0, Agreement.krippendorffsAlpha(ONE_TO_THREE, ratings, 0, level).alpha().value().orElseThrow(),
                    level.name());
        }
    }

    @Test
    void krippendorffsAlpha_ratioOverManyWideCategories_matchesTheDefinitionInDoubles() {
        // 40 categories far apart: exact fractions over their common denominator took seconds.
        int[] values = new int[40];
        for (int i = 0; i < values.length; i++) {
            values[i] = 7 + i * 50_000_000;
        }
        CategorySet categories = CategorySet.of(values);
        int[][] ratings = new int[60][];
        for (int u = 0; u < ratings.length; u++) {
            ratings[u] = new int[] {values[(u * 7) % 40], values[(u * 7 + u % 3) % 40], values[(u * 11) % 40]};
        }

        double alpha = Agreement.krippendorffsAlpha(categories, ratings, -1, MeasurementLevel.RATIO).alpha()
                .value().orElseThrow();

        assertEquals(ratioAlphaByDefinition(ratings), alpha, 1e-12);
    }

    /** Krippendorff (2011), alpha = 1 - D_o / D_e over all pairable values, ratio metric, in doubles. */
    private static double ratioAlphaByDefinition(int[][] ratings) {
        double observed = 0;
        long n = 0;
        for (int[] unit : ratings) {
            n += unit.length;
            for (int a = 0; a < unit.length; a++) {
                for (int b = 0; b < unit.length; b++) {
                    observed += a == b ? 0 : ratio(unit[a], unit[b]) / (unit.length - 1);
                }
            }
        }
        double expected = 0;
        for (int[] one : ratings) {
            for (int[] other : ratings) {
                for (int a : one) {
                    for (int b : other) {
                        expected += ratio(a, b);
                    }
                }
            }
        }
        // every value paired with itself contributes 0 to the expected sum, so nothing to remove
        return 1 - (n - 1) * observed / expected;
    }

    private static double ratio(double a, double b) {
        double d = (a - b) / (a + b);
        return d * d;
    }

    @Test
    void categorySet_moreThanMaxSize_isRejected() {
        int[] values = new int[CategorySet.MAX_SIZE + 1];
        Arrays.setAll(values, i -> i);

        ScoringInputException e = assertThrows(ScoringInputException.class, () -> CategorySet.of(values));

        assertEquals(List.of("values | \"1001 values\" | holds more than 1000 categories, the most a set holds "
                + "(CategorySet.MAX_SIZE)"), problems(e));
    }

    @Test
    void intraclassCorrelation_scoresPastMaxScore_areRejected_notANonFiniteMeanSquare() {
        double[][] scores = {{1e308, -1e308}, {-1e308, 1e308}, {1, 2}};

        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> Agreement.intraclassCorrelation(scores, 0.95));

        String bound = "must lie within -1e100 and 1e100 (IccSums.MAX_SCORE), where sums of squares stay finite";
        assertEquals(List.of("scores[0][0] | 1.0E308 | " + bound, "scores[0][1] | -1.0E308 | " + bound,
                "scores[1][0] | -1.0E308 | " + bound, "scores[1][1] | 1.0E308 | " + bound), problems(e));
        IntraclassCorrelation atBound = Agreement.intraclassCorrelation(
                new double[][] {{IccSums.MAX_SCORE, -IccSums.MAX_SCORE}, {-IccSums.MAX_SCORE, IccSums.MAX_SCORE}, {0, 1}}, 0.95);
        assertTrue(Double.isFinite(atBound.betweenJudgesMeanSquare()) && Double.isFinite(atBound.errorMeanSquare()));
    }

    @Test
    void iccSums_hugeJudgeIds_giveAShortMessage() {
        String id = "j".repeat(100_000);
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> IccSums.of(List.of(id, "other"), new double[][] {{1}}));

        Violation only = e.violations().get(0);
        assertEquals("scores[0]", only.path());
        assertEquals("needs 2 scores, one per judge " + Violation.shown(List.of(id, "other")), only.message());
        assertTrue(e.getMessage().length() < 400, e.getMessage().length() + " characters");
    }

    @Test
    void calibrationPolicy_thresholdWithAHugeExponent_isRejected_notAHugeInteger() {
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> CalibrationPolicy.of(new BigDecimal("1e999999999"), 30));
        ScoringInputException tiny = assertThrows(ScoringInputException.class,
                () -> CalibrationPolicy.of(new BigDecimal("1e-999999999"), 30));

        String digits = "must have at most 9 digits before and 9 after the decimal point";
        assertEquals(List.of("threshold | 1E+999999999 | " + digits), problems(e));
        assertEquals(List.of("threshold | 1E-999999999 | " + digits), problems(tiny));
    }

    @Test
    void singleRaterAndEmptyInputs_areUndefinedWithTheirReason() {
        assertEquals("no unit has two or more ratings to pair", Agreement.krippendorffsAlpha(ONE_TO_THREE,
                new int[][] {{1}, {2}}, 0, MeasurementLevel.ORDINAL).alpha().undefinedReason().orElseThrow());
        assertEquals("no unit was rated by both raters",
                Agreement.scottsPi(ONE_TO_THREE, new long[3][3]).pi().undefinedReason().orElseThrow());
        assertEquals("needs at least two raters; there are 1",
                Agreement.kendallsW(new double[][] {{1}, {2}}).w().undefinedReason().orElseThrow());
    }
}
