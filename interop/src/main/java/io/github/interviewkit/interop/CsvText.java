package io.github.interviewkit.interop;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The library's text policy (see {@code ContentLimits}) for CSV files, which Commons CSV reads, not
 * the document codec: strict UTF-8 (a malformed byte is a problem, never replaced by U+FFFD) and no
 * control characters other than tab and line feed (CR LF read as LF), no lone surrogates, no
 * bidirectional embedding, override or isolate characters. The same rules as the codec's, which
 * the model does not export.
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

    /** @return what is wrong with the first character the policy rejects, or {@code null} */
    static @Nullable String check(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "holds a lone surrogate " + codePoint(c) + ", which is no character";
            }
            if (c == '\t' || c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return "holds the control character " + codePoint(c)
                        + "; text may not hold control characters other than tab and line feed";
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return "holds the bidirectional control character " + codePoint(c)
                        + ", which can make text display in another order than it reads";
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
