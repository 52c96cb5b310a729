package io.github.interviewkit.analytics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fleiss' kappa for many raters on nominal categories, overall and per category (Fleiss 1971).
 * Every unit must carry the same number of ratings; which raters gave them does not matter.
 */
public final class FleissKappa {
    private final Coefficient kappa;
    private final Map<Integer, Coefficient> perCategory;
    private final int units;
    private final int ratingsPerUnit;

    private FleissKappa(Coefficient kappa, Map<Integer, Coefficient> perCategory, int units, int ratingsPerUnit) {
        this.kappa = kappa;
        this.perCategory = Collections.unmodifiableMap(perCategory);
        this.units = units;
        this.ratingsPerUnit = ratingsPerUnit;
    }

    static FleissKappa undefined(CategorySet categories, String reason, int units, int ratingsPerUnit) {
        Map<Integer, Coefficient> perCategory = new LinkedHashMap<>();
        for (int c = 0; c < categories.size(); c++) {
            perCategory.put(categories.value(c), Coefficient.undefined(reason));
        }
        return new FleissKappa(Coefficient.undefined(reason), perCategory, units, ratingsPerUnit);
    }

    /** Kappa from counts: {@code counts[u][c]} raters put unit {@code u} in category {@code c}; equal row sums. */
    static FleissKappa compute(CategorySet categories, int[][] counts) {
        int n = counts.length;
        int k = categories.size();
        if (n == 0) {
            return undefined(categories, "there are no units", 0, 0);
        }
        int m = 0;
        for (int c = 0; c < k; c++) {
            m += counts[0][c];
        }
        if (m < 2) {
            return undefined(categories, "each unit has " + m + " rating(s); agreement needs at least two", n, m);
        }
        double[] categoryTotals = new double[k];
        double agreementSum = 0;
        for (int[] unit : counts) {
            long squares = 0;
            for (int c = 0; c < k; c++) {
                categoryTotals[c] += unit[c];
                squares += (long) unit[c] * unit[c];
            }
            agreementSum += (double) (squares - m) / ((double) m * (m - 1));
        }
        double total = (double) n * m;
        double observed = agreementSum / n;
        double expected = 0;
        Map<Integer, Coefficient> perCategory = new LinkedHashMap<>();
        for (int c = 0; c < k; c++) {
            double p = categoryTotals[c] / total;
            expected += p * p;
            perCategory.put(categories.value(c), categoryKappa(counts, c, m, p, total));
        }
        Coefficient kappa = expected == 1.0
                ? Coefficient.undefined("every rating is in one category: there is no variation to agree on")
                : Coefficient.of((observed - expected) / (1 - expected));
        return new FleissKappa(kappa, perCategory, n, m);
    }

    private static Coefficient categoryKappa(int[][] counts, int c, int m, double p, double total) {
        if (p == 0.0) {
            return Coefficient.undefined("no rater used this category");
        }
        if (p == 1.0) {
            return Coefficient.undefined("every rating is in this category");
        }
        double disagreement = 0;
        for (int[] unit : counts) {
            disagreement += (double) unit[c] * (m - unit[c]);
        }
        return Coefficient.of(1 - disagreement / (total * (m - 1) * p * (1 - p)));
    }

    /** @return kappa over all categories, at most 1 */
    public Coefficient kappa() {
        return kappa;
    }

    /**
     * @return kappa of each category against all others, by category value, lowest first; a category
     *     nobody used is listed as undefined
     */
    public Map<Integer, Coefficient> perCategory() {
        return perCategory;
    }

    /** @return how many units counted */
    public int units() {
        return units;
    }

    /** @return how many ratings each unit has */
    public int ratingsPerUnit() {
        return ratingsPerUnit;
    }

    /** @return e.g. {@code FleissKappa[kappa=0.430, units=30, ratingsPerUnit=6]} */
    @Override
    public String toString() {
        return "FleissKappa[kappa=" + kappa + ", units=" + units + ", ratingsPerUnit=" + ratingsPerUnit
                + ", perCategory=" + perCategory + "]";
    }
}
