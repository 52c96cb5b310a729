package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.CriterionImpactReport;
import io.github.interviewkit.analytics.CriterionPassCounts;
import java.util.Objects;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Beam combiners of adverse impact per rubric criterion over {@link CriterionPassCounts}, the partial form: each input is a partial form made from
 * any part of the data ({@code CriterionPassCounts.of(...)}); the accumulator is one merged partial form, encoded
 * with its deterministic coder ({@link AnalyticsCoders#criterionPassCounts()}); the result is exactly the value of
 * a single pass over all the data. Set {@link AnalyticsCoders#criterionPassCounts()} on the input collection (or
 * {@link AnalyticsCoders#registerIn register} the coders) before combining.
 */
public final class CriterionImpactCombine {
    private CriterionImpactCombine() {}

    /**
     * Returns the combiner, for {@code Combine.globally}, {@code Combine.perKey} or a composed combine.
     *
     * @return the combiner; finishing an empty input fails, as the empty result needs the data's categories
     */
    public static Combine.CombineFn<CriterionPassCounts, ?, CriterionImpactReport> of() {
        return SummaryFn.finishing(Summary.CRITERION_PASS_COUNTS, CriterionPassCounts::report, null, CriterionImpactReport.class);
    }

    /**
     * Combines every element of a collection of partial forms.
     *
     * @return the transform
     */
    public static Combine.Globally<CriterionPassCounts, CriterionImpactReport> globally() {
        return Combine.globally(SummaryFn.finishing(Summary.CRITERION_PASS_COUNTS, CriterionPassCounts::report, CriterionPassCounts.empty(), CriterionImpactReport.class));
    }

    /**
     * Combines the partial forms of each key.
     *
     * @param <K> the key type
     * @return the transform
     */
    public static <K> Combine.PerKey<K, CriterionPassCounts, CriterionImpactReport> perKey() {
        return Combine.perKey(of());
    }
}
