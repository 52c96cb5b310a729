package io.github.interviewkit.analytics;

/**
 * Scott's pi between two raters on nominal categories (Scott 1955, "Reliability of content
 * analysis: the case of nominal scale coding"): like Cohen's kappa, but chance agreement comes from
 * the two raters' pooled distribution, as if both drew from one. Fleiss' kappa is its extension to
 * more raters; with two ratings per unit the two coincide. Finished from a {@link ContingencyTable}.
 */
public final class ScottsPi implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Coefficient pi;
    private final Coefficient observedAgreement;
    private final Coefficient expectedAgreement;
    private final long units;

    ScottsPi(Coefficient pi, Coefficient observedAgreement, Coefficient expectedAgreement, long units) {
        this.pi = pi;
        this.observedAgreement = observedAgreement;
        this.expectedAgreement = expectedAgreement;
        this.units = units;
    }

    /** @return pi, at most 1; undefined without a shared unit or when every rating is one category */
    public Coefficient pi() {
        return pi;
    }

    /** @return P_o, the proportion of units both raters put in the same category */
    public Coefficient observedAgreement() {
        return observedAgreement;
    }

    /** @return P_e, the sum over categories of the squared pooled proportion */
    public Coefficient expectedAgreement() {
        return expectedAgreement;
    }

    /** @return how many units both raters rated */
    public long units() {
        return units;
    }

    /** @return e.g. {@code ScottsPi[pi=-0.056, observed=0.333, expected=0.369, units=45]} */
    @Override
    public String toString() {
        return "ScottsPi[pi=" + pi + ", observed=" + observedAgreement + ", expected=" + expectedAgreement
                + ", units=" + units + "]";
    }
}
