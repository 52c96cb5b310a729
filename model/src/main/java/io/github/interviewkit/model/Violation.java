package io.github.interviewkit.model;

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a value or a document: where it is, what was there, and what is wrong.
 *
 * <p>The {@linkplain #path() path} names the place the way a content author reads it, for example
 * {@code questions[3].competencies[0]}; the empty path means the whole value. The
 * {@linkplain #value() value} is a short rendering of what was found there ({@code null} when
 * nothing was). When the problem comes from a document, {@linkplain #line() line} and
 * {@linkplain #column() column} locate it in the text (both 1-based).
 */
public final class Violation implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Where the problem is. */
    private final String path;
    /** A rendering of the offending value, or {@code null}. */
    private final @Nullable String value;
    /** What is wrong. */
    private final String message;
    /** The 1-based line in the document, or 0 when there is none. */
    private final int line;
    /** The 1-based column in the document, or 0 when there is none. */
    private final int column;

    private Violation(String path, @Nullable String value, String message, int line, int column) {
        this.path = Objects.requireNonNull(path, "path");
        this.value = value;
        this.message = Objects.requireNonNull(message, "message");
        this.line = line;
        this.column = column;
    }

    /**
     * Creates a violation without a location in a document.
     *
     * @param path where the problem is, e.g. {@code questions[3].competencies[0]}; empty for the whole value
     * @param value a rendering of the offending value, or {@code null} when there was none
     * @param message what is wrong, for a content author
     * @return the violation
     * @throws NullPointerException if {@code path} or {@code message} is {@code null}
     */
    public static Violation of(String path, @Nullable Object value, String message) {
        return new Violation(path, render(value), message, 0, 0);
    }

    /**
     * Returns a copy of this violation located at a line and column of a document.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     * @return the located violation
     * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
     */
    public Violation at(int line, int column) {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
        }
        return new Violation(path, value, message, line, column);
    }

    /**
     * Returns a copy of this violation with its path placed under a parent path.
     *
     * @param parent the parent path, e.g. {@code questions[3]}; empty leaves the path as it is
     * @return the violation with the path {@code parent.path} (or {@code parent[i]...} for an index)
     * @throws NullPointerException if {@code parent} is {@code null}
     */
    public Violation under(String parent) {
        if (Objects.requireNonNull(parent, "parent").isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new Violation(joined, value, message, line, column);
    }

    /** @return where the problem is; the empty string for the whole value */
    public String path() {
        return path;
    }

    /** @return a rendering of the offending value, or {@code null} when there was none */
    public @Nullable String value() {
        return value;
    }

    /** @return what is wrong, in words a content author understands */
    public String message() {
        return message;
    }

    /** @return the 1-based line in the document, if the problem came from one */
    public OptionalInt line() {
        return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /** @return the 1-based column in the document, if the problem came from one */
    public OptionalInt column() {
        return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /**
     * Renders this violation on one line: {@code path: message (was value) at line L, column C}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(path.isEmpty() ? "(document)" : escape(shorten(path, MAX_PATH)))
                .append(": ").append(escape(message));
        text.append(" (was ").append(value == null ? "nothing" : value).append(')');
        if (line > 0) {
            text.append(" at line ").append(line).append(", column ").append(column);
        }
        return text.toString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Violation v
                && path.equals(v.path)
                && Objects.equals(value, v.value)
                && message.equals(v.message)
                && line == v.line
                && column == v.column;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, value, message, line, column);
    }

    private static final int MAX_RENDERED = 80;

    /**
     * Renders a value the way a violation shows it, for a message that names a second value
     * besides the violation's own: escaped as {@link #toString()} escapes (line breaks, control and
     * bidirectional characters, lone surrogates), text in quotes, and cut to at most 80 characters
     * with {@code ...}, so that no value can forge, colour or flood a report line.
     *
     * @param value the value, or {@code null}
     * @return its rendering, at most 80 characters; {@code nothing} for {@code null}
     */
    public static String shown(@Nullable Object value) {
        String text = render(value);
        return text == null ? "nothing" : text;
    }

    private static @Nullable String render(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String raw = String.valueOf(value);
        // Escaped, and only as much of it as can be shown.
        boolean cut = raw.length() > MAX_RENDERED;
        String shown = escape(cut ? raw.substring(0, MAX_RENDERED) : raw) + (cut ? "..." : "");
        String text = value instanceof CharSequence ? "\"" + shown + "\"" : shown;
        return text.length() <= MAX_RENDERED ? text : text.substring(0, MAX_RENDERED - 3) + "...";
    }

    private static final int MAX_PATH = 200;

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max / 2) + "..." + text.substring(text.length() - max / 2);
    }

    /**
     * Escapes what could forge or colour a report line: line breaks, control characters, escape
     * sequences, bidirectional controls and lone surrogates, written as {@code \n} or {@code \}{@code uXXXX}.
     */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean unsafe = !pair && (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c)
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))));
            if (!unsafe) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }
}
