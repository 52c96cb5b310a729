package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    @Test
    void build_reportsMissingIdsStageRepeatedPitfallAndIncompleteVoteTogether() {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> Scorecard.builder()
                .interviewerId(" ").addObservedPitfalls("verbose", "verbose").vote(Recommendation.INCOMPLETE).build());
        assertEquals(List.of("candidateId", "interviewerId", "observedPitfalls[1]", "stage", "vote"),
                e.violations().stream().map(Violation::path).toList());
    }

    @Test
    void build_keepsTheVoteAndNotes() {
        Scorecard card = Scorecard.builder().candidateId("c-1").interviewerId("ann").stage(QuestionCategory.BEHAVIOURAL)
                .vote(Recommendation.HIRE).notes("Clear answers.").build();
        assertEquals(Recommendation.HIRE, card.vote().orElseThrow());
        assertEquals("Clear answers.", card.notes().orElseThrow());
    }
}
