package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelTest {
    private static List<String> paths(ScoringInputException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void build_acceptsAValidPanel() {
        Panel panel = Panel.of(TestRoles.SMALL, List.of(TestRoles.card("ann", 3, 3, 3), TestRoles.card("bob", 4, 2, 3)));
        assertEquals("c-1", panel.candidateId());
        assertEquals(2, panel.scorecards().size());
    }

    @Test
    void build_rejectsAnEmptyPanel() {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> Panel.of(TestRoles.SMALL, List.of()));
        assertEquals(List.of("scorecards"), paths(e));
    }

    @Test
    void of_rejectsNullArgumentsByName() {
        assertEquals("scorecards", assertThrows(NullPointerException.class, () -> Panel.of(TestRoles.SMALL, null)).getMessage());
        assertEquals("role", assertThrows(NullPointerException.class, () -> Panel.of(null, List.of())).getMessage());
    }

    @Test
    void build_reportsScorecardsGivenAsBuildersUnderTheirPlaceInThePanel() {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> Panel.builder().role(TestRoles.SMALL)
                .addScorecards(TestRoles.card("ann", 3, 3, 3))
                .addScorecards(Scorecard.builder().candidateId(" ").interviewerId("bo").stage(QuestionCategory.TECHNICAL)
                        .rate("typing-speed", 3))
                .build());
        assertEquals(List.of("scorecards[1].candidateId", "scorecards[1].candidateId", "scorecards[1].ratings[typing-speed]"),
                paths(e));
    }

    @Test
    void build_reportsEveryProblemAtOnceWithItsPath() {
        Scorecard unknownCriterion = Scorecard.builder().candidateId("c-1").interviewerId("ann")
                .stage(QuestionCategory.TECHNICAL).rate("typing-speed", 3).rate("coding", 7)
                .addObservedPitfalls("verbose", "rambles").build();
        Scorecard sameInterviewer = TestRoles.card("ann", 3, 3, 3);
        Scorecard otherCandidate = Scorecard.builder().candidateId("c-2").interviewerId("cy")
                .stage(QuestionCategory.TECHNICAL).rate("coding", 0).build();
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> Panel.of(TestRoles.SMALL, List.of(unknownCriterion, sameInterviewer, otherCandidate)));
        assertEquals(List.of(
                "scorecards[0].observedPitfalls[1]",
                "scorecards[0].ratings[coding]",
                "scorecards[0].ratings[typing-speed]",
                "scorecards[1].interviewerId",
                "scorecards[2].candidateId",
                "scorecards[2].ratings[coding]"), paths(e));
        assertEquals("\"rambles\"", e.violations().get(0).value());
        assertEquals("7", e.violations().get(1).value());
    }

    @Test
    void build_acceptsNotAssessedAndMissingCriteria() {
        Scorecard partial = Scorecard.builder().candidateId("c-1").interviewerId("ann")
                .stage(QuestionCategory.TECHNICAL).notAssessed("system-design").rate("coding", 2).build();
        Panel panel = Panel.of(TestRoles.SMALL, List.of(partial));
        assertEquals(Rating.notAssessed(), panel.scorecards().get(0).rating("communication"));
        assertEquals(Rating.of(2), panel.scorecards().get(0).rating("coding"));
    }

    private static Scorecard at(String interviewer, QuestionCategory stage, int coding) {
        return Scorecard.builder().candidateId("c-1").interviewerId(interviewer).stage(stage).rate("coding", coding).build();
    }

    @Test
    void build_acceptsOneInterviewerAtTwoStages_andCountsThemOnce() {
        Panel panel = Panel.of(TestRoles.SMALL, List.of(at("ann", QuestionCategory.TECHNICAL, 3),
                at("bob", QuestionCategory.TECHNICAL, 2), at("ann", QuestionCategory.BEHAVIOURAL, 4)));
        assertEquals(3, panel.scorecards().size());
        assertEquals(List.of("ann", "bob"), panel.interviewerIds());
    }

    @Test
    void build_rejectsOneInterviewerTwiceAtTheSameStage() {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> Panel.of(TestRoles.SMALL,
                List.of(at("ann", QuestionCategory.TECHNICAL, 3), at("ann", QuestionCategory.TECHNICAL, 4))));
        assertEquals(List.of("scorecards[1].interviewerId"), paths(e));
    }

    @Test
    void build_rejectsANoteOnACriterionTheRoleDoesNotHave() {
        Scorecard card = Scorecard.builder().candidateId("c-1").interviewerId("ann").stage(QuestionCategory.TECHNICAL)
                .putCriterionNotes("coding", "fine").putCriterionNotes("typing-speed", "fast").build();
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> Panel.of(TestRoles.SMALL, List.of(card)));
        assertEquals(List.of("scorecards[0].criterionNotes[typing-speed]"), paths(e));
    }

    @Test
    void scoring_countsEveryScorecardAsARating_butThePanelSizeAndVotesPerInterviewer() {
        Scorecard annTechnical = Scorecard.builder().from(at("ann", QuestionCategory.TECHNICAL, 4))
                .vote(Recommendation.NO_HIRE).build();
        Scorecard annBehavioural = Scorecard.builder().from(at("ann", QuestionCategory.BEHAVIOURAL, 4))
                .vote(Recommendation.NO_HIRE).build();
        Scorecard bob = Scorecard.builder().from(at("bob", QuestionCategory.TECHNICAL, 1)).vote(Recommendation.HIRE).build();
        ScoringPolicy noGates = ScoringPolicy.builder().rubricGates(false).aggregation(Aggregation.MEAN).build();
        Report report = StructuredStrategyTest.score(noGates, annTechnical, annBehavioural, bob);
        CriterionFigures coding = report.criteria().stream().filter(c -> c.criterionId().equals("coding")).findFirst()
                .orElseThrow();
        assertEquals(3, coding.assessments());
        assertEquals(3.0, coding.aggregate().getAsDouble());
        Finding small = report.flags().stream().filter(f -> f.code().equals("small-panel")).findFirst().orElseThrow();
        assertEquals(2, small.parameters().get("size"));
        assertEquals(2, report.trace().get(0).parameters().get("interviewers"));
        Finding votes = report.flags().stream().filter(f -> f.code().equals("votes-disagree")).findFirst().orElseThrow();
        assertEquals(2, votes.parameters().get("votes"));
        assertEquals(List.of("ann"), votes.parameters().get("interviewers"));
        assertEquals(1, votes.parameters().get("dissenters"));
    }
}
