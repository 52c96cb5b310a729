package io.github.interviewkit.analytics;

/** How an interviewer's ratings sit against the rest of their panels, under a {@link CalibrationPolicy}. */
public enum CalibrationFlag {
    /** Rates higher than the rest of the panel by more than the threshold, with enough data. */
    LENIENT,
    /** Rates lower than the rest of the panel by more than the threshold, with enough data. */
    SEVERE,
    /** Within the threshold, with enough data. */
    CALIBRATED,
    /** Fewer comparisons than the policy's minimum: no judgement either way. */
    TOO_FEW_COMPARISONS
}
