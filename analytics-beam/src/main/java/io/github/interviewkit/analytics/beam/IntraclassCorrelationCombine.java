package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.IccSums;
import io.github.interviewkit.analytics.IntraclassCorrelation;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Beam combiners of the six intraclass correlations (the parts must hold whole targets, see IccSums) over {@link IccSums}, the partial form: each input is a partial form made from
 * any part of the data ({@code IccSums.of(...)}); the accumulator is one merged partial form, encoded
 * with its deterministic coder ({@link AnalyticsCoders#iccSums()}); the result is exactly the value of
 * a single pass over all the data. Set {@link AnalyticsCoders#iccSums()} on the input collection (or
 * {@link AnalyticsCoders#registerIn register} the coders) before combining.
 */
public final class IntraclassCorrelationCombine {
    private IntraclassCorrelationCombine() {}

    /**
     * Returns the combiner, for {@code Combine.globally}, {@code Combine.perKey} or a composed combine.
     *
     * @param confidence the confidence level of the intervals, strictly between 0 and 1
     * @return the combiner; finishing an empty input fails, as the empty result needs the data's categories
     * @throws IllegalArgumentException if the confidence is out of range
     */
    public static Combine.CombineFn<IccSums, ?, IntraclassCorrelation> of(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1, was " + confidence);
        }
        return SummaryFn.finishing(Summary.ICC_SUMS, sums -> sums.intraclassCorrelation(confidence), null, IntraclassCorrelation.class);
    }

    /**
     * Combines every element of a collection of partial forms.
     *
     * @param judges the judges, one column each, which define the result of no input
     * @param confidence the confidence level of the intervals, strictly between 0 and 1
     * @return the transform
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the confidence is out of range
     * @throws IllegalArgumentException if the empty partial form cannot be made of the arguments
     */
    public static Combine.Globally<IccSums, IntraclassCorrelation> globally(List<String> judges, double confidence) {
        Objects.requireNonNull(judges, "judges");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1, was " + confidence);
        }
        return Combine.globally(SummaryFn.finishing(Summary.ICC_SUMS, sums -> sums.intraclassCorrelation(confidence), IccSums.empty(judges), IntraclassCorrelation.class));
    }

    /**
     * Combines the partial forms of each key.
     *
     * @param confidence the confidence level of the intervals, strictly between 0 and 1
     * @param <K> the key type
     * @return the transform
     * @throws IllegalArgumentException if the confidence is out of range
     */
    public static <K> Combine.PerKey<K, IccSums, IntraclassCorrelation> perKey(double confidence) {
        return Combine.perKey(of(confidence));
    }
}
