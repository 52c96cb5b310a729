package io.github.interviewkit.model.io;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The text policy of every document (see {@link ContentLimits}): which characters a text or a field
 * name may hold. One pass over the text, no allocation unless a problem is found.
 */
final class TextPolicy {
    private TextPolicy() {}

    /** @return what is wrong with the first character the policy rejects, or {@code null} when the text is acceptable */
    static @Nullable String check(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "holds a lone surrogate " + codePoint(c) + ", which is no character";
            }
            if (Character.isLowSurrogate(c)) {
                return "holds a lone surrogate " + codePoint(c) + ", which is no character";
            }
            if (c == '\t' || c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                continue;
            }
            if (c == 0x1B) {
                return "holds the escape character " + codePoint(c)
                        + ", which starts ANSI escape sequences; text may not hold control characters";
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
