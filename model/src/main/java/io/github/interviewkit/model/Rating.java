package io.github.interviewkit.model;

import java.util.OptionalInt;

/**
 * An interviewer's rating of one criterion: a level of the role's {@link RatingScale}, or
 * {@linkplain #notAssessed() not assessed}. "Not assessed" is not a number: it never counts as a
 * low rating and is left out of every aggregate.
 */
public final class Rating {
    private static final Rating NOT_ASSESSED = new Rating(0, false);
    /** The text that stands for "not assessed" in content and scorecards. */
    public static final String NOT_ASSESSED_ID = "not-assessed";

    private final int value;
    private final boolean assessed;

    private Rating(int value, boolean assessed) {
        this.value = value;
        this.assessed = assessed;
    }

    /**
     * Returns an assessed rating.
     *
     * @param value a level of the rating scale; whether it is on the scale is checked where the
     *     scale is known
     * @return the rating
     */
    public static Rating of(int value) {
        return new Rating(value, true);
    }

    /** @return the rating that says the criterion was not assessed */
    public static Rating notAssessed() {
        return NOT_ASSESSED;
    }

    /** @return whether the criterion was assessed */
    public boolean isAssessed() {
        return assessed;
    }

    /** @return the level, or empty when not assessed */
    public OptionalInt value() {
        return assessed ? OptionalInt.of(value) : OptionalInt.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rating rating && assessed == rating.assessed && value == rating.value;
    }

    @Override
    public int hashCode() {
        return assessed ? Integer.hashCode(value) : -1;
    }

    /** @return the level as a number, or {@value #NOT_ASSESSED_ID} */
    @Override
    public String toString() {
        return assessed ? Integer.toString(value) : NOT_ASSESSED_ID;
    }
}
