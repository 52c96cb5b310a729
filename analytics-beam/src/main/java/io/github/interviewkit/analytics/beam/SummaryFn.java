package io.github.interviewkit.analytics.beam;

import java.io.Serializable;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.jspecify.annotations.Nullable;

/**
 * The one combiner behind every statistic: inputs are partial forms, merged into the accumulator
 * (a small summary, never the inputs), finished once per key or globally. The empty case is
 * defined by an optional neutral partial form; without one, finishing no input is an error that
 * says so.
 *
 * @param <S> the partial form
 * @param <R> the finished statistic
 */
final class SummaryFn<S, R> extends Combine.CombineFn<S, Accumulator<S>, R> {
    private static final long serialVersionUID = 1L;

    private final Summary<S> summary;
    private final SerializableFunction<S, R> finish;
    private final byte @Nullable [] empty;
    private final Coder<R> outputCoder;

    private SummaryFn(Summary<S> summary, SerializableFunction<S, R> finish, @Nullable S empty, Coder<R> outputCoder) {
        this.summary = summary;
        this.finish = finish;
        this.empty = empty == null ? null : summary.encode.apply(empty);
        this.outputCoder = outputCoder;
    }

    /** A combiner that finishes into a statistic, which Beam moves as a {@link Serializable} value. */
    static <S, R extends Serializable> SummaryFn<S, R> finishing(Summary<S> summary, SerializableFunction<S, R> finish,
            @Nullable S empty, Class<R> result) {
        return new SummaryFn<>(summary, finish, empty, SerializableCoder.of(result));
    }

    /** A combiner whose output is the merged partial form itself, for steps that finish it later. */
    static <S> SummaryFn<S, S> merging(Summary<S> summary) {
        return new SummaryFn<>(summary, value -> value, null, summary.coder());
    }

    @Override
    public Accumulator<S> createAccumulator() {
        return new Accumulator<>(null);
    }

    @Override
    public Accumulator<S> addInput(Accumulator<S> accumulator, S input) {
        return accumulator.plus(input, summary);
    }

    @Override
    public Accumulator<S> mergeAccumulators(Iterable<Accumulator<S>> accumulators) {
        Accumulator<S> merged = createAccumulator();
        for (Accumulator<S> accumulator : accumulators) {
            merged = merged.plus(accumulator.value(), summary);
        }
        return merged;
    }

    @Override
    public R extractOutput(Accumulator<S> accumulator) {
        S value = accumulator.value();
        if (value == null) {
            if (empty == null) {
                throw new IllegalStateException("no " + summary.name + " to finish: the input is empty and the "
                        + "combiner was made without the categories that define the empty result");
            }
            value = summary.decode.apply(empty);
        }
        return finish.apply(value);
    }

    @Override
    public Coder<Accumulator<S>> getAccumulatorCoder(CoderRegistry registry, Coder<S> inputCoder) {
        return new Accumulator.Coder<>(summary);
    }

    @Override
    public Coder<R> getDefaultOutputCoder(CoderRegistry registry, Coder<S> inputCoder)
            throws CannotProvideCoderException {
        return outputCoder;
    }
}
