package io.github.interviewkit.render.internal;

import org.jspecify.annotations.Nullable;

/**
 * What both renderings do to every text from content, scorecards or callers before it is escaped
 * for its output: characters that change how the text around them looks without being seen are
 * replaced by U+FFFD, so that a reader sees that something was there. That is the bidirectional
 * embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), which can make a text
 * read backwards or move a name into another field, and the control characters but tab, line feed
 * and carriage return.
 */
final class Safety {
    private Safety() {}

    /**
     * Cleans a text.
     *
     * @param text any text
     * @return the text with every invisible formatting or control character replaced by U+FFFD
     */
    static String clean(String text) {
        @Nullable StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean unsafe(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }
}
