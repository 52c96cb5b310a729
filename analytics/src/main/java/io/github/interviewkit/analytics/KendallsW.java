package io.github.interviewkit.analytics;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Kendall's coefficient of concordance W among m raters who each score the same n units, with the
 * correction for tied ranks: each rater's scores are ranked (ties get the mean rank),
 * {@code W = 12 S / (m^2 (n^3 - n) - m T)} where S is the sum of squared deviations of the units'
 * rank sums from their mean and {@code T = sum(t^3 - t)} over every group of t tied scores of
 * every rater. The significance uses the chi-squared approximation {@code m (n - 1) W} on
 * {@code n - 1} degrees of freedom. Needs complete data.
 */
public final class KendallsW {
    private final Coefficient w;
    private final int units;
    private final int raters;
    private final double chiSquare;
    private final Coefficient pValue;

    private KendallsW(Coefficient w, int units, int raters, double chiSquare, Coefficient pValue) {
        this.w = w;
        this.units = units;
        this.raters = raters;
        this.chiSquare = chiSquare;
        this.pValue = pValue;
    }

    /** Computes W from complete, validated data: rows = units, columns = raters. */
    static KendallsW compute(double[][] data) {
        int n = data.length;
        int m = n == 0 ? 0 : data[0].length;
        if (n < 2 || m < 2) {
            String reason = n < 2
                    ? "needs at least two units rated by every rater; there are " + n
                    : "needs at least two raters; there are " + m;
            return new KendallsW(Coefficient.undefined(reason), n, m, 0, Coefficient.undefined(reason));
        }
        double[] rankSums = new double[n];
        double ties = 0;
        Integer[] order = new Integer[n];
        for (int r = 0; r < m; r++) {
            final int rater = r;
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> data[i][rater]));
            int start = 0;
            while (start < n) {
                int end = start + 1;
                while (end < n && data[order[end]][rater] == data[order[start]][rater]) {
                    end++;
                }
                double meanRank = (start + 1 + end) / 2.0;
                for (int i = start; i < end; i++) {
                    rankSums[order[i]] += meanRank;
                }
                double t = end - start;
                ties += t * t * t - t;
                start = end;
            }
        }
        double meanRankSum = m * (n + 1) / 2.0;
        double s = 0;
        for (double rankSum : rankSums) {
            s += (rankSum - meanRankSum) * (rankSum - meanRankSum);
        }
        double denominator = (double) m * m * ((double) n * n * n - n) - m * ties;
        if (denominator <= 0) {
            String reason = "every rater gave every unit the same score: there is no ranking to agree on";
            return new KendallsW(Coefficient.undefined(reason), n, m, 0, Coefficient.undefined(reason));
        }
        double w = 12 * s / denominator;
        double chiSquare = m * (n - 1) * w;
        double p = ChiSquaredDistribution.of(n - 1).survivalProbability(chiSquare);
        return new KendallsW(Coefficient.of(w), n, m, chiSquare, Coefficient.of(p));
    }

    /** @return W between 0 (no concordance) and 1 (identical rankings); undefined without variation */
    public Coefficient w() {
        return w;
    }

    /** @return how many units counted (rated by every rater) */
    public int units() {
        return units;
    }

    /** @return how many raters */
    public int raters() {
        return raters;
    }

    /** @return the chi-squared statistic {@code m (n - 1) W}; 0 when W is undefined */
    public double chiSquare() {
        return chiSquare;
    }

    /** @return {@code n - 1}, the degrees of freedom of the chi-squared approximation */
    public int degreesOfFreedom() {
        return Math.max(units - 1, 0);
    }

    /** @return the chi-squared approximation of the p-value for "no concordance" */
    public Coefficient pValue() {
        return pValue;
    }

    /** @return e.g. {@code KendallsW[w=0.828, units=10, raters=3, p=0.008]} */
    @Override
    public String toString() {
        return "KendallsW[w=" + w + ", units=" + units + ", raters=" + raters + ", p=" + pValue + "]";
    }
}
