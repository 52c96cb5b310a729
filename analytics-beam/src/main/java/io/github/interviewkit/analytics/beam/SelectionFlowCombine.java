package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.SelectionFlowReport;
import io.github.interviewkit.analytics.StageCounts;
import java.util.Objects;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Beam combiners of adverse impact per stage and at the bottom line over {@link StageCounts}, the partial form: each input is a partial form made from
 * any part of the data ({@code StageCounts.of(...)}); the accumulator is one merged partial form, encoded
 * with its deterministic coder ({@link AnalyticsCoders#stageCounts()}); the result is exactly the value of
 * a single pass over all the data. Set {@link AnalyticsCoders#stageCounts()} on the input collection (or
 * {@link AnalyticsCoders#registerIn register} the coders) before combining.
 */
public final class SelectionFlowCombine {
    private SelectionFlowCombine() {}

    /**
     * Returns the combiner, for {@code Combine.globally}, {@code Combine.perKey} or a composed combine.
     *
     * @return the combiner; finishing an empty input fails, as the empty result needs the data's categories
     */
    public static Combine.CombineFn<StageCounts, ?, SelectionFlowReport> of() {
        return SummaryFn.finishing(Summary.STAGE_COUNTS, StageCounts::report, null, SelectionFlowReport.class);
    }

    /**
     * Combines every element of a collection of partial forms; an empty collection fails, as
     * there is no group to compare.
     *
     * @return the transform
     */
    public static Combine.Globally<StageCounts, SelectionFlowReport> globally() {
        return Combine.globally(of());
    }

    /**
     * Combines the partial forms of each key.
     *
     * @param <K> the key type
     * @return the transform
     */
    public static <K> Combine.PerKey<K, StageCounts, SelectionFlowReport> perKey() {
        return Combine.perKey(of());
    }
}
