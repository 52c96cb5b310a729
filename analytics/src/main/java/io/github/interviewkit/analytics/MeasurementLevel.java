package io.github.interviewkit.analytics;

/**
 * The level of measurement Krippendorff's alpha assumes for the categories; it chooses the
 * difference function of Krippendorff (2011).
 */
public enum MeasurementLevel {
    /** Categories are names: any two different ones differ equally. */
    NOMINAL,
    /** Categories are ordered: the difference grows with how many ratings lie between them. */
    ORDINAL,
    /** Category values are numbers with meaningful differences: squared difference. */
    INTERVAL,
    /**
     * Category values are numbers with a meaningful zero: squared difference relative to the sum.
     * Needs non-negative category values.
     */
    RATIO
}
