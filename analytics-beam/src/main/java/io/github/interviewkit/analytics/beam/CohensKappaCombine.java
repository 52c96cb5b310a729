package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.CategorySet;
import io.github.interviewkit.analytics.CohensKappa;
import io.github.interviewkit.analytics.ContingencyTable;
import io.github.interviewkit.analytics.KappaWeights;
import java.util.Objects;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Beam combiners of Cohen's kappa over {@link ContingencyTable}, the partial form: each input is a partial form made from
 * any part of the data ({@code ContingencyTable.of(...)}); the accumulator is one merged partial form, encoded
 * with its deterministic coder ({@link AnalyticsCoders#contingencyTable()}); the result is exactly the value of
 * a single pass over all the data. Set {@link AnalyticsCoders#contingencyTable()} on the input collection (or
 * {@link AnalyticsCoders#registerIn register} the coders) before combining.
 */
public final class CohensKappaCombine {
    private CohensKappaCombine() {}

    /**
     * Returns the combiner, for {@code Combine.globally}, {@code Combine.perKey} or a composed combine.
     *
     * @param weights how disagreements count
     * @return the combiner; finishing an empty input fails, as the empty result needs the data's categories
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Combine.CombineFn<ContingencyTable, ?, CohensKappa> of(KappaWeights weights) {
        Objects.requireNonNull(weights, "weights");
        return SummaryFn.finishing(Summary.CONTINGENCY_TABLE, table -> table.cohensKappa(weights), null, CohensKappa.class);
    }

    /**
     * Combines every element of a collection of partial forms.
     *
     * @param categories the categories, which define the result of no input
     * @param weights how disagreements count
     * @return the transform
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Combine.Globally<ContingencyTable, CohensKappa> globally(CategorySet categories, KappaWeights weights) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(weights, "weights");
        return Combine.globally(SummaryFn.finishing(Summary.CONTINGENCY_TABLE, table -> table.cohensKappa(weights), ContingencyTable.empty(categories), CohensKappa.class));
    }

    /**
     * Combines the partial forms of each key.
     *
     * @param weights how disagreements count
     * @param <K> the key type
     * @return the transform
     * @throws NullPointerException if an argument is {@code null}
     */
    public static <K> Combine.PerKey<K, ContingencyTable, CohensKappa> perKey(KappaWeights weights) {
        return Combine.perKey(of(weights));
    }
}
