package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.junit.jupiter.api.Test;

class AdverseImpactTest {
    private static GroupImpact group(AdverseImpactReport report, String label) {
        return report.group(label).orElseThrow();
    }

    /**
     * Questions and Answers to Clarify and Provide a Common Interpretation of the Uniform Guidelines
     * on Employee Selection Procedures, 44 FR 11996 (March 2, 1979), Q&amp;A 12 ("How is adverse impact
     * determined?"): hiring rates of 60% for whites, 45% for American Indians, 48% for Hispanics and
     * 51% for Blacks give impact ratios 75%, 80% and 85%; "adverse impact is indicated for American
     * Indians but not for Hispanics or Blacks". Rates here are per 100 applicants; the Hispanic
     * ratio is exactly 4/5, which 29 CFR 1607.4(D) ("less than four-fifths") does not flag.
     */
    @Test
    void fourFifthsRule_matchesUgespQuestionsAndAnswersExample() {
        AdverseImpactReport report = AdverseImpact.analyze(List.of(
                GroupSelection.of("white", 100, 60), GroupSelection.of("american-indian", 100, 45),
                GroupSelection.of("hispanic", 100, 48), GroupSelection.of("black", 100, 51)));
        assertEquals("white", report.highestRateGroup().orElseThrow());
        assertEquals(0.75, group(report, "american-indian").impactRatio().value().orElseThrow(), 1e-12);
        assertEquals(0.80, group(report, "hispanic").impactRatio().value().orElseThrow(), 1e-12);
        assertEquals(0.85, group(report, "black").impactRatio().value().orElseThrow(), 1e-12);
        assertEquals(List.of("american-indian"), report.belowFourFifths().stream().map(GroupImpact::label).toList());
    }

    @Test
    void fourFifthsRule_exactlyFourFifthsIsNotAdverseEvenWhereFloatingPointSaysBelow() {
        // (3/5) / (3/4) is exactly 4/5, but computed in doubles it is 0.7999999999999999.
        assertTrue((3.0 / 5) / (3.0 / 4) < 0.8);
        AdverseImpactReport report = AdverseImpact.analyze(List.of(
                GroupSelection.of("a", 4, 3), GroupSelection.of("b", 5, 3), GroupSelection.of("c", 30, 18)));
        assertFalse(group(report, "b").belowFourFifths());
        assertFalse(group(report, "c").belowFourFifths());
    }

    @Test
    void fourFifthsRule_oneSelectionLessThanTheBoundaryIsAdverse() {
        AdverseImpactReport report = AdverseImpact.analyze(List.of(
                GroupSelection.of("a", 400, 300), GroupSelection.of("b", 500, 300), GroupSelection.of("c", 500, 299)));
        assertFalse(group(report, "b").belowFourFifths());
        assertTrue(group(report, "c").belowFourFifths());
    }

    @Test
    void fourFifthsRule_isExactForCountsWhoseProductsOverflowLongArithmetic() {
        int big = 2_000_000_000;
        // 1_600_000_000 / 2e9 against 2e9 / 2e9: exactly 4/5; 5 * 1.6e9 * 2e9 overflows a long.
        AdverseImpactReport report = AdverseImpact.analyze(List.of(
                GroupSelection.of("a", big, big), GroupSelection.of("b", big, 1_600_000_000),
                GroupSelection.of("c", big, 1_599_999_999)));
        assertFalse(group(report, "b").belowFourFifths());
        assertTrue(group(report, "c").belowFourFifths());
    }

    @Test
    void report_isUndefinedWhenNoGroupHasASelection() {
        AdverseImpactReport report = AdverseImpact.analyze(List.of(
                GroupSelection.of("a", 10, 0), GroupSelection.of("b", 20, 0)));
        assertFalse(report.isDefined());
        assertTrue(report.undefinedReason().orElseThrow().contains("no group had any selection"));
        assertTrue(report.highestRateGroup().isEmpty());
        assertTrue(report.belowFourFifths().isEmpty());
        assertFalse(group(report, "a").impactRatio().isDefined());
    }

    @Test
    void significanceTests_matchHandComputedValuesForATwoByTwoTable() {
        // Highest: 48 of 80 selected; other: 12 of 40. Pooled rate 60/120 = .5,
        // SE = sqrt(.25 * (1/40 + 1/80)) = .096825, z = (.30 - .60) / SE = -3.0984, two-sided p = .00195.
        AdverseImpactReport report = AdverseImpact.analyze(List.of(
                GroupSelection.of("x", 80, 48), GroupSelection.of("y", 40, 12)));
        GroupImpact y = group(report, "y");
        assertEquals(-3.0984, y.zStatistic().value().orElseThrow(), 0.0001);
        assertEquals(0.00195, y.zTestP().value().orElseThrow(), 0.00001);
        double fisher = y.fisherExactP().value().orElseThrow();
        assertTrue(fisher > 0 && fisher < 0.01, "Fisher's exact p " + fisher);
        assertFalse(y.smallSample());
        assertFalse(group(report, "x").fisherExactP().isDefined());
    }

    @Test
    void fisherExactTest_matchesTheTeaTastingExample() {
        // Fisher (1935), the lady tasting tea: table {3, 1; 1, 3}, two-sided p = 0.4857 (= 34/70).
        AdverseImpactReport report = AdverseImpact.analyze(List.of(
                GroupSelection.of("milk-first", 4, 3), GroupSelection.of("tea-first", 4, 1)));
        assertEquals(34.0 / 70, group(report, "tea-first").fisherExactP().value().orElseThrow(), 1e-9);
        assertTrue(group(report, "tea-first").smallSample());
    }

    @Test
    void analyzeOutcomes_countsByCallerLabels() {
        List<String[]> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(new String[] {"a", i < 6 ? "hired" : "rejected"});
            outcomes.add(new String[] {"b", i < 3 ? "hired" : "rejected"});
        }
        AdverseImpactReport report = AdverseImpact.analyze(outcomes, o -> o[0], o -> o[1].equals("hired"));
        assertEquals(List.of("a", "b"), report.groups().stream().map(GroupImpact::label).toList());
        assertEquals(0.5, group(report, "b").impactRatio().value().orElseThrow(), 1e-12);
        assertEquals(10, group(report, "b").applicants());
        assertEquals(3, group(report, "b").selected());
    }

    @Test
    void analyze_listsEveryProblemWithItsPath() {
        ScoringInputException counts = assertThrows(ScoringInputException.class,
                () -> GroupSelection.of(" ", 0, -1));
        assertEquals(List.of("applicants", "label", "selected"),
                counts.violations().stream().map(Violation::path).toList());
        ScoringInputException tooMany = assertThrows(ScoringInputException.class, () -> GroupSelection.of("a", 3, 4));
        assertEquals("selected", tooMany.violations().get(0).path());
        List<GroupSelection> groups = new ArrayList<>();
        groups.add(GroupSelection.of("a", 3, 1));
        groups.add(null);
        groups.add(GroupSelection.of("a", 5, 1));
        ScoringInputException list = assertThrows(ScoringInputException.class, () -> AdverseImpact.analyze(groups));
        assertEquals(List.of("groups[1]", "groups[2].label"), list.violations().stream().map(Violation::path).toList());
        List<String> labels = new ArrayList<>(List.of("a", "b"));
        labels.add(null);
        ScoringInputException outcomes = assertThrows(ScoringInputException.class,
                () -> AdverseImpact.analyze(labels, label -> label == null ? null : label.equals("b") ? "" : label, l -> true));
        assertEquals(List.of("outcomes[1]", "outcomes[2]"), outcomes.violations().stream().map(Violation::path).toList());
    }

    /**
     * R's documentation of fisher.test (Agresti 1990, p. 61f; Fisher's tea drinker): the table
     * {{3, 1}, {1, 3}}, {@code fisher.test(TeaTasting, alternative = "greater")} gives p = 0.2429
     * (= 17/70). Here the first row is one group (3 of 4 selected), the second the other (1 of 4):
     * "higher" for the first is R's "greater"; "lower" for the second, the same table turned.
     */
    @Test
    void fisherOneSided_matchesRsTeaTastingExampleInBothDirections() {
        AdverseImpactReport report = AdverseImpact.analyze(List.of(
                GroupSelection.of("milk-first", 4, 3), GroupSelection.of("tea-first", 4, 1)));
        GroupImpact lower = group(report, "tea-first");
        assertEquals(0.2429, lower.fisherExactLowerP().value().orElseThrow(), 0.00005);
        assertEquals(17.0 / 70, lower.fisherExactLowerP().value().orElseThrow(), 1e-12);
        // the other tail: at least 1 of 4 for the lower group is everything but the table {0, 4; 4, 0}
        assertEquals(1 - 1.0 / 70, lower.fisherExactHigherP().value().orElseThrow(), 1e-12);
        assertEquals("milk-first", lower.referenceGroup().orElseThrow());
    }

    @Test
    void fisherOneSided_equalsCommonsStatisticsOnRandomTables() {
        java.util.Random random = new java.util.Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int n1 = 1 + random.nextInt(60);
            int n2 = 1 + random.nextInt(60);
            int a = random.nextInt(n1 + 1);
            int c = 1 + random.nextInt(n2);
            int[][] table = {{a, n1 - a}, {c, n2 - c}};
            FisherExactTest test = FisherExactTest.withDefaults();
            double less = test.with(AlternativeHypothesis.LESS_THAN).test(table).getPValue();
            double greater = test.with(AlternativeHypothesis.GREATER_THAN).test(table).getPValue();
            assertEquals(less, FisherExact.less(a, n1 - a, c, n2 - c), 1e-12, java.util.Arrays.deepToString(table));
            assertEquals(greater, FisherExact.greater(a, n1 - a, c, n2 - c), 1e-12, java.util.Arrays.deepToString(table));
        }
    }

    /**
     * R's chisq.test with its default continuity correction on the same tea-tasting table gives
     * X-squared = 0.5, df = 1, p-value = 0.4795: N (|ad - bc| - N/2)^2 / (margins) = 8 (8 - 4)^2 / 256.
     */
    @Test
    void yatesChiSquare_matchesRsChisqTestOnTheTeaTastingTable() {
        GroupImpact tea = group(AdverseImpact.analyze(List.of(
                GroupSelection.of("milk-first", 4, 3), GroupSelection.of("tea-first", 4, 1))), "tea-first");
        assertEquals(0.5, tea.chiSquareYates().value().orElseThrow(), 1e-15);
        assertEquals(0.4795, tea.chiSquareYatesP().value().orElseThrow(), 0.00005);
        assertEquals(ChiSquaredDistribution.of(1).survivalProbability(0.5), tea.chiSquareYatesP().value().orElseThrow(), 1e-15);
    }

    @Test
    void yatesChiSquare_neverCorrectsPastZero() {
        // |ad - bc| = 1 < N/2: R caps the correction at |O - E|, giving 0, not a positive statistic.
        GroupImpact near = group(AdverseImpact.analyze(List.of(
                GroupSelection.of("a", 3, 2), GroupSelection.of("b", 3, 1))), "b");
        // a d - b c = 1 * 1 - 2 * 2 = -3, N = 6: |ad - bc| = 3 = N/2, the statistic is exactly 0
        assertEquals(0.0, near.chiSquareYates().value().orElseThrow(), 0.0);
    }

    /**
     * Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion / Interval
     * estimation for the difference between independent proportions: comparison of eleven methods.
     * Statistics in Medicine 17, 873-890, Table II example (a): 56/70 against 48/80, difference
     * 0.2000, simple asymptotic (Wald, unpooled) interval 0.0575 to 0.3425. The unpooled z is the
     * difference over the same standard error, so the interval's half-width is 1.95996 SE.
     */
    @Test
    void unpooledZ_matchesNewcombesWaldIntervalExample() {
        AdverseImpactReport report = AdverseImpact.analyze(List.of(
                GroupSelection.of("first", 70, 56), GroupSelection.of("second", 80, 48)));
        GroupImpact second = group(report, "second");
        double z = second.zStatisticUnpooled().value().orElseThrow();
        double standardError = 0.2 / -z;
        assertEquals(0.0575, 0.2 - 1.959964 * standardError, 0.00005);
        assertEquals(0.3425, 0.2 + 1.959964 * standardError, 0.00005);
        // independent: sqrt(p1 q1 / n1 + p2 q2 / n2)
        double expected = Math.sqrt(0.8 * 0.2 / 70 + 0.6 * 0.4 / 80);
        assertEquals(expected, standardError, 1e-15);
        assertEquals(2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z)),
                second.zTestUnpooledP().value().orElseThrow(), 1e-15);
    }

    /**
     * The Uniform Guidelines' Q&amp;A 12 example again: 45 of 100 American Indians hired against 60
     * of 100 whites. Four-fifths of 60% is 48%, so 3 more hires (48 of 100) remove the adverse
     * impact: the shortfall is 3; Hispanics at exactly 48 have none.
     */
    @Test
    void shortfall_isTheSelectionsThatRemoveTheImpact_inTheUgespExample() {
        AdverseImpactReport report = AdverseImpact.analyze(List.of(
                GroupSelection.of("white", 100, 60), GroupSelection.of("american-indian", 100, 45),
                GroupSelection.of("hispanic", 100, 48)));
        assertEquals(3, group(report, "american-indian").shortfall());
        assertEquals(0, group(report, "hispanic").shortfall());
        assertEquals("white", group(report, "american-indian").referenceGroup().orElseThrow());
        assertEquals("white", group(report, "white").referenceGroup().orElseThrow());
        assertTrue(group(report, "white").flipTest().isEmpty());
    }

    @Test
    void flipTest_findsAnImpactThatRestsOnOnePerson() {
        // 47 of 100 against 60 of 100: one more hire (48) reaches four-fifths exactly; one fewer
        // white hire (59) gives 47/59 = 0.797, still below.
        AdverseImpactReport report = AdverseImpact.analyze(List.of(
                GroupSelection.of("white", 100, 60), GroupSelection.of("american-indian", 100, 47)));
        GroupImpact impact = group(report, "american-indian");
        assertTrue(impact.belowFourFifths());
        assertEquals(1, impact.shortfall());
        FlipTestOutcome flip = impact.flipTest().orElseThrow();
        assertFalse(flip.oneMoreSelected().orElseThrow().belowFourFifths());
        assertTrue(flip.oneFewerReferenceSelected().orElseThrow().belowFourFifths());
        assertTrue(flip.fourFifthsFlips());
        // 45 of 100 needs three: no single person changes the conclusion
        GroupImpact robust = group(AdverseImpact.analyze(List.of(
                GroupSelection.of("white", 100, 60), GroupSelection.of("american-indian", 100, 45))), "american-indian");
        assertFalse(robust.flipTest().orElseThrow().fourFifthsFlips());
    }

    @Test
    void flipTest_significance_usesTheCallersLevel() {
        GroupImpact impact = group(AdverseImpact.analyze(List.of(
                GroupSelection.of("x", 80, 48), GroupSelection.of("y", 40, 12))), "y");
        FlipTestOutcome flip = impact.flipTest().orElseThrow();
        double p = impact.fisherExactP().value().orElseThrow();
        double after = flip.oneMoreSelected().orElseThrow().fisherExactP().value().orElseThrow();
        assertTrue(after > p, "one more selection moves the rates closer");
        assertTrue(flip.significanceFlips((p + after) / 2));
        assertFalse(flip.significanceFlips(0.5));
        assertThrows(IllegalArgumentException.class, () -> flip.significanceFlips(1.5));
    }
}
