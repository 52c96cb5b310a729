package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionFlowTest {
    private static final SelectionFlow FLOW = SelectionFlow.of("screen", "interview", "offer");

    private record Outcome(String group, String stage, boolean passed) {}

    private static void add(List<Outcome> outcomes, int count, String group, String stage, boolean passed) {
        for (int i = 0; i < count; i++) {
            outcomes.add(new Outcome(group, stage, passed));
        }
    }

    /**
     * A flow counted by hand. Group a: 100 applied, 40 failed the screen, 60 interviewed of whom
     * 20 failed, 40 reached the offer stage, 30 got one. Group b: 100 applied, 70 failed the screen,
     * 30 interviewed of whom 10 failed, 20 reached the offer stage, 15 got one. Screen: a 60/100,
     * b 30/100, ratio 0.5; interview: a 40/60, b 20/30, ratio 1; offer: a 30/40, b 15/20, ratio 1;
     * bottom line: a 30/100, b 15/100, ratio 0.5. The screen is the component with the impact.
     */
    @Test
    void analyze_findsTheStageThatCarriesTheBottomLineImpact() {
        List<Outcome> outcomes = new ArrayList<>();
        add(outcomes, 40, "a", "screen", false);
        add(outcomes, 20, "a", "interview", false);
        add(outcomes, 10, "a", "offer", false);
        add(outcomes, 30, "a", "offer", true);
        add(outcomes, 70, "b", "screen", false);
        add(outcomes, 10, "b", "interview", false);
        add(outcomes, 5, "b", "offer", false);
        add(outcomes, 15, "b", "offer", true);
        SelectionFlowReport report = FLOW.analyze(outcomes, Outcome::group, Outcome::stage, Outcome::passed);
        GroupImpact screenB = report.stage("screen").group("b").orElseThrow();
        assertEquals(100, screenB.applicants());
        assertEquals(30, screenB.selected());
        assertEquals(0.5, screenB.impactRatio().value().orElseThrow(), 1e-15);
        assertEquals("a", screenB.referenceGroup().orElseThrow());
        GroupImpact interviewB = report.stage("interview").group("b").orElseThrow();
        assertEquals(30, interviewB.applicants());
        assertEquals(20, interviewB.selected());
        assertEquals(1.0, interviewB.impactRatio().value().orElseThrow(), 1e-15);
        assertEquals(List.of("screen"), report.stagesBelowFourFifths());
        assertTrue(report.bottomLineShowsAdverseImpact());
        GroupImpact bottomB = report.bottomLine().group("b").orElseThrow();
        assertEquals(100, bottomB.applicants());
        assertEquals(15, bottomB.selected());
        // four-fifths of 30% is 24%: 9 more offers
        assertEquals(9, bottomB.shortfall());
    }

    @Test
    void analyze_countsAWithdrawalAsPassedAndNotAnApplicantLater() {
        List<Outcome> outcomes = new ArrayList<>();
        add(outcomes, 1, "a", "screen", true);
        add(outcomes, 1, "a", "offer", true);
        SelectionFlowReport report = FLOW.analyze(outcomes, Outcome::group, Outcome::stage, Outcome::passed);
        assertEquals(2, report.stage("screen").group("a").orElseThrow().selected());
        assertEquals(1, report.stage("interview").group("a").orElseThrow().applicants());
        assertEquals(1, report.bottomLine().group("a").orElseThrow().selected());
    }

    @Test
    void count_mergesInAnyOrderToTheSameCounts() {
        StageCounts one = StageCounts.ofCandidate(FLOW, "a", "interview", true);
        StageCounts two = StageCounts.ofCandidate(FLOW, "b", "screen", false);
        StageCounts three = StageCounts.ofCandidate(FLOW, "a", "offer", false);
        assertEquals(one.merge(two).merge(three), three.merge(one.merge(two)));
        assertEquals(one.merge(two), StageCounts.fromBytes(one.merge(two).toBytes()));
    }

    @Test
    void analyze_listsEveryOutcomeThatIsNotOfTheFlow() {
        List<Outcome> outcomes = List.of(new Outcome("a", "onsite", true), new Outcome(" ", "screen", false));
        ScoringInputException thrown = assertThrows(ScoringInputException.class,
                () -> FLOW.analyze(outcomes, Outcome::group, Outcome::stage, Outcome::passed));
        assertEquals(List.of("outcomes[0].stage", "outcomes[1]"), thrown.violations().stream().map(Violation::path).toList());
    }

    @Test
    void merge_rejectsCountsOfAnotherFlow() {
        StageCounts other = StageCounts.ofCandidate(SelectionFlow.of("screen", "offer"), "a", "offer", true);
        ScoringInputException thrown = assertThrows(ScoringInputException.class,
                () -> StageCounts.empty(FLOW).merge(other));
        assertEquals("other.flow", thrown.violations().get(0).path());
    }
}
