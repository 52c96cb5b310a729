package io.github.interviewkit.analytics;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The value of a statistic, or the plain statement that it is undefined for the data and why.
 *
 * <p>A statistic is undefined when its formula has nothing to measure: no unit that two raters
 * both rated, no variation in the ratings, a category nobody used. The library never reports such
 * a case as {@code NaN} or as an exception: it returns an undefined coefficient whose
 * {@linkplain #undefinedReason() reason} says what was missing. A defined coefficient is always a
 * finite number.
 */
public final class Coefficient implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double value;
    private final @Nullable String reason;

    private Coefficient(double value, @Nullable String reason) {
        this.value = value;
        this.reason = reason;
    }

    /** A defined value; a non-finite result of arithmetic is reported as undefined, never as NaN. */
    static Coefficient of(double value) {
        if (!Double.isFinite(value)) {
            return undefined("the arithmetic gave a non-finite value (" + value + ")");
        }
        return new Coefficient(value == 0.0 ? 0.0 : value, null);
    }

    static Coefficient undefined(String reason) {
        return new Coefficient(0.0, Objects.requireNonNull(reason, "reason"));
    }

    /** @return whether the statistic has a value for the data */
    public boolean isDefined() {
        return reason == null;
    }

    /** @return the value, a finite number, or empty when the statistic is undefined */
    public OptionalDouble value() {
        return isDefined() ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** @return why the statistic is undefined, or empty when it has a value */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Coefficient c
                && Objects.equals(reason, c.reason)
                && Double.compare(value, c.value) == 0;
    }

    @Override
    public int hashCode() {
        return reason == null ? Double.hashCode(value) : reason.hashCode();
    }

    /** @return the value with three decimals, or {@code undefined (reason)} */
    @Override
    public String toString() {
        return isDefined() ? String.format(java.util.Locale.ROOT, "%.3f", value) : "undefined (" + reason + ")";
    }
}
