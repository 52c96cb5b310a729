package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When an interviewer counts as lenient or severe: their mean deviation from the rest of their
 * panels must lie strictly beyond a threshold (in scale points), over at least a minimum number of
 * comparisons. The decision is exact: the mean deviation is compared with the threshold as a
 * fraction, never as a rounded double.
 */
public final class CalibrationPolicy implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final CalibrationPolicy DEFAULTS = new CalibrationPolicy(new BigDecimal("0.5"), 30);

    private final BigDecimal threshold;
    private final int minimumComparisons;

    private CalibrationPolicy(BigDecimal threshold, int minimumComparisons) {
        this.threshold = threshold;
        this.minimumComparisons = minimumComparisons;
    }

    /** @return a threshold of 0.5 scale points over at least 30 comparisons */
    public static CalibrationPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a policy.
     *
     * @param threshold how far, in scale points, the mean deviation must lie beyond zero to flag;
     *     not negative, at most 9 digits before and 9 after the decimal point
     * @param minimumComparisons how many ratings compared with the rest of a panel an interviewer
     *     needs before being flagged; at least 1
     * @return the policy
     * @throws io.github.interviewkit.scoring.ScoringInputException if the threshold is
     *     negative or has more digits, or the minimum is below 1; every problem is listed
     */
    public static CalibrationPolicy of(BigDecimal threshold, int minimumComparisons) {
        Violations problems = Violations.collector();
        Objects.requireNonNull(threshold, "threshold");
        if (threshold.signum() < 0) {
            problems.add("threshold", threshold, "cannot be negative");
        } else if (threshold.precision() > 100 || Math.abs((long) threshold.scale()) > 100
                || threshold.stripTrailingZeros().scale() > 9 || threshold.precision() - threshold.scale() > 9) {
            // The threshold is compared as an exact fraction: a huge exponent would be a huge integer.
            problems.add("threshold", threshold, "must have at most 9 digits before and 9 after the decimal point");
        }
        if (minimumComparisons < 1) {
            problems.add("minimumComparisons", minimumComparisons, "must be at least 1");
        }
        problems.throwIfAny("CalibrationPolicy", ScoringInputException::new);
        return new CalibrationPolicy(threshold, minimumComparisons);
    }

    /** @return the threshold in scale points */
    public BigDecimal threshold() {
        return threshold;
    }

    /** @return the minimum number of comparisons before a flag */
    public int minimumComparisons() {
        return minimumComparisons;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
        return other instanceof CalibrationPolicy p
                && threshold.compareTo(p.threshold) == 0 && minimumComparisons == p.minimumComparisons;
    }

    @Override
    public int hashCode() {
        return Objects.hash(threshold.stripTrailingZeros(), minimumComparisons);
    }

    /** @return e.g. {@code CalibrationPolicy[threshold=0.5, minimumComparisons=30]} */
    @Override
    public String toString() {
        return "CalibrationPolicy[threshold=" + threshold.toPlainString() + ", minimumComparisons=" + minimumComparisons + "]";
    }
}
