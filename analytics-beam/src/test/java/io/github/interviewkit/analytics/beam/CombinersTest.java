package io.github.interviewkit.analytics.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.analytics.AdverseImpactReport;
import io.github.interviewkit.analytics.CalibrationPolicy;
import io.github.interviewkit.analytics.CalibrationSums;
import io.github.interviewkit.analytics.CategoryCounts;
import io.github.interviewkit.analytics.CategorySet;
import io.github.interviewkit.analytics.CoincidenceCounts;
import io.github.interviewkit.analytics.ContingencyTable;
import io.github.interviewkit.analytics.CriterionImpactReport;
import io.github.interviewkit.analytics.CriterionPassCounts;
import io.github.interviewkit.analytics.FleissKappa;
import io.github.interviewkit.analytics.GroupImpact;
import io.github.interviewkit.analytics.IccForm;
import io.github.interviewkit.analytics.IccSums;
import io.github.interviewkit.analytics.KappaWeights;
import io.github.interviewkit.analytics.KendallsW;
import io.github.interviewkit.analytics.KrippendorffsAlpha;
import io.github.interviewkit.analytics.MeasurementLevel;
import io.github.interviewkit.analytics.PanelAnalytics;
import io.github.interviewkit.analytics.RankSums;
import io.github.interviewkit.analytics.SelectionCounts;
import io.github.interviewkit.analytics.SelectionFlowReport;
import io.github.interviewkit.analytics.StageCounts;
import io.github.interviewkit.scoring.Panel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.beam.sdk.testing.CombineFnTester;
import org.apache.beam.sdk.transforms.Combine;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

/**
 * Each combiner alone, under Beam's CombineFnTester: the inputs sharded, reordered and merged with
 * empty accumulators in every way it tries must give the single-pass value (exactly for the
 * count-based statistics, to 1e-12 for the intraclass correlations).
 */
class CombinersTest {
    private static final CategorySet FOUR = CategorySet.of(1, 2, 3, 4);

    /** Rows of ratings 1..4 with missing ones (Integer.MIN_VALUE), seeded. */
    private static int[][] ratings(long seed, int units, int raters) {
        Random random = new Random(seed);
        int[][] rows = new int[units][raters];
        for (int u = 0; u < units; u++) {
            int truth = 1 + random.nextInt(4);
            for (int r = 0; r < raters; r++) {
                rows[u][r] = random.nextInt(8) == 0 ? Integer.MIN_VALUE
                        : Math.max(1, Math.min(4, truth + random.nextInt(3) - 1));
            }
        }
        return rows;
    }

    /** One partial form per unit: the finest split there is. */
    private static <S> List<S> perUnit(int[][] rows, Function<int[][], S> partial) {
        List<S> parts = new ArrayList<>();
        for (int[] row : rows) {
            parts.add(partial.apply(new int[][] {row}));
        }
        return parts;
    }

    /** Matches a result whose view equals the expected one's, e.g. a coefficient. */
    private static <R> Matcher<R> sameAs(R expected, Function<R, Object> view) {
        Object wanted = view.apply(expected);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(R actual) {
                return wanted.equals(view.apply(actual));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a result whose figures are " + wanted);
            }
        };
    }

    @Test
    void krippendorffsAlpha_combinesToTheSinglePassValue() {
        int[][] rows = ratings(1L, 200, 5);
        for (MeasurementLevel level : MeasurementLevel.values()) {
            KrippendorffsAlpha single = CoincidenceCounts.of(FOUR, rows, Integer.MIN_VALUE).alpha(level);
            CombineFnTester.testCombineFn(KrippendorffsAlphaCombine.of(level),
                    perUnit(rows, part -> CoincidenceCounts.of(FOUR, part, Integer.MIN_VALUE)),
                    sameAs(single, a -> List.of(a.alpha(), a.pairableValues(), a.observedDisagreement())));
        }
    }

    @Test
    void fleissKappa_combinesToTheSinglePassValue() {
        int[][] rows = ratings(2L, 150, 4);
        for (int[] row : rows) {
            for (int r = 0; r < row.length; r++) {
                row[r] = row[r] == Integer.MIN_VALUE ? 2 : row[r];
            }
        }
        FleissKappa single = CategoryCounts.of(FOUR, rows, 0).kappa();
        CombineFnTester.testCombineFn(FleissKappaCombine.of(), perUnit(rows, part -> CategoryCounts.of(FOUR, part, 0)),
                sameAs(single, k -> List.of(k.kappa(), k.observedAgreement(), k.expectedAgreement(), k.perCategory())));
    }

    @Test
    void cohensKappaAndScottsPi_combineToTheSinglePassValue() {
        int[][] rows = ratings(3L, 300, 2);
        ContingencyTable table = ContingencyTable.of(FOUR, rows, Integer.MIN_VALUE, 0, 1);
        List<ContingencyTable> parts = perUnit(rows, part -> ContingencyTable.of(FOUR, part, Integer.MIN_VALUE, 0, 1));
        CombineFnTester.testCombineFn(CohensKappaCombine.of(KappaWeights.quadratic()), parts,
                sameAs(table.cohensKappa(KappaWeights.quadratic()), k -> List.of(k.kappa(), k.units())));
        CombineFnTester.testCombineFn(ScottsPiCombine.of(), parts, sameAs(table.scottsPi(), p -> p.pi()));
    }

    @Test
    void intraclassCorrelation_combinesToTheSinglePassValueWithin1e12() {
        Random random = new Random(4L);
        double[][] scores = new double[120][3];
        List<IccSums> parts = new ArrayList<>();
        for (double[] row : scores) {
            double target = 1e8 + random.nextInt(50);
            for (int j = 0; j < row.length; j++) {
                row[j] = target + j + random.nextInt(5);
            }
            parts.add(IccSums.of(new double[][] {row}));
        }
        double single = IccSums.of(scores).intraclassCorrelation(0.95).get(IccForm.ICC_2_1).estimate().value()
                .orElseThrow();
        CombineFnTester.testCombineFn(IntraclassCorrelationCombine.of(0.95), parts, new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(io.github.interviewkit.analytics.IntraclassCorrelation actual) {
                double value = actual.get(IccForm.ICC_2_1).estimate().value().orElseThrow();
                return Math.abs(value - single) <= 1e-12 * Math.abs(single);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("ICC(2,1) within 1e-12 of " + single);
            }
        });
    }

    @Test
    void kendallsW_combinesWholeRatersToTheSinglePassValue() {
        Random random = new Random(5L);
        double[][] scores = new double[30][6];
        List<RankSums> raters = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            double[] column = new double[30];
            for (int u = 0; u < 30; u++) {
                column[u] = u / 3 + random.nextInt(4);
                scores[u][r] = column[u];
            }
            raters.add(RankSums.ofRater(column));
        }
        KendallsW single = RankSums.of(scores).kendallsW();
        CombineFnTester.testCombineFn(KendallsWCombine.of(), raters,
                sameAs(single, w -> List.of(w.w(), w.wUncorrected(), w.pValue())));
    }

    @Test
    void calibrationAndImpact_combinePanelsToTheSinglePassValue() {
        GeneratedData.Data data = GeneratedData.generate(6L, 1, 80);
        List<Panel> panels = data.panelLines.stream().map(GeneratedData::parse).toList();
        CalibrationPolicy policy = CalibrationPolicy.of(new BigDecimal("0.25"), 10);
        List<CalibrationSums> calibration = panels.stream().map(CalibrationSums::of).toList();
        CombineFnTester.testCombineFn(CalibrationCombine.of(policy), calibration,
                sameAs(PanelAnalytics.of(panels).calibration(policy), c -> c.toString()));

        List<String[]> outcomes = data.outcomeLines.subList(1, data.outcomeLines.size()).stream()
                .map(line -> line.split(",")).toList();
        SelectionFlowReport flow = GeneratedData.FLOW.analyze(outcomes, o -> o[2], o -> o[3], o -> o[4].equals("true"));
        CombineFnTester.testCombineFn(SelectionFlowCombine.of(), outcomes.stream()
                .map(o -> StageCounts.ofCandidate(GeneratedData.FLOW, o[2], o[3], o[4].equals("true"))).toList(),
                sameAs(flow, f -> String.join("\n", AnalyticsTables.adverseImpactRows("k", f))));
        AdverseImpactReport bottomLine = flow.bottomLine();
        CombineFnTester.testCombineFn(AdverseImpactCombine.of(), outcomes.stream()
                .map(o -> SelectionCounts.ofOutcome(o[2], o[3].equals("offer") && o[4].equals("true"))).toList(),
                sameAs(bottomLine, r -> r.groups().stream().map(GroupImpact::toString).toList()));
        CriterionImpactReport criteria = io.github.interviewkit.analytics.AdverseImpact.perCriterion(panels,
                panel -> outcomes.stream().filter(o -> o[1].equals(panel.candidateId())).findFirst().orElseThrow()[2], 3);
        CombineFnTester.testCombineFn(CriterionImpactCombine.of(), panels.stream()
                .map(panel -> CriterionPassCounts.ofCandidate(outcomes.stream().filter(o -> o[1].equals(panel.candidateId()))
                        .findFirst().orElseThrow()[2], CriterionPassCounts.passes(panel, 3))).toList(),
                sameAs(criteria, c -> String.join("\n", AnalyticsTables.adverseImpactRows("k", c))));
    }

    @Test
    void combiner_withoutCategoriesSaysWhyItCannotFinishNoInput() {
        Combine.CombineFn<CoincidenceCounts, ?, KrippendorffsAlpha> fn = KrippendorffsAlphaCombine.of(MeasurementLevel.NOMINAL);
        IllegalStateException empty = assertThrows(IllegalStateException.class, () -> finishEmpty(fn));
        assertEquals(true, empty.getMessage().contains("categories"));
    }

    private static <A> KrippendorffsAlpha finishEmpty(Combine.CombineFn<CoincidenceCounts, A, KrippendorffsAlpha> fn) {
        return fn.extractOutput(fn.createAccumulator());
    }
}
