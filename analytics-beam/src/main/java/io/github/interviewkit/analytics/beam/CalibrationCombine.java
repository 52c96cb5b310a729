package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.Calibration;
import io.github.interviewkit.analytics.CalibrationPolicy;
import io.github.interviewkit.analytics.CalibrationSums;
import io.github.interviewkit.analytics.CategorySet;
import java.util.Objects;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Beam combiners of every interviewer's calibration over {@link CalibrationSums}, the partial form: each input is a partial form made from
 * any part of the data ({@code CalibrationSums.of(...)}); the accumulator is one merged partial form, encoded
 * with its deterministic coder ({@link AnalyticsCoders#calibrationSums()}); the result is exactly the value of
 * a single pass over all the data. Set {@link AnalyticsCoders#calibrationSums()} on the input collection (or
 * {@link AnalyticsCoders#registerIn register} the coders) before combining.
 */
public final class CalibrationCombine {
    private CalibrationCombine() {}

    /**
     * Returns the combiner, for {@code Combine.globally}, {@code Combine.perKey} or a composed combine.
     *
     * @param policy when to flag an interviewer
     * @return the combiner; finishing an empty input fails, as the empty result needs the data's categories
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Combine.CombineFn<CalibrationSums, ?, Calibration> of(CalibrationPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return SummaryFn.finishing(Summary.CALIBRATION_SUMS, sums -> sums.calibration(policy), null, Calibration.class);
    }

    /**
     * Combines every element of a collection of partial forms.
     *
     * @param categories the levels of the scale, which define the result of no input
     * @param policy when to flag an interviewer
     * @return the transform
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Combine.Globally<CalibrationSums, Calibration> globally(CategorySet categories, CalibrationPolicy policy) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(policy, "policy");
        return Combine.globally(SummaryFn.finishing(Summary.CALIBRATION_SUMS, sums -> sums.calibration(policy), CalibrationSums.empty(categories), Calibration.class));
    }

    /**
     * Combines the partial forms of each key.
     *
     * @param policy when to flag an interviewer
     * @param <K> the key type
     * @return the transform
     * @throws NullPointerException if an argument is {@code null}
     */
    public static <K> Combine.PerKey<K, CalibrationSums, Calibration> perKey(CalibrationPolicy policy) {
        return Combine.perKey(of(policy));
    }
}
