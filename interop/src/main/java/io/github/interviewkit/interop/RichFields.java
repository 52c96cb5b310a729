package io.github.interviewkit.interop;

import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScorecardSource;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sets what the scorecard holds beyond ratings, shared notes and vote: per-criterion notes, private
 * notes, the source system and its ids, the submitter, the submission time and the metadata.
 */
final class RichFields {
    private RichFields() {}

    static void apply(Scorecard.Builder scorecard, SourceScorecard card, Map<String, String> criterionNotes,
            @Nullable String privateNotes, Map<String, String> metadata) {
        criterionNotes.forEach(scorecard::putCriterionNotes);
        if (privateNotes != null) {
            scorecard.privateNotes(privateNotes);
        }
        ScorecardSource.Builder source = ScorecardSource.builder().system(card.system);
        if (card.scorecardId != null) {
            source.scorecardId(card.scorecardId);
        }
        if (card.applicationId != null) {
            source.applicationId(card.applicationId);
        }
        if (card.interviewId != null) {
            source.interviewId(card.interviewId);
        }
        scorecard.source(source);
        if (card.submittedAt != null) {
            scorecard.submittedAt(card.submittedAt);
        }
        if (card.submittedBy != null) {
            scorecard.submittedBy(card.submittedBy);
        }
        metadata.forEach(scorecard::putMetadata);
    }
}
