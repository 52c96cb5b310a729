package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-array paths give exactly what the matrix path gives, and check their input as strictly. */
class PlainArraysTest {
    private static final CategorySet FIVE = KrippendorffsAlphaTest.ONE_TO_FIVE;
    private static final int MISSING = Integer.MIN_VALUE;

    private static int[][] ints(Integer[][] data) {
        int[][] rows = new int[data.length][];
        for (int u = 0; u < data.length; u++) {
            rows[u] = new int[data[u].length];
            for (int r = 0; r < data[u].length; r++) {
                rows[u][r] = data[u][r] == null ? MISSING : data[u][r];
            }
        }
        return rows;
    }

    private static double[][] doubles(Integer[][] data) {
        double[][] rows = new double[data.length][];
        for (int u = 0; u < data.length; u++) {
            rows[u] = new double[data[u].length];
            for (int r = 0; r < data[u].length; r++) {
                rows[u][r] = data[u][r] == null ? Double.NaN : data[u][r];
            }
        }
        return rows;
    }

    @Test
    void alpha_fromIntsDoublesAndCounts_equalsTheMatrixPathExactly_onKrippendorff2011() {
        Integer[][] data = KrippendorffsAlphaTest.KRIPPENDORFF_2011;
        RatingMatrix matrix = RatingMatrix.of(FIVE, data);
        int[][] counts = new int[data.length][5];
        for (int u = 0; u < data.length; u++) {
            for (Integer value : data[u]) {
                if (value != null) {
                    counts[u][value - 1]++;
                }
            }
        }
        for (MeasurementLevel level : MeasurementLevel.values()) {
            Coefficient expected = Agreement.krippendorffsAlpha(matrix, level).alpha();
            assertEquals(expected, Agreement.krippendorffsAlpha(FIVE, ints(data), MISSING, level).alpha(), level.name());
            assertEquals(expected, Agreement.krippendorffsAlpha(FIVE, doubles(data), level).alpha(), level.name());
            assertEquals(expected, Agreement.krippendorffsAlphaFromCounts(FIVE, counts, level).alpha(), level.name());
        }
        assertEquals(0.743, Agreement.krippendorffsAlpha(FIVE, ints(data), MISSING, MeasurementLevel.NOMINAL).alpha()
                .value().orElseThrow(), 0.0005);
    }

    @Test
    void fleissAndCohen_fromInts_equalTheMatrixPathExactly() {
        Integer[][] data = FleissKappaTest.FLEISS_1971;
        RatingMatrix matrix = RatingMatrix.of(FIVE, data);
        FleissKappa expected = Agreement.fleissKappa(matrix);
        FleissKappa fromInts = Agreement.fleissKappa(FIVE, ints(data), MISSING);
        assertEquals(expected.kappa(), fromInts.kappa());
        assertEquals(expected.perCategory(), fromInts.perCategory());
        assertEquals(expected.kappa(), Agreement.fleissKappa(FIVE, doubles(data)).kappa());
        assertEquals(0.430, fromInts.kappa().value().orElseThrow(), 0.0005);
        for (KappaWeights weights : List.of(KappaWeights.unweighted(), KappaWeights.linear(), KappaWeights.quadratic())) {
            assertEquals(Agreement.cohensKappa(matrix, 0, 5, weights).kappa(),
                    Agreement.cohensKappa(FIVE, ints(data), MISSING, 0, 5, weights).kappa());
            assertEquals(Agreement.cohensKappa(matrix, 0, 5, weights).kappa(),
                    Agreement.cohensKappa(FIVE, doubles(data), 0, 5, weights).kappa());
        }
    }

    @Test
    void plainArrays_listEveryValueThatIsNeitherACategoryNorMissing() {
        int[][] rows = {{1, 7}, {2, 0}, null};
        ScoringInputException thrown = assertThrows(ScoringInputException.class,
                () -> Agreement.krippendorffsAlpha(FIVE, rows, MISSING, MeasurementLevel.NOMINAL));
        assertEquals(List.of("ratings[0][1]", "ratings[1][1]", "ratings[2]"),
                thrown.violations().stream().map(Violation::path).toList());
        ScoringInputException fraction = assertThrows(ScoringInputException.class,
                () -> Agreement.fleissKappa(FIVE, new double[][] {{1, 2.5}}));
        assertEquals("ratings[0][1]", fraction.violations().get(0).path());
    }

    @Test
    void fleiss_fromInts_countsConsecutiveGappedAndWideCategorySetsAlike() {
        // The same ratings under three category sets, which the counting loop reads in three ways:
        // consecutive values (their own positions), a gapped set (a look-up table, the missing
        // marker in a gap) and a set too wide for a table (a search).
        int[][] ranks = {{0, 0, 1, 2}, {1, 1, 1, 2}, {2, 2, 0, 0}, {0, 1, 2, 2}};
        FleissKappa consecutive = Agreement.fleissKappa(CategorySet.of(1, 2, 3), map(ranks, 1, 2, 3), 0);
        FleissKappa gapped = Agreement.fleissKappa(CategorySet.of(1, 3, 5), map(ranks, 1, 3, 5), 2);
        FleissKappa wide = Agreement.fleissKappa(CategorySet.of(-50_000, 0, 50_000),
                map(ranks, -50_000, 0, 50_000), 7);
        assertEquals(consecutive.kappa(), gapped.kappa());
        assertEquals(consecutive.kappa(), wide.kappa());
        assertEquals(List.copyOf(consecutive.perCategory().values()), List.copyOf(gapped.perCategory().values()));
        // By hand (Fleiss 1971, eqs. 2 to 5): agreeing ordered pairs per unit 2, 6, 4 and 2 of 12,
        // so P-bar = 14/48; category totals 5, 5 and 6 of 16, so P-e = (25 + 25 + 36)/256.
        double observed = 14.0 / 48;
        double chance = 86.0 / 256;
        assertEquals((observed - chance) / (1 - chance), consecutive.kappa().value().orElseThrow(), 1e-15);
        // A missing marker in a gap of the set is skipped; a value in a gap, below or above the set is listed.
        FleissKappa withMissing = Agreement.fleissKappa(CategorySet.of(1, 3, 5), new int[][] {{1, 2, 1}, {3, 3, 2}}, 2);
        assertEquals(1.0, withMissing.kappa().value().orElseThrow());
        ScoringInputException thrown = assertThrows(ScoringInputException.class,
                () -> Agreement.fleissKappa(CategorySet.of(1, 3, 5), new int[][] {{4, 0, 6, 1}}, 2));
        assertEquals(List.of("ratings[0][0]", "ratings[0][1]", "ratings[0][2]"),
                thrown.violations().stream().map(Violation::path).toList());
        ScoringInputException outside = assertThrows(ScoringInputException.class,
                () -> Agreement.fleissKappa(CategorySet.of(1, 2, 3), new int[][] {{0, 4, 1}}, -1));
        assertEquals(List.of("ratings[0][0]", "ratings[0][1]"),
                outside.violations().stream().map(Violation::path).toList());
    }

    private static int[][] map(int[][] ranks, int... values) {
        int[][] rows = new int[ranks.length][];
        for (int u = 0; u < ranks.length; u++) {
            rows[u] = new int[ranks[u].length];
            for (int r = 0; r < ranks[u].length; r++) {
                rows[u][r] = values[ranks[u][r]];
            }
        }
        return rows;
    }

    @Test
    void missingMarker_mustNotBeACategory() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Agreement.fleissKappa(FIVE, new int[][] {{1, 2}}, 3));
        assertEquals("missing is 3, a category of [1, 2, 3, 4, 5]", thrown.getMessage());
    }

    @Test
    void plainArrays_rejectNullArgumentsNamingThem() {
        assertEquals("ratings", assertThrows(NullPointerException.class,
                () -> Agreement.krippendorffsAlpha(FIVE, (int[][]) null, 0, MeasurementLevel.NOMINAL)).getMessage());
        assertEquals("categories", assertThrows(NullPointerException.class,
                () -> Agreement.fleissKappa(null, new int[][] {{1}}, 0)).getMessage());
        assertEquals("level", assertThrows(NullPointerException.class,
                () -> Agreement.krippendorffsAlpha(FIVE, new double[][] {{1}}, null)).getMessage());
    }

    @Test
    void alpha_rejectsAUnitWithMoreRatingsThanTheCountsHold() {
        int[][] wide = {new int[CoincidenceCounts.MAX_RATINGS_PER_UNIT + 1]};
        java.util.Arrays.fill(wide[0], 1);
        ScoringInputException thrown = assertThrows(ScoringInputException.class,
                () -> Agreement.krippendorffsAlpha(FIVE, wide, MISSING, MeasurementLevel.NOMINAL));
        assertEquals("a unit can hold at most 65536 ratings", thrown.violations().get(0).message());
        int[][] allowed = {new int[CoincidenceCounts.MAX_RATINGS_PER_UNIT]};
        java.util.Arrays.fill(allowed[0], 1);
        CoincidenceCounts counts = CoincidenceCounts.of(FIVE, allowed, MISSING);
        assertEquals(counts, CoincidenceCounts.fromBytes(counts.toBytes()));
    }
}
