package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Violation;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    static Scorecard rich() {
        return Scorecard.builder().candidateId("c-1").interviewerId("ann").stage(QuestionCategory.TECHNICAL)
                .rate("coding", 3).notes("Shared secret-ish note.").privateNotes("Private remark.")
                .putCriterionNotes("coding", "Wrote tests first.")
                .source(ScorecardSource.builder().system("greenhouse").scorecardId("sc-9").applicationId("app-7")
                        .interviewId("int-3").build())
                .submittedAt(Instant.parse("2026-03-01T10:15:30Z")).submittedBy("coordinator-1")
                .putMetadata("office", "Berlin-confidential").build();
    }

    @Test
    void build_keepsEveryRichAttribute_andFromCopiesThemAll() {
        Scorecard card = rich();
        assertEquals(Optional.of("Private remark."), card.privateNotes());
        assertEquals(Map.of("coding", "Wrote tests first."), card.criterionNotes());
        assertEquals("greenhouse", card.source().orElseThrow().system());
        assertEquals(Optional.of("sc-9"), card.source().orElseThrow().scorecardId());
        assertEquals(Optional.of("app-7"), card.source().orElseThrow().applicationId());
        assertEquals(Optional.of("int-3"), card.source().orElseThrow().interviewId());
        assertEquals(Optional.of(Instant.parse("2026-03-01T10:15:30Z")), card.submittedAt());
        assertEquals(Optional.of("coordinator-1"), card.submittedBy());
        assertEquals(Map.of("office", "Berlin-confidential"), card.metadata());
        assertEquals(card, Scorecard.builder().from(card).build());
    }

    @Test
    void toString_neverPrintsNotesPrivateNotesCriterionNotesOrMetadataValues() {
        String text = rich().toString();
        assertFalse(text.contains("secret"), text);
        assertFalse(text.contains("Private"), text);
        assertFalse(text.contains("tests first"), text);
        assertFalse(text.contains("Berlin"), text);
        assertTrue(text.contains("interviewer=ann"), text);
    }

    @Test
    void build_reportsBlankPrivateNotesCriterionNotesSubmitterMetadataKeyAndSourceIds() {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> Scorecard.builder()
                .candidateId("c-1").interviewerId("ann").stage(QuestionCategory.TECHNICAL)
                .privateNotes(" ").putCriterionNotes("coding", "").submittedBy("").putMetadata(" ", "x")
                .source(ScorecardSource.builder().system(" ").scorecardId(""))
                .build());
        assertEquals(List.of("criterionNotes[coding]", "metadata[ ]", "privateNotes", "source.scorecardId",
                "source.system", "submittedBy"), e.violations().stream().map(Violation::path).sorted().toList());
    }

    @Test
    void source_of_namesOnlyTheSystem() {
        ScorecardSource source = ScorecardSource.of("lever");
        assertEquals("lever", source.system());
        assertEquals(Optional.empty(), source.scorecardId());
        assertThrows(ScoringInputException.class, () -> ScorecardSource.of(""));
    }
}
