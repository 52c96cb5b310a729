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
}
