package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.ArrayList;
import java.util.List;
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
}
