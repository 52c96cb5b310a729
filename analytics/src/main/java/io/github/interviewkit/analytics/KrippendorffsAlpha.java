package io.github.interviewkit.analytics;

/**
 * Krippendorff's alpha, {@code 1 - observed disagreement / expected disagreement}, computed through
 * the coincidence matrix of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".
 * Any number of raters, missing ratings allowed: a unit with fewer than two ratings has no pair to
 * compare and does not count.
 *
 * <p>It is finished from its sufficient statistics, {@link CoincidenceCounts}, in exact rational
 * arithmetic: the value does not depend on the order of the units or on how they were split and
 * merged, and it is within one unit in the last place of the exact value at any size.
 */
public final class KrippendorffsAlpha implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Coefficient alpha;
    private final MeasurementLevel level;
    private final long pairableUnits;
    private final long pairableValues;
    private final double observedDisagreement;
    private final double expectedDisagreement;

    KrippendorffsAlpha(Coefficient alpha, MeasurementLevel level, long pairableUnits, long pairableValues,
            double observedDisagreement, double expectedDisagreement) {
        this.alpha = alpha;
        this.level = level;
        this.pairableUnits = pairableUnits;
        this.pairableValues = pairableValues;
        this.observedDisagreement = observedDisagreement;
        this.expectedDisagreement = expectedDisagreement;
    }

    static KrippendorffsAlpha undefined(MeasurementLevel level, String reason) {
        return new KrippendorffsAlpha(Coefficient.undefined(reason), level, 0, 0, 0, 0);
    }

    /** @return alpha, at most 1; undefined without a pairable unit or without variation */
    public Coefficient alpha() {
        return alpha;
    }

    /** @return the level of measurement the difference function assumed */
    public MeasurementLevel level() {
        return level;
    }

    /** @return how many units had two or more ratings */
    public long pairableUnits() {
        return pairableUnits;
    }

    /** @return how many ratings lie in pairable units (Krippendorff's n) */
    public long pairableValues() {
        return pairableValues;
    }

    /** @return the observed disagreement D<sub>o</sub> */
    public double observedDisagreement() {
        return observedDisagreement;
    }

    /** @return the disagreement expected by chance D<sub>e</sub> */
    public double expectedDisagreement() {
        return expectedDisagreement;
    }

    /** @return e.g. {@code KrippendorffsAlpha[alpha=0.743, level=NOMINAL, pairableUnits=11, pairableValues=40]} */
    @Override
    public String toString() {
        return "KrippendorffsAlpha[alpha=" + alpha + ", level=" + level + ", pairableUnits=" + pairableUnits
                + ", pairableValues=" + pairableValues + "]";
    }
}
