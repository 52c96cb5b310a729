package io.github.interviewkit.scoring;

import io.github.interviewkit.model.ContentIds;
import java.util.Objects;
import java.util.Optional;

/**
 * A hiring outcome: what a strategy recommends for a candidate, or an interviewer's own overall
 * vote. The four decided outcomes are ordered from {@link #STRONG_NO_HIRE} up to
 * {@link #STRONG_HIRE}; {@link #INCOMPLETE} means the panel does not hold enough evidence to decide
 * and is never an interviewer's vote.
 */
public enum Recommendation {
    /** Hire; the evidence is strong. */
    STRONG_HIRE,
    /** Hire. */
    HIRE,
    /** Do not hire. */
    NO_HIRE,
    /** Do not hire; the evidence against is strong. */
    STRONG_NO_HIRE,
    /** Not decided: evidence a decision needs is missing, e.g. a must-have nobody assessed. */
    INCOMPLETE;

    /** @return whether this is one of the four decided outcomes (anything but {@link #INCOMPLETE}) */
    public boolean isDecided() {
        return this != INCOMPLETE;
    }

    /** @return whether this outcome hires: {@link #STRONG_HIRE} or {@link #HIRE} */
    public boolean isHire() {
        return this == STRONG_HIRE || this == HIRE;
    }

    /**
     * Tells whether this decided outcome is at least as favourable as another.
     *
     * @param other a decided outcome
     * @return whether this outcome is the same as or more favourable than {@code other}
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws IllegalArgumentException if either outcome is {@link #INCOMPLETE}
     */
    public boolean isAtLeast(Recommendation other) {
        Objects.requireNonNull(other, "other");
        if (!isDecided() || !other.isDecided()) {
            throw new IllegalArgumentException("only decided outcomes are ordered, got " + this + " and " + other);
        }
        return ordinal() <= other.ordinal();
    }

    /**
     * Returns the less favourable of two decided outcomes.
     *
     * @param other a decided outcome
     * @return this or {@code other}, whichever is less favourable
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws IllegalArgumentException if either outcome is {@link #INCOMPLETE}
     */
    public Recommendation atMost(Recommendation other) {
        return isAtLeast(other) ? other : this;
    }

    /** @return the id used in documents, e.g. {@code strong-hire} */
    public String id() {
        return ContentIds.of(this);
    }

    /**
     * Returns the outcome with an id.
     *
     * @param id an id such as {@code strong-hire}
     * @return the outcome, or empty if no outcome has that id
     */
    public static Optional<Recommendation> fromId(String id) {
        return ContentIds.find(values(), id);
    }
}
