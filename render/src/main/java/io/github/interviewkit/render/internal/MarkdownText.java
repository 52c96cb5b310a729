package io.github.interviewkit.render.internal;

/**
 * The one escaper of the Markdown renderings: every value a Markdown template writes goes through
 * {@link #escape(String)} (by {@link MarkdownOutput}), so that a CommonMark renderer, raw HTML
 * allowed, shows it as the text it is. Templates are {@code ContentType.Plain}, which escapes
 * nothing by itself.
 *
 * <p>The characters that can open inline syntax anywhere in a line are backslash-escaped:
 * {@code \ ` * _ [ ] < > & | ~ #}, so that no emphasis, code span, link, image, autolink, raw HTML
 * tag, entity or character reference, table cell boundary or strikethrough can start in a value
 * (a link or image needs an unescaped {@code [}; raw HTML an unescaped {@code <}). A value that
 * starts with a character that opens a block at the start of a line ({@code - + = >}, or digits
 * followed by {@code .} or {@code )}) has that character escaped too. Line breaks and runs of blanks
 * become one space, so that no value ends its line or starts a block of its own; leading and
 * trailing blanks are dropped, so that no value indents a code block. Other punctuation stays as it
 * is, so that the Markdown stays readable as text. {@link Safety#clean(String)} runs first.
 */
final class MarkdownText {
    private static final String ALWAYS = "\\`*_[]<>&|~#";
    private static final String AT_START = "-+=>";

    private MarkdownText() {}

    /**
     * Escapes a text for Markdown.
     *
     * @param text any text
     * @return the text, safe inside a paragraph, a list item, a heading, a table cell or bold text
     */
    static String escape(String text) {
        String clean = Safety.clean(text).strip();
        StringBuilder out = new StringBuilder(clean.length() + 16);
        boolean space = false;
        int digits = 0;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                digits = -1;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            boolean start = out.length() == 0;
            if (ALWAYS.indexOf(c) >= 0 || (start && AT_START.indexOf(c) >= 0)
                    || (digits > 0 && (c == '.' || c == ')'))) {
                out.append('\\');
            }
            digits = digits >= 0 && c >= '0' && c <= '9' ? digits + 1 : -1;
            out.append(c);
        }
        return out.toString();
    }
}
