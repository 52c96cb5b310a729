package io.github.interviewkit.analytics;

/**
 * Cohen's kappa between two raters: agreement beyond what their own marginal distributions give by
 * chance, {@code kappa = 1 - sum(v * observed) / sum(v * expected)} with disagreement weights
 * {@code v} (Cohen 1960, 1968). Only units both raters rated count.
 */
public final class CohensKappa {
    private final Coefficient kappa;
    private final KappaWeights weights;
    private final long units;
    private final double observedAgreement;
    private final double expectedAgreement;

    private CohensKappa(Coefficient kappa, KappaWeights weights, long units, double observed, double expected) {
        this.kappa = kappa;
        this.weights = weights;
        this.units = units;
        this.observedAgreement = observed;
        this.expectedAgreement = expected;
    }

    /** Kappa from a square table of counts: row = first rater's category, column = second's. */
    static CohensKappa compute(long[][] table, KappaWeights weights) {
        int k = table.length;
        double[][] v = weights.disagreementFor(k);
        long n = 0;
        double[] rows = new double[k];
        double[] columns = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                n += table[i][j];
                rows[i] += table[i][j];
                columns[j] += table[i][j];
            }
        }
        if (n == 0) {
            return new CohensKappa(Coefficient.undefined("no unit was rated by both raters"), weights, 0, 0, 0);
        }
        double maximum = 0;
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                maximum = Math.max(maximum, v[i][j]);
                observed += v[i][j] * table[i][j] / n;
                expected += v[i][j] * (rows[i] / n) * (columns[j] / n);
            }
        }
        if (maximum == 0) {
            return new CohensKappa(Coefficient.undefined("the weights count no disagreement at all"), weights, n, 1, 1);
        }
        double observedAgreement = 1 - observed / maximum;
        double expectedAgreement = 1 - expected / maximum;
        if (expected == 0) {
            return new CohensKappa(Coefficient.undefined("agreement expected by chance is already perfect: "
                    + "the raters' categories never make a weighted disagreement possible"),
                    weights, n, observedAgreement, expectedAgreement);
        }
        return new CohensKappa(Coefficient.of(1 - observed / expected), weights, n, observedAgreement,
                expectedAgreement);
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
