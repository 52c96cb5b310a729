package io.github.interviewkit.interop;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The library's text policy (see {@code ContentLimits}) for CSV files, which Commons CSV reads, not
 * the document codec: strict UTF-8 (a malformed byte is a problem, never replaced by U+FFFD) and no
 * control characters other than tab and line feed (CR LF read as LF), no lone surrogates, no
 * bidirectional embedding, override or isolate characters. The characters are checked by the
 * model's own policy ({@code ContentLimits.textProblem}); this class decodes the bytes, which
 * Commons CSV does not do strictly.
 */
final class CsvText {
    private CsvText() {}

    /** A byte sequence that is not UTF-8, at its offset. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;
        final int value;

        Malformed(int offset, int value) {
            super(null, null, false, false);
            this.offset = offset;
            this.value = value;
        }

        String describe() {
            return String.format(Locale.ROOT, "byte 0x%02X at byte offset %d", value, offset);
        }
    }

    /**
     * Decodes strict UTF-8, skipping a leading byte-order mark.
     *
     * @throws Malformed at the first malformed byte
     */
    static String decode(byte[] bytes) throws Malformed {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (MalformedInputException e) {
            throw new Malformed(in.position(), bytes[in.position()] & 0xFF);
        } catch (CharacterCodingException e) {
            throw new Malformed(in.position(), in.position() < bytes.length ? bytes[in.position()] & 0xFF : 0);
        }
    }
}
