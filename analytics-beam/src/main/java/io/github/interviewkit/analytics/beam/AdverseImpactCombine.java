package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.AdverseImpactReport;
import io.github.interviewkit.analytics.SelectionCounts;
import java.util.Objects;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Beam combiners of the adverse-impact report over {@link SelectionCounts}, the partial form: each input is a partial form made from
 * any part of the data ({@code SelectionCounts.of(...)}); the accumulator is one merged partial form, encoded
 * with its deterministic coder ({@link AnalyticsCoders#selectionCounts()}); the result is exactly the value of
 * a single pass over all the data. Set {@link AnalyticsCoders#selectionCounts()} on the input collection (or
 * {@link AnalyticsCoders#registerIn register} the coders) before combining.
 */
public final class AdverseImpactCombine {
    private AdverseImpactCombine() {}

    /**
     * Returns the combiner, for {@code Combine.globally}, {@code Combine.perKey} or a composed combine.
     *
     * @return the combiner; finishing an empty input fails, as the empty result needs the data's categories
     */
    public static Combine.CombineFn<SelectionCounts, ?, AdverseImpactReport> of() {
        return SummaryFn.finishing(Summary.SELECTION_COUNTS, SelectionCounts::report, null, AdverseImpactReport.class);
    }

    /**
     * Combines every element of a collection of partial forms; an empty collection fails, as
     * there is no group to compare.
     *
     * @return the transform
     */
    public static Combine.Globally<SelectionCounts, AdverseImpactReport> globally() {
        return Combine.globally(of());
    }

    /**
     * Combines the partial forms of each key.
     *
     * @param <K> the key type
     * @return the transform
     */
    public static <K> Combine.PerKey<K, SelectionCounts, AdverseImpactReport> perKey() {
        return Combine.perKey(of());
    }
}
