package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.interviewkit.scoring.ScoringInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The partial forms: random data split into random parts, each part summarised, the parts merged
 * in a random grouping and order and sent through their binary form, give the single-pass result:
 * exactly (equal partial forms, equal doubles) for the count-based statistics, within 1e-12
 * relative for the intraclass correlations.
 */
class PartialsProperties {
    private static final CategorySet FOUR = CategorySet.of(1, 2, 3, 4);
    private static final int MISSING = 0;

    /** Units x raters on 1..4, a fifth missing (0), seeded. */
    static int[][] ratings(long seed, int units, int raters) {
        Random random = new Random(seed);
        int[][] rows = new int[units][raters];
        for (int[] row : rows) {
            int truth = 1 + random.nextInt(4);
            for (int r = 0; r < raters; r++) {
                row[r] = random.nextInt(5) == 0 ? MISSING : Math.max(1, Math.min(4, truth + random.nextInt(3) - 1));
            }
        }
        return rows;
    }

    /** Consecutive parts of random sizes (some empty), in a shuffled order. */
    static <T> List<T[]> partition(T[] rows, Random random) {
        List<T[]> parts = new ArrayList<>();
        int start = 0;
        while (start < rows.length) {
            int size = random.nextInt(Math.max(1, rows.length / 3) + 1);
            parts.add(Arrays.copyOfRange(rows, start, Math.min(rows.length, start + size)));
            start += size;
        }
        java.util.Collections.shuffle(parts, random);
        return parts;
    }

    /** Merges in a random tree: repeatedly two random neighbours, each result through its bytes. */
    static <S> S mergeRandomly(List<S> parts, Random random, BinaryOperator<S> merge, UnaryOperator<S> throughBytes) {
        List<S> pool = new ArrayList<>(parts);
        while (pool.size() > 1) {
            int i = random.nextInt(pool.size() - 1);
            S merged = random.nextBoolean() ? merge.apply(pool.get(i), pool.get(i + 1))
                    : merge.apply(pool.get(i + 1), pool.get(i));
            pool.set(i, throughBytes.apply(merged));
            pool.remove(i + 1);
        }
        return pool.get(0);
    }

    private static <S> void mergesExactly(long seed, int[][] rows, Function<int[][], S> partial, S empty,
            BinaryOperator<S> merge, UnaryOperator<S> throughBytes) {
        Random random = new Random(seed);
        List<S> parts = new ArrayList<>();
        parts.add(empty);
        for (int[][] part : partition(rows, random)) {
            parts.add(partial.apply(part));
        }
        assertEquals(partial.apply(rows), mergeRandomly(parts, random, merge, throughBytes));
    }

    @Test
    void coincidenceCounts_mergeExactlyToTheSinglePass() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 60), integers().between(1, 6))
                .checkAssert((seed, units, raters) -> {
                    int[][] rows = ratings(seed, units, raters);
                    mergesExactly(seed, rows, part -> CoincidenceCounts.of(FOUR, part, MISSING),
                            CoincidenceCounts.empty(FOUR), CoincidenceCounts::merge,
                            c -> CoincidenceCounts.fromBytes(c.toBytes()));
                    // equal counts finish to equal doubles at every level
                    CoincidenceCounts whole = CoincidenceCounts.of(FOUR, rows, MISSING);
                    CoincidenceCounts halves = CoincidenceCounts.of(FOUR, Arrays.copyOfRange(rows, 0, units / 2), MISSING)
                            .merge(CoincidenceCounts.of(FOUR, Arrays.copyOfRange(rows, units / 2, units), MISSING));
                    for (MeasurementLevel level : MeasurementLevel.values()) {
                        assertEquals(whole.alpha(level).alpha(), halves.alpha(level).alpha());
                    }
                });
    }

    @Test
    void categoryAndContingencyCounts_mergeExactlyToTheSinglePass() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 60), integers().between(2, 6))
                .checkAssert((seed, units, raters) -> {
                    int[][] rows = ratings(seed, units, raters);
                    mergesExactly(seed, rows, part -> CategoryCounts.of(FOUR, part, MISSING), CategoryCounts.empty(FOUR),
                            CategoryCounts::merge, c -> CategoryCounts.fromBytes(c.toBytes()));
                    mergesExactly(seed, rows, part -> ContingencyTable.of(FOUR, part, MISSING, 0, 1),
                            ContingencyTable.empty(FOUR), ContingencyTable::merge,
                            t -> ContingencyTable.fromBytes(t.toBytes()));
                });
    }

    @Test
    void iccSums_mergeToTheSinglePassWithin1e12() {
        qt().withExamples(200).forAll(longs().all(), integers().between(2, 80), integers().between(2, 6))
                .checkAssert((seed, targets, judges) -> {
                    Random random = new Random(seed);
                    double offset = new double[] {0, 1e4, 1e8, 1e12}[random.nextInt(4)];
                    double[][] scores = new double[targets][judges];
                    for (double[] row : scores) {
                        double target = offset + random.nextInt(20);
                        for (int j = 0; j < judges; j++) {
                            row[j] = target + random.nextInt(5) * 0.5;
                        }
                    }
                    List<String> names = new ArrayList<>();
                    for (int j = 0; j < judges; j++) {
                        names.add(Integer.toString(j));
                    }
                    List<IccSums> parts = new ArrayList<>();
                    parts.add(IccSums.empty(names).merge(IccSums.empty(names)));
                    for (double[][] part : partition(scores, random)) {
                        parts.add(IccSums.of(names, part));
                    }
                    IccSums merged = mergeRandomly(parts, random, IccSums::merge, s -> IccSums.fromBytes(s.toBytes()));
                    IntraclassCorrelation single = IccSums.of(scores).intraclassCorrelation(0.95);
                    IntraclassCorrelation combined = merged.intraclassCorrelation(0.95);
                    // Mean squares within 1e-12 of the largest of them (one that is exactly 0 comes
                    // out as rounding either side of 0); ICCs, which lie in [-1, 1], within 1e-12.
                    double scale = Math.max(Math.max(single.betweenTargetsMeanSquare(), single.withinTargetsMeanSquare()),
                            Math.max(single.betweenJudgesMeanSquare(), single.errorMeanSquare()));
                    assertClose(single.betweenTargetsMeanSquare(), combined.betweenTargetsMeanSquare(), scale);
                    assertClose(single.withinTargetsMeanSquare(), combined.withinTargetsMeanSquare(), scale);
                    assertClose(single.errorMeanSquare(), combined.errorMeanSquare(), scale);
                    assertClose(single.betweenJudgesMeanSquare(), combined.betweenJudgesMeanSquare(), scale);
                    for (IccForm form : IccForm.values()) {
                        Coefficient a = single.get(form).estimate();
                        Coefficient b = combined.get(form).estimate();
                        assertEquals(a.isDefined(), b.isDefined(), form + ": " + a + " vs " + b);
                        if (a.isDefined()) {
                            assertClose(a.value().getAsDouble(), b.value().getAsDouble(), 1);
                        }
                    }
                });
    }

    /** Within 1e-12 of {@code scale}, the magnitude the figure is measured against. */
    static void assertClose(double expected, double actual, double scale) {
        assertTrue(Math.abs(expected - actual) <= 1e-12 * scale, expected + " vs " + actual + " (scale " + scale + ")");
    }

    @Test
    void rankSums_mergeWholeRatersExactly() {
        qt().withExamples(200).forAll(longs().all(), integers().between(2, 40), integers().between(2, 8))
                .checkAssert((seed, units, raters) -> {
                    Random random = new Random(seed);
                    double[][] scores = new double[units][raters];
                    List<RankSums> parts = new ArrayList<>();
                    for (int r = 0; r < raters; r++) {
                        double[] column = new double[units];
                        for (int u = 0; u < units; u++) {
                            column[u] = random.nextInt(5);
                            scores[u][r] = column[u];
                        }
                        parts.add(RankSums.ofRater(column));
                    }
                    java.util.Collections.shuffle(parts, random);
                    parts.add(RankSums.empty(units));
                    assertEquals(RankSums.of(scores),
                            mergeRandomly(parts, random, RankSums::merge, s -> RankSums.fromBytes(s.toBytes())));
                });
    }

    @Test
    void selectionAndCalibrationCounts_mergeExactly() {
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 200)).checkAssert((seed, count) -> {
            Random random = new Random(seed);
            String[] groups = {"a", "b", "c"};
            List<SelectionCounts> parts = new ArrayList<>();
            List<boolean[]> outcomes = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String label = groups[random.nextInt(3)];
                boolean selected = random.nextInt(3) == 0;
                parts.add(SelectionCounts.ofOutcome(label, selected));
                labels.add(label);
                outcomes.add(new boolean[] {selected});
            }
            List<Integer> index = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                index.add(i);
            }
            SelectionCounts single = SelectionCounts.of(index, labels::get, i -> outcomes.get(i)[0]);
            SelectionCounts merged = mergeRandomly(parts, random, SelectionCounts::merge,
                    s -> SelectionCounts.fromBytes(s.toBytes()));
            assertEquals(single, merged);
            assertEquals(single.report().toString(), merged.report().toString());
        });
    }

    @Test
    void misalignedParts_areRejectedWithTheReason() {
        ScoringInputException judges = assertThrows(ScoringInputException.class,
                () -> IccSums.of(List.of("alice", "bob"), new double[][] {{1, 2}})
                        .merge(IccSums.of(List.of("bob", "alice"), new double[][] {{2, 1}})));
        assertTrue(judges.violations().get(0).message().contains("not aligned"), judges.getMessage());
        ScoringInputException half = assertThrows(ScoringInputException.class,
                () -> IccSums.of(new double[][] {{1, Double.NaN}}));
        assertTrue(half.violations().get(0).message().contains("same part"), half.getMessage());
        ScoringInputException units = assertThrows(ScoringInputException.class,
                () -> RankSums.ofRater(new double[] {1, 2, 3}).merge(RankSums.ofRater(new double[] {1, 2})));
        assertTrue(units.violations().get(0).message().contains("whole raters"), units.getMessage());
        ScoringInputException categories = assertThrows(ScoringInputException.class,
                () -> CoincidenceCounts.empty(FOUR).merge(CoincidenceCounts.empty(CategorySet.of(1, 2))));
        assertEquals("other.categories", categories.violations().get(0).path());
    }

    @Test
    void fromBytes_rejectsTruncatedAndForeignForms() {
        byte[] bytes = CoincidenceCounts.of(FOUR, ratings(1, 10, 3), MISSING).toBytes();
        for (int length = 0; length < bytes.length; length++) {
            byte[] truncated = Arrays.copyOf(bytes, length);
            assertThrows(ScoringInputException.class, () -> CoincidenceCounts.fromBytes(truncated), "length " + length);
        }
        assertThrows(ScoringInputException.class, () -> CategoryCounts.fromBytes(bytes));
    }
}
