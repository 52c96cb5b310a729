package io.github.interviewkit.scoring;

import io.github.interviewkit.model.ContentIds;
import java.util.Optional;

/** What an observed pitfall does to the outcome; a {@link ScoringPolicy} sets one per severity. */
public enum PitfallAction {
    /** Rejects the candidate: the outcome is at most {@link Recommendation#NO_HIRE}, whatever the composite. */
    VETO,
    /** Caps the outcome at the policy's {@linkplain ScoringPolicy#pitfallCap() pitfall cap}. */
    CAP,
    /** Recorded in the trace only; the outcome is unchanged. */
    NOTE;

    /** @return the id used in documents, e.g. {@code veto} */
    public String id() {
        return ContentIds.of(this);
    }

    /**
     * Returns the action with an id.
     *
     * @param id an id such as {@code cap}
     * @return the action, or empty if none has that id
     */
    public static Optional<PitfallAction> fromId(String id) {
        return ContentIds.find(values(), id);
    }
}
