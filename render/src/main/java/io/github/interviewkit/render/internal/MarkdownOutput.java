package io.github.interviewkit.render.internal;

import gg.jte.output.StringOutput;

/**
 * The output of the Markdown templates (jte's {@code ContentType.Plain}, which escapes nothing):
 * the templates' own text is written as it is, every value they write goes through
 * {@link MarkdownText#escape(String)}. A template cannot forget to escape a value.
 */
final class MarkdownOutput extends StringOutput {
    MarkdownOutput() {
        super(16 * 1024);
    }

    @Override
    public void writeUserContent(String value) {
        writeContent(MarkdownText.escape(value));
    }
}
