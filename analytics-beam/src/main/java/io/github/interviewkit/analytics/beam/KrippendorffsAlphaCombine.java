package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.CategorySet;
import io.github.interviewkit.analytics.CoincidenceCounts;
import io.github.interviewkit.analytics.KrippendorffsAlpha;
import io.github.interviewkit.analytics.MeasurementLevel;
import java.util.Objects;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Beam combiners of Krippendorff's alpha over {@link CoincidenceCounts}, the partial form: each input is a partial form made from
 * any part of the data ({@code CoincidenceCounts.of(...)}); the accumulator is one merged partial form, encoded
 * with its deterministic coder ({@link AnalyticsCoders#coincidenceCounts()}); the result is exactly the value of
 * a single pass over all the data. Set {@link AnalyticsCoders#coincidenceCounts()} on the input collection (or
 * {@link AnalyticsCoders#registerIn register} the coders) before combining.
 */
public final class KrippendorffsAlphaCombine {
    private KrippendorffsAlphaCombine() {}

    /**
     * Returns the combiner, for {@code Combine.globally}, {@code Combine.perKey} or a composed combine.
     *
     * @param level the level of measurement
     * @return the combiner; finishing an empty input fails, as the empty result needs the data's categories
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Combine.CombineFn<CoincidenceCounts, ?, KrippendorffsAlpha> of(MeasurementLevel level) {
        Objects.requireNonNull(level, "level");
        return SummaryFn.finishing(Summary.COINCIDENCE_COUNTS, counts -> counts.alpha(level), null, KrippendorffsAlpha.class);
    }

    /**
     * Combines every element of a collection of partial forms.
     *
     * @param categories the categories, which define the result of no input
     * @param level the level of measurement
     * @return the transform
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Combine.Globally<CoincidenceCounts, KrippendorffsAlpha> globally(CategorySet categories, MeasurementLevel level) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(level, "level");
        return Combine.globally(SummaryFn.finishing(Summary.COINCIDENCE_COUNTS, counts -> counts.alpha(level), CoincidenceCounts.empty(categories), KrippendorffsAlpha.class));
    }

    /**
     * Combines the partial forms of each key.
     *
     * @param level the level of measurement
     * @param <K> the key type
     * @return the transform
     * @throws NullPointerException if an argument is {@code null}
     */
    public static <K> Combine.PerKey<K, CoincidenceCounts, KrippendorffsAlpha> perKey(MeasurementLevel level) {
        return Combine.perKey(of(level));
    }
}
