package io.github.interviewkit.analytics.beam;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;
import org.jspecify.annotations.Nullable;

/**
 * The coder of a partial form: its length, then its compact binary form. Deterministic: the form
 * holds maps in key order and nothing in hash order, so equal values encode to equal bytes (the
 * tests check it with Beam's {@code CoderProperties}).
 */
final class SummaryCoder<S> extends CustomCoder<S> {
    private static final long serialVersionUID = 1L;
    /** No partial form is this large; a longer length is a corrupt stream, not an allocation. */
    private static final int MAX_BYTES = 1 << 30;

    private final Summary<S> summary;

    SummaryCoder(Summary<S> summary) {
        this.summary = summary;
    }

    @Override
    public void encode(S value, OutputStream out) throws IOException {
        if (value == null) {
            throw new CoderException("cannot encode a null " + summary.name);
        }
        byte[] bytes = summary.encode.apply(value);
        VarInt.encode(bytes.length, out);
        out.write(bytes);
    }

    @Override
    public S decode(InputStream in) throws IOException {
        int length = VarInt.decodeInt(in);
        if (length < 0 || length > MAX_BYTES) {
            throw new CoderException("a " + summary.name + " of " + length + " bytes is not a valid encoding");
        }
        byte[] bytes = new byte[length];
        new DataInputStream(in).readFully(bytes);
        return summary.decode.apply(bytes);
    }

    @Override
    public void verifyDeterministic() {
        // Deterministic by construction: see the class description.
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SummaryCoder<?> coder && coder.summary.name.equals(summary.name);
    }

    @Override
    public int hashCode() {
        return summary.name.hashCode();
    }

    @Override
    public String toString() {
        return "SummaryCoder[" + summary.name + "]";
    }
}
