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
