package io.github.interviewkit.analytics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fleiss' kappa for many raters on nominal categories, overall and per category (Fleiss 1971).
 * Every unit must carry the same number of ratings; which raters gave them does not matter.
 * Finished from its sufficient statistics, {@link CategoryCounts}, in exact rational arithmetic.
 */
public final class FleissKappa implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Coefficient kappa;
    private final Coefficient observedAgreement;
    private final Coefficient expectedAgreement;
    // An unmodifiable copy of serializable elements: serializable, whatever its declared type.
    @SuppressWarnings("serial")
    private final Map<Integer, Coefficient> perCategory;
    private final long units;
    private final long ratingsPerUnit;

    FleissKappa(Coefficient kappa, Coefficient observedAgreement, Coefficient expectedAgreement,
            CategorySet categories, Coefficient[] perCategory, long units, long ratingsPerUnit) {
        this.kappa = kappa;
        this.observedAgreement = observedAgreement;
        this.expectedAgreement = expectedAgreement;
        Map<Integer, Coefficient> byValue = new LinkedHashMap<>();
        for (int c = 0; c < perCategory.length; c++) {
            byValue.put(categories.value(c), perCategory[c]);
        }
        this.perCategory = Collections.unmodifiableMap(byValue);
        this.units = units;
        this.ratingsPerUnit = ratingsPerUnit;
    }

    static FleissKappa undefined(CategorySet categories, String reason, long units, long ratingsPerUnit) {
        Coefficient undefined = Coefficient.undefined(reason);
        Coefficient[] perCategory = new Coefficient[categories.size()];
        java.util.Arrays.fill(perCategory, undefined);
        return new FleissKappa(undefined, undefined, undefined, categories, perCategory, units, ratingsPerUnit);
    }

    /**
     * @return P-bar, the mean proportion of agreeing rater pairs per unit, {@code sum_u sum_c
     *     n_uc (n_uc - 1) / (N m (m - 1))} (Fleiss 1971, eq. 2 and 3)
     */
    public Coefficient observedAgreement() {
        return observedAgreement;
    }

    /** @return P-bar-e, the agreement expected by chance, {@code sum_c p_c^2} (Fleiss 1971, eq. 5) */
    public Coefficient expectedAgreement() {
        return expectedAgreement;
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
    public long units() {
        return units;
    }

    /** @return how many ratings each unit has */
    public long ratingsPerUnit() {
        return ratingsPerUnit;
    }

    /** @return e.g. {@code FleissKappa[kappa=0.430, units=30, ratingsPerUnit=6]} */
    @Override
    public String toString() {
        return "FleissKappa[kappa=" + kappa + ", units=" + units + ", ratingsPerUnit=" + ratingsPerUnit
                + ", observed=" + observedAgreement + ", expected=" + expectedAgreement + ", perCategory=" + perCategory + "]";
    }
}
