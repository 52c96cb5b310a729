package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws every agreement statistic obeys, over random rating matrices with missing ratings. */
class AgreementProperties {
    private static final CategorySet FOUR = CategorySet.of(1, 2, 3, 4);
    private static final double TOLERANCE = 1e-9;

    /** A random matrix: a true level per unit plus rater noise, some ratings missing. */
    private static Integer[][] ratings(long seed, int units, int raters, double missing) {
        Random random = new Random(seed);
        Integer[][] data = new Integer[units][raters];
        for (int u = 0; u < units; u++) {
            int truth = 1 + random.nextInt(4);
            for (int r = 0; r < raters; r++) {
                int value = Math.max(1, Math.min(4, truth + random.nextInt(3) - 1));
                data[u][r] = random.nextDouble() < missing ? null : value;
            }
        }
        return data;
    }

    /** The same ratings with units and raters shuffled. */
    private static Integer[][] shuffled(Integer[][] data, long seed) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<Integer> units = indices(data.length, random);
        List<Integer> raters = indices(data.length == 0 ? 0 : data[0].length, random);
        Integer[][] result = new Integer[data.length][];
        for (int u = 0; u < data.length; u++) {
            result[u] = new Integer[raters.size()];
            for (int r = 0; r < raters.size(); r++) {
                result[u][r] = data[units.get(u)][raters.get(r)];
            }
        }
        return result;
    }

    private static List<Integer> indices(int size, Random random) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            indices.add(i);
        }
        Collections.shuffle(indices, random);
        return indices;
    }

    private static void assertSame(Coefficient expected, Coefficient actual) {
        assertEquals(expected.isDefined(), actual.isDefined(), expected + " vs " + actual);
        if (expected.isDefined()) {
            assertEquals(expected.value().getAsDouble(), actual.value().getAsDouble(), TOLERANCE);
        }
    }

    private static void assertAtMostOne(Coefficient coefficient) {
        coefficient.value().ifPresent(value -> assertTrue(value <= 1 + TOLERANCE, "above 1: " + value));
    }

    @Test
    void krippendorffsAlpha_isAtMostOneAndIgnoresTheOrderOfUnitsAndRaters() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 30), integers().between(1, 6))
                .checkAssert((seed, units, raters) -> {
                    Integer[][] data = ratings(seed, units, raters, 0.2);
                    for (MeasurementLevel level : MeasurementLevel.values()) {
                        Coefficient alpha = Agreement.krippendorffsAlpha(RatingMatrix.of(FOUR, data), level).alpha();
                        assertAtMostOne(alpha);
                        assertSame(alpha, Agreement.krippendorffsAlpha(
                                RatingMatrix.of(FOUR, shuffled(data, seed)), level).alpha());
                    }
                });
    }

    @Test
    void fleissKappa_isAtMostOneAndIgnoresTheOrderOfUnitsAndRaters() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 30), integers().between(2, 6))
                .checkAssert((seed, units, raters) -> {
                    Integer[][] data = ratings(seed, units, raters, 0.0);
                    FleissKappa kappa = Agreement.fleissKappa(RatingMatrix.of(FOUR, data));
                    FleissKappa again = Agreement.fleissKappa(RatingMatrix.of(FOUR, shuffled(data, seed)));
                    assertAtMostOne(kappa.kappa());
                    assertSame(kappa.kappa(), again.kappa());
                    for (int category : FOUR.values()) {
                        assertAtMostOne(kappa.perCategory().get(category));
                        assertSame(kappa.perCategory().get(category), again.perCategory().get(category));
                    }
                });
    }

    @Test
    void cohensKappa_liesBetweenMinusOneAndOneAndIsSymmetricUnderSymmetricWeights() {
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, units) -> {
            RatingMatrix matrix = RatingMatrix.of(FOUR, ratings(seed, units, 2, 0.1));
            for (KappaWeights weights : List.of(KappaWeights.unweighted(), KappaWeights.linear(), KappaWeights.quadratic())) {
                Coefficient forward = Agreement.cohensKappa(matrix, 0, 1, weights).kappa();
                forward.value().ifPresent(k -> assertTrue(k >= -1 - TOLERANCE && k <= 1 + TOLERANCE, "kappa " + k));
                assertSame(forward, Agreement.cohensKappa(matrix, 1, 0, weights).kappa());
            }
        });
    }

    @Test
    void intraclassCorrelation_ignoresUnitOrderAndConsistencyIgnoresAJudgesOffset() {
        qt().withExamples(100).forAll(longs().all(), integers().between(2, 20), integers().between(2, 5))
                .checkAssert((seed, units, raters) -> {
                    Integer[][] data = ratings(seed, units, raters, 0.0);
                    double[][] scores = new double[units][raters];
                    double[][] offset = new double[units][raters];
                    for (int u = 0; u < units; u++) {
                        for (int r = 0; r < raters; r++) {
                            scores[u][r] = data[u][r];
                            offset[u][r] = data[u][r] + (r == 0 ? 3.0 : 0.0);
                        }
                    }
                    IntraclassCorrelation icc = Agreement.intraclassCorrelation(scores, 0.95);
                    IntraclassCorrelation shuffled = Agreement.intraclassCorrelation(
                            RatingMatrix.of(FOUR, shuffled(data, seed)));
                    for (IccForm form : IccForm.values()) {
                        assertAtMostOne(icc.get(form).estimate());
                        assertSame(icc.get(form).estimate(), shuffled.get(form).estimate());
                    }
                    assertSame(icc.get(IccForm.ICC_3_1).estimate(),
                            Agreement.intraclassCorrelation(offset, 0.95).get(IccForm.ICC_3_1).estimate());
                });
    }

    @Test
    void kendallsW_liesBetweenZeroAndOneAndIgnoresTheOrderOfUnitsAndRaters() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 20), integers().between(1, 5))
                .checkAssert((seed, units, raters) -> {
                    Integer[][] data = ratings(seed, units, raters, 0.0);
                    Coefficient w = Agreement.kendallsW(RatingMatrix.of(FOUR, data)).w();
                    w.value().ifPresent(value -> assertTrue(value >= -TOLERANCE && value <= 1 + TOLERANCE, "W " + value));
                    assertSame(w, Agreement.kendallsW(RatingMatrix.of(FOUR, shuffled(data, seed))).w());
                });
    }
}
