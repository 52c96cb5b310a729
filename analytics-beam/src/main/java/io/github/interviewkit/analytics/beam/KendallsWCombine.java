package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.KendallsW;
import io.github.interviewkit.analytics.RankSums;
import java.util.Objects;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Beam combiners of Kendall's W (the parts must hold whole raters, see RankSums) over {@link RankSums}, the partial form: each input is a partial form made from
 * any part of the data ({@code RankSums.of(...)}); the accumulator is one merged partial form, encoded
 * with its deterministic coder ({@link AnalyticsCoders#rankSums()}); the result is exactly the value of
 * a single pass over all the data. Set {@link AnalyticsCoders#rankSums()} on the input collection (or
 * {@link AnalyticsCoders#registerIn register} the coders) before combining.
 */
public final class KendallsWCombine {
    private KendallsWCombine() {}

    /**
     * Returns the combiner, for {@code Combine.globally}, {@code Combine.perKey} or a composed combine.
     *
     * @return the combiner; finishing an empty input fails, as the empty result needs the data's categories
     */
    public static Combine.CombineFn<RankSums, ?, KendallsW> of() {
        return SummaryFn.finishing(Summary.RANK_SUMS, RankSums::kendallsW, null, KendallsW.class);
    }

    /**
     * Combines every element of a collection of partial forms.
     *
     * @param units how many units every rater ranks, which defines the result of no input
     * @return the transform
     * @throws IllegalArgumentException if the empty partial form cannot be made of the arguments
     */
    public static Combine.Globally<RankSums, KendallsW> globally(int units) {
        return Combine.globally(SummaryFn.finishing(Summary.RANK_SUMS, RankSums::kendallsW, RankSums.empty(units), KendallsW.class));
    }

    /**
     * Combines the partial forms of each key.
     *
     * @param <K> the key type
     * @return the transform
     */
    public static <K> Combine.PerKey<K, RankSums, KendallsW> perKey() {
        return Combine.perKey(of());
    }
}
