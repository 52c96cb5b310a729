package io.github.interviewkit.analytics;

/**
 * Krippendorff's alpha, {@code 1 - observed disagreement / expected disagreement}, computed through
 * the coincidence matrix of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".
 * Any number of raters, missing ratings allowed: a unit with fewer than two ratings has no pair to
 * compare and does not count.
 */
public final class KrippendorffsAlpha {
    private final Coefficient alpha;
    private final MeasurementLevel level;
    private final int pairableUnits;
    private final long pairableValues;
    private final double observedDisagreement;
    private final double expectedDisagreement;

    private KrippendorffsAlpha(Coefficient alpha, MeasurementLevel level, int pairableUnits, long pairableValues,
            double observedDisagreement, double expectedDisagreement) {
        this.alpha = alpha;
        this.level = level;
        this.pairableUnits = pairableUnits;
        this.pairableValues = pairableValues;
        this.observedDisagreement = observedDisagreement;
        this.expectedDisagreement = expectedDisagreement;
    }

    static KrippendorffsAlpha compute(RatingMatrix matrix, MeasurementLevel level) {
        CategorySet categories = matrix.categories();
        int k = categories.size();
        if (level == MeasurementLevel.RATIO && categories.value(0) < 0) {
            new Problems("KrippendorffsAlpha").add("level", level,
                    "the ratio metric needs non-negative category values; the categories are " + categories)
                    .throwIfAny();
        }
        int raters = matrix.raters();
        int[] codes = matrix.codes();
        double[] coincidences = new double[k * k];
        int[] unitCounts = new int[k];
        int pairableUnits = 0;
        long n = 0;
        for (int u = 0, offset = 0; u < matrix.units(); u++, offset += raters) {
            java.util.Arrays.fill(unitCounts, 0);
            int values = 0;
            for (int r = 0; r < raters; r++) {
                int code = codes[offset + r];
                if (code >= 0) {
                    unitCounts[code]++;
                    values++;
                }
            }
            if (values < 2) {
                continue;
            }
            pairableUnits++;
            n += values;
            double perPair = 1.0 / (values - 1);
            for (int c = 0; c < k; c++) {
                int countC = unitCounts[c];
                if (countC == 0) {
                    continue;
                }
                for (int d = 0; d < k; d++) {
                    int countD = unitCounts[d];
                    if (countD != 0) {
                        coincidences[c * k + d] += countC * (c == d ? countC - 1 : countD) * perPair;
                    }
                }
            }
        }
        if (n == 0) {
            return new KrippendorffsAlpha(Coefficient.undefined("no unit has two or more ratings to pair"),
                    level, 0, 0, 0, 0);
        }
        double[] marginals = new double[k];
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                marginals[c] += coincidences[c * k + d];
            }
        }
        double[][] delta = squaredDifferences(categories, marginals, level);
        double observedSum = 0;
        double expectedSum = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                observedSum += coincidences[c * k + d] * delta[c][d];
                expectedSum += marginals[c] * marginals[d] * delta[c][d];
            }
        }
        double observed = observedSum / n;
        double expected = expectedSum / (n * (double) (n - 1));
        if (expectedSum == 0) {
            return new KrippendorffsAlpha(Coefficient.undefined(
                    "every pairable rating has the same value: there is no variation to agree on"),
                    level, pairableUnits, n, observed, expected);
        }
        Coefficient alpha = Coefficient.of(1 - (n - 1) * observedSum / expectedSum);
        return new KrippendorffsAlpha(alpha, level, pairableUnits, n, observed, expected);
    }

    /** The difference function of each level, squared, between category positions c and d. */
    private static double[][] squaredDifferences(CategorySet categories, double[] marginals, MeasurementLevel level) {
        int k = categories.size();
        double[][] delta = new double[k][k];
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c == d) {
                    continue;
                }
                double vc = categories.value(c);
                double vd = categories.value(d);
                delta[c][d] = switch (level) {
                    case NOMINAL -> 1.0;
                    case ORDINAL -> {
                        int low = Math.min(c, d);
                        int high = Math.max(c, d);
                        double between = 0;
                        for (int g = low; g <= high; g++) {
                            between += marginals[g];
                        }
                        double distance = between - (marginals[c] + marginals[d]) / 2;
                        yield distance * distance;
                    }
                    case INTERVAL -> (vc - vd) * (vc - vd);
                    case RATIO -> {
                        double relative = (vc - vd) / (vc + vd);
                        yield relative * relative;
                    }
                };
            }
        }
        return delta;
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
    public int pairableUnits() {
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
