package io.github.interviewkit.interop;

import io.github.interviewkit.scoring.Scorecard;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sets what the richer scorecard holds beyond ratings, notes and vote: per-criterion notes, private
 * notes, the source ids, submitter, submission time and metadata.
 */
final class RichFields {
    private RichFields() {}

    static void apply(Scorecard.Builder scorecard, SourceScorecard card, Map<String, String> criterionNotes,
            @Nullable String privateNotes, Map<String, String> metadata) {
        // Filled once the richer Scorecard of issue 11 is merged.
    }
}
