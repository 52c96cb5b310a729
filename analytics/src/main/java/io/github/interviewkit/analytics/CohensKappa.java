package io.github.interviewkit.analytics;

/**
 * Cohen's kappa between two raters: agreement beyond what their own marginal distributions give by
 * chance, {@code kappa = 1 - sum(v * observed) / sum(v * expected)} with disagreement weights
 * {@code v} (Cohen 1960, 1968). Only units both raters rated count. Finished from a
 * {@link ContingencyTable} in exact arithmetic.
 */
public final class CohensKappa implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Coefficient kappa;
    private final KappaWeights weights;
    private final long units;
    private final double observedAgreement;
    private final double expectedAgreement;

    CohensKappa(Coefficient kappa, KappaWeights weights, long units, double observed, double expected) {
        this.kappa = kappa;
        this.weights = weights;
        this.units = units;
        this.observedAgreement = observed;
        this.expectedAgreement = expected;
    }

    /** @return kappa, at most 1; undefined without a shared unit or when chance agreement is perfect */
    public Coefficient kappa() {
        return kappa;
    }

    /** @return the weights used */
    public KappaWeights weights() {
        return weights;
    }

    /** @return how many units both raters rated */
    public long units() {
        return units;
    }

    /**
     * @return the weighted proportion of agreement observed, {@code 1 - sum(v * observed) / max(v)};
     *     the plain proportion of identical ratings when unweighted; 0 without a shared unit
     */
    public double observedAgreement() {
        return observedAgreement;
    }

    /** @return the weighted proportion of agreement expected by chance, scaled like {@link #observedAgreement()} */
    public double expectedAgreement() {
        return expectedAgreement;
    }

    /** @return e.g. {@code CohensKappa[kappa=0.492, weights=unweighted, units=200]} */
    @Override
    public String toString() {
        return "CohensKappa[kappa=" + kappa + ", weights=" + weights + ", units=" + units + "]";
    }
}
