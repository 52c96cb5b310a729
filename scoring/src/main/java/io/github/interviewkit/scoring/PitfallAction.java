package io.github.interviewkit.scoring;

import java.util.Locale;
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
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the action with an id.
     *
     * @param id an id such as {@code cap}
     * @return the action, or empty if none has that id
     */
    public static Optional<PitfallAction> fromId(String id) {
        for (PitfallAction value : values()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
