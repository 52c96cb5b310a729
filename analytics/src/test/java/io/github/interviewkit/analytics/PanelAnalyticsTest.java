package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PanelAnalyticsTest {
    private static final Role TWO_CRITERIA = PanelFixtures.role(4, "design", "coding");

    private static Scorecard card(String candidate, String interviewer, Integer design, Integer coding) {
        Scorecard.Builder builder = Scorecard.builder().candidateId(candidate).interviewerId(interviewer)
                .stage(QuestionCategory.TECHNICAL);
        if (design == null) {
            builder.notAssessed("design");
        } else {
            builder.rate("design", design);
        }
        if (coding != null) {
            builder.rate("coding", coding);
        }
        return builder.build();
    }

    /**
     * Two panels rated by hand. Candidate c1: alice 4/4, bob 2/3, carol 3/not assessed; candidate c2:
     * alice 3/3, bob 2/2. Leave-one-out deviations: alice +1.5 (4 - 2.5), +1, +1, +1; bob -1.5, -1,
     * -1, -1; carol 0 (3 - 3).
     */
    private static PanelAnalytics handRated() {
        return PanelAnalytics.of(List.of(
                Panel.of(TWO_CRITERIA, List.of(card("c2", "alice", 3, 3), card("c2", "bob", 2, 2))),
                Panel.of(TWO_CRITERIA, List.of(card("c1", "carol", 3, null), card("c1", "bob", 2, 3),
                        card("c1", "alice", 4, 4)))));
    }

    @Test
    void ratings_haveOneUnitPerCandidateAndCriterionAndOneColumnPerInterviewer() {
        PanelAnalytics analytics = handRated();
        assertEquals(List.of("alice", "bob", "carol"), analytics.interviewers());
        assertEquals(List.of("c1/design", "c1/coding", "c2/design", "c2/coding"), analytics.units());
        assertEquals(OptionalInt.of(3), analytics.ratings().value(0, 2));
        assertEquals(OptionalInt.empty(), analytics.ratings().value(1, 2));
        assertEquals(OptionalInt.empty(), analytics.ratings().value(2, 2));
    }

    @Test
    void calibration_matchesHandComputedLeaveOneOutDeviations() {
        Calibration calibration = handRated().calibration(CalibrationPolicy.of(BigDecimal.ONE, 2));
        InterviewerCalibration alice = calibration.interviewer("alice").orElseThrow();
        assertEquals(4, alice.comparisons());
        assertEquals(1.125, alice.meanDeviation().value().orElseThrow(), 1e-12);
        // Sample deviation of (1.5, 1, 1, 1) is 0.25; standard error 0.25 / sqrt(4).
        assertEquals(0.125, alice.standardError().value().orElseThrow(), 1e-12);
        assertEquals(CalibrationFlag.LENIENT, alice.flag());
        InterviewerCalibration bob = calibration.interviewer("bob").orElseThrow();
        assertEquals(-1.125, bob.meanDeviation().value().orElseThrow(), 1e-12);
        assertEquals(CalibrationFlag.SEVERE, bob.flag());
        InterviewerCalibration carol = calibration.interviewer("carol").orElseThrow();
        assertEquals(1, carol.comparisons());
        assertEquals(CalibrationFlag.TOO_FEW_COMPARISONS, carol.flag());
        assertFalse(carol.standardError().isDefined());
        assertEquals(List.of("alice", "bob"), calibration.flagged().stream().map(InterviewerCalibration::interviewerId).toList());
    }

    @Test
    void calibration_countsLevelUsageAndNotAssessed() {
        Calibration calibration = handRated().calibration(CalibrationPolicy.defaults());
        assertEquals(Map.of(1, 0L, 2, 0L, 3, 2L, 4, 2L), calibration.interviewer("alice").orElseThrow().levelUsage());
        assertEquals(List.of(1, 2, 3, 4), List.copyOf(calibration.interviewer("carol").orElseThrow().levelUsage().keySet()));
        assertEquals(1L, calibration.interviewer("carol").orElseThrow().notAssessed());
        assertEquals(0L, calibration.interviewer("bob").orElseThrow().notAssessed());
    }

    @Test
    void calibration_aMeanDeviationOfExactlyTheThresholdIsNotBeyondIt() {
        // Deviations of x: 3 - (2+3)/2 = 1/2, 3 - (2+2+3)/3 = 2/3, 3 - (2+3+3)/3 = 1/3. Their mean is
        // exactly 1/2, but summed in doubles it is 0.49999999999999994.
        Role role = PanelFixtures.role(4, "design");
        Integer[][] ratings = {{3, 2, 3, null}, {3, 2, 2, 3}, {3, 2, 3, 3}};
        PanelAnalytics analytics = PanelAnalytics.of(PanelFixtures.panels(role, new String[] {"x", "p", "q", "r"}, ratings));
        assertTrue((0.5 + 2.0 / 3 + 1.0 / 3) / 3 < 0.5);
        assertEquals(CalibrationFlag.CALIBRATED,
                analytics.calibration(CalibrationPolicy.of(new BigDecimal("0.5"), 3)).interviewer("x").orElseThrow().flag());
        assertEquals(CalibrationFlag.LENIENT,
                analytics.calibration(CalibrationPolicy.of(new BigDecimal("0.4999"), 3)).interviewer("x").orElseThrow().flag());
    }

    @Test
    void krippendorffsAlpha_fromPanels_matchesKrippendorff2011() {
        // The example of KrippendorffsAlphaTest, entered as twelve one-criterion panels on a 1..5 scale:
        // a missing value is an observer who was not on that candidate's panel.
        PanelAnalytics analytics = PanelAnalytics.of(PanelFixtures.panels(PanelFixtures.role(5, "judgement"),
                new String[] {"A", "B", "C", "D"}, KrippendorffsAlphaTest.KRIPPENDORFF_2011));
        assertEquals(0.743, analytics.krippendorffsAlpha(MeasurementLevel.NOMINAL).alpha().value().orElseThrow(), 0.0005);
        assertEquals(0.815, analytics.krippendorffsAlpha(MeasurementLevel.ORDINAL).alpha().value().orElseThrow(), 0.0005);
        assertEquals(0.849, analytics.krippendorffsAlpha(MeasurementLevel.INTERVAL).alpha().value().orElseThrow(), 0.0005);
        assertEquals(0.797, analytics.krippendorffsAlpha(MeasurementLevel.RATIO).alpha().value().orElseThrow(), 0.0005);
    }

    @Test
    void fleissKappa_fromPanels_matchesFleiss1971() {
        String[] raters = {"r1", "r2", "r3", "r4", "r5", "r6"};
        PanelAnalytics analytics = PanelAnalytics.of(PanelFixtures.panels(PanelFixtures.role(5, "diagnosis"),
                raters, FleissKappaTest.FLEISS_1971));
        assertEquals(0.430, analytics.fleissKappa().kappa().value().orElseThrow(), 0.0005);
    }

    @Test
    void intraclassCorrelation_fromSparsePanelsIsUndefinedWithTheReason() {
        IntraclassCorrelation icc = handRated().intraclassCorrelation();
        assertTrue(icc.get(IccForm.ICC_2_1).estimate().undefinedReason().orElseThrow().contains("rated by every judge"));
        assertTrue(handRated().kendallsW().w().undefinedReason().orElseThrow().contains("rated by every rater"));
    }

    @Test
    void cohensKappa_betweenTwoInterviewers_usesTheUnitsBothRated() {
        CohensKappa kappa = handRated().cohensKappa("alice", "bob", KappaWeights.unweighted());
        assertEquals(4, kappa.units());
        ScoringInputException unknown = assertThrows(ScoringInputException.class,
                () -> handRated().cohensKappa("alice", "zoe", KappaWeights.linear()));
        assertEquals("secondInterviewer", unknown.violations().get(0).path());
    }

    @Test
    void of_listsRepeatedCandidatesAndMismatchedScales() {
        List<Panel> panels = new ArrayList<>();
        panels.add(Panel.of(TWO_CRITERIA, List.of(card("c1", "alice", 3, 3))));
        panels.add(null);
        panels.add(Panel.of(TWO_CRITERIA, List.of(card("c1", "bob", 2, 2))));
        Role fiveLevels = PanelFixtures.role(5, "design");
        panels.add(Panel.of(fiveLevels, List.of(Scorecard.builder().candidateId("c9").interviewerId("bob")
                .stage(QuestionCategory.TECHNICAL).rate("design", 5).build())));
        ScoringInputException thrown = assertThrows(ScoringInputException.class, () -> PanelAnalytics.of(panels));
        assertEquals(List.of("panels[1]", "panels[2].candidateId", "panels[3].role.rubric.scale"),
                thrown.violations().stream().map(Violation::path).toList());
    }

    @Test
    void ratings_ofOneInterviewerAtTwoStages_splitTheCriterionByStage_andPoolInTheirColumn() {
        Scorecard aliceBehavioural = Scorecard.builder().candidateId("c1").interviewerId("alice")
                .stage(QuestionCategory.BEHAVIOURAL).rate("design", 2).build();
        PanelAnalytics analytics = PanelAnalytics.of(List.of(Panel.of(TWO_CRITERIA,
                List.of(card("c1", "alice", 4, 3), card("c1", "bob", 3, 3), aliceBehavioural))));
        assertEquals(List.of("alice", "bob"), analytics.interviewers());
        assertEquals(List.of("c1/behavioural/design", "c1/technical/design", "c1/coding"), analytics.units());
        assertEquals(OptionalInt.of(2), analytics.ratings().value(0, 0));
        assertEquals(OptionalInt.empty(), analytics.ratings().value(0, 1));
        assertEquals(OptionalInt.of(4), analytics.ratings().value(1, 0));
        assertEquals(OptionalInt.of(3), analytics.ratings().value(1, 1));
        InterviewerCalibration alice = analytics.calibration(CalibrationPolicy.of(BigDecimal.ONE, 2)).interviewer("alice").orElseThrow();
        assertEquals(2, alice.comparisons());
    }
}
