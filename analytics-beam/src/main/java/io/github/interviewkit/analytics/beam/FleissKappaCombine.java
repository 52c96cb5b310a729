package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.CategoryCounts;
import io.github.interviewkit.analytics.CategorySet;
import io.github.interviewkit.analytics.FleissKappa;
import java.util.Objects;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Beam combiners of Fleiss' kappa over {@link CategoryCounts}, the partial form: each input is a partial form made from
 * any part of the data ({@code CategoryCounts.of(...)}); the accumulator is one merged partial form, encoded
 * with its deterministic coder ({@link AnalyticsCoders#categoryCounts()}); the result is exactly the value of
 * a single pass over all the data. Set {@link AnalyticsCoders#categoryCounts()} on the input collection (or
 * {@link AnalyticsCoders#registerIn register} the coders) before combining.
 */
public final class FleissKappaCombine {
    private FleissKappaCombine() {}

    /**
     * Returns the combiner, for {@code Combine.globally}, {@code Combine.perKey} or a composed combine.
     *
     * @return the combiner; finishing an empty input fails, as the empty result needs the data's categories
     */
    public static Combine.CombineFn<CategoryCounts, ?, FleissKappa> of() {
        return SummaryFn.finishing(Summary.CATEGORY_COUNTS, CategoryCounts::kappa, null, FleissKappa.class);
    }

    /**
     * Combines every element of a collection of partial forms.
     *
     * @param categories the categories, which define the result of no input
     * @return the transform
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Combine.Globally<CategoryCounts, FleissKappa> globally(CategorySet categories) {
        Objects.requireNonNull(categories, "categories");
        return Combine.globally(SummaryFn.finishing(Summary.CATEGORY_COUNTS, CategoryCounts::kappa, CategoryCounts.empty(categories), FleissKappa.class));
    }

    /**
     * Combines the partial forms of each key.
     *
     * @param <K> the key type
     * @return the transform
     */
    public static <K> Combine.PerKey<K, CategoryCounts, FleissKappa> perKey() {
        return Combine.perKey(of());
    }
}
