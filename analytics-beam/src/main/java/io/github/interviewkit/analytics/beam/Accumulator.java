package io.github.interviewkit.analytics.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.CustomCoder;
import org.jspecify.annotations.Nullable;

/**
 * The accumulator of every combiner here: the merged partial form so far, or nothing yet. "Nothing
 * yet" is what lets a combiner start without knowing the categories or judges of its data; it is
 * the neutral element of the merge.
 */
final class Accumulator<S> {
    private final @Nullable S value;

    Accumulator(@Nullable S value) {
        this.value = value;
    }

    @Nullable S value() {
        return value;
    }

    Accumulator<S> plus(@Nullable S other, Summary<S> summary) {
        if (other == null) {
            return this;
        }
        return new Accumulator<>(value == null ? other : summary.merge.apply(value, other));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Accumulator<?> a && Objects.equals(value, a.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return "Accumulator[" + value + "]";
    }

    /** A presence byte, then the partial form's own coder. */
    static final class Coder<S> extends CustomCoder<Accumulator<S>> {
        private static final long serialVersionUID = 1L;

        private final SummaryCoder<S> summary;

        Coder(Summary<S> summary) {
            this.summary = summary.coder();
        }

        @Override
        public void encode(Accumulator<S> accumulator, OutputStream out) throws IOException {
            S value = accumulator.value();
            out.write(value == null ? 0 : 1);
            if (value != null) {
                summary.encode(value, out);
            }
        }

        @Override
        public Accumulator<S> decode(InputStream in) throws IOException {
            int present = in.read();
            if (present != 0 && present != 1) {
                throw new org.apache.beam.sdk.coders.CoderException("not an accumulator: presence byte " + present);
            }
            return new Accumulator<>(present == 1 ? summary.decode(in) : null);
        }

        @Override
        public void verifyDeterministic() throws NonDeterministicException {
            summary.verifyDeterministic();
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Coder<?> coder && coder.summary.equals(summary);
        }

        @Override
        public int hashCode() {
            return summary.hashCode() * 31;
        }
    }
}
