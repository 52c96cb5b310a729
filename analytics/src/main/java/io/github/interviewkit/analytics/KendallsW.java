package io.github.interviewkit.analytics;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Kendall's coefficient of concordance W among m raters who each score the same n units (Kendall
 * &amp; Babington Smith 1939; Kendall 1948, "Rank correlation methods"): each rater's scores are
 * ranked (ties get the mean rank) and {@code W = 12 S / (m^2 (n^3 - n) - m T)}, S the sum of
 * squared deviations of the units' rank sums from their mean and {@code T = sum(t^3 - t)} over
 * every group of t tied scores of every rater. Without the correction the denominator is
 * {@code m^2 (n^3 - n)}, as R's {@code irr::kendall(correct = FALSE)} and DescTools' default print
 * it; with untied rankings the two agree. The significance of each uses the chi-squared
 * approximation {@code m (n - 1) W} on {@code n - 1} degrees of freedom (equivalent to
 * Friedman's test for the corrected W). Needs complete data; finished exactly from {@link RankSums}.
 */
public final class KendallsW implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Coefficient w;
    private final Coefficient wUncorrected;
    private final long units;
    private final long raters;
    private final double chiSquare;
    private final double chiSquareUncorrected;
    private final Coefficient pValue;
    private final Coefficient pValueUncorrected;
    private final boolean ties;

    private KendallsW(Coefficient w, Coefficient wUncorrected, long units, long raters, double chiSquare,
            double chiSquareUncorrected, Coefficient pValue, Coefficient pValueUncorrected, boolean ties) {
        this.w = w;
        this.wUncorrected = wUncorrected;
        this.units = units;
        this.raters = raters;
        this.chiSquare = chiSquare;
        this.chiSquareUncorrected = chiSquareUncorrected;
        this.pValue = pValue;
        this.pValueUncorrected = pValueUncorrected;
        this.ties = ties;
    }

    static KendallsW undefined(String reason, long units, long raters) {
        Coefficient undefined = Coefficient.undefined(reason);
        return new KendallsW(undefined, undefined, units, raters, 0, 0, undefined, undefined, false);
    }

    static KendallsW of(double corrected, double uncorrected, long n, long m, boolean ties) {
        double chiSquare = m * (n - 1) * corrected;
        double chiSquareUncorrected = m * (n - 1) * uncorrected;
        ChiSquaredDistribution distribution = ChiSquaredDistribution.of(n - 1);
        return new KendallsW(Coefficient.of(corrected), Coefficient.of(uncorrected), n, m, chiSquare,
                chiSquareUncorrected, Coefficient.of(distribution.survivalProbability(chiSquare)),
                Coefficient.of(distribution.survivalProbability(chiSquareUncorrected)), ties);
    }

    /** Computes W from complete, validated data: rows = units, columns = raters. */
    static KendallsW compute(double[][] data) {
        return RankSums.of(data).kendallsW();
    }

    /** @return W with the tie correction, between 0 (no concordance) and 1; undefined without variation */
    public Coefficient w() {
        return w;
    }

    /** @return W without the tie correction ({@code 12 S / (m^2 (n^3 - n))}); equal to {@link #w()} without ties */
    public Coefficient wUncorrected() {
        return wUncorrected;
    }

    /** @return whether any rater gave two units the same score */
    public boolean hasTies() {
        return ties;
    }

    /** @return how many units counted (rated by every rater) */
    public long units() {
        return units;
    }

    /** @return how many raters */
    public long raters() {
        return raters;
    }

    /** @return the chi-squared statistic {@code m (n - 1) W} of the corrected W; 0 when W is undefined */
    public double chiSquare() {
        return chiSquare;
    }

    /** @return the chi-squared statistic {@code m (n - 1) W} of the uncorrected W; 0 when W is undefined */
    public double chiSquareUncorrected() {
        return chiSquareUncorrected;
    }

    /** @return {@code n - 1}, the degrees of freedom of the chi-squared approximation */
    public long degreesOfFreedom() {
        return Math.max(units - 1, 0);
    }

    /** @return the chi-squared approximation of the p-value for "no concordance", corrected W */
    public Coefficient pValue() {
        return pValue;
    }

    /** @return the chi-squared approximation of the p-value for "no concordance", uncorrected W */
    public Coefficient pValueUncorrected() {
        return pValueUncorrected;
    }

    /** @return e.g. {@code KendallsW[w=0.828, uncorrected=0.810, units=10, raters=3, p=0.008]} */
    @Override
    public String toString() {
        return "KendallsW[w=" + w + ", uncorrected=" + wUncorrected + ", units=" + units + ", raters=" + raters
                + ", p=" + pValue + "]";
    }
}
