package io.github.interviewkit.render.internal;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;

/**
 * The output of the HTML templates: jte's escaping by context (element text, attribute values),
 * after {@link Safety#clean(String)} of every value a template writes.
 */
final class HtmlOutput extends OwaspHtmlTemplateOutput {
    private final StringOutput out;

    HtmlOutput() {
        this(new StringOutput(32 * 1024));
    }

    private HtmlOutput(StringOutput out) {
        super(out);
        this.out = out;
    }

    @Override
    public void writeUserContent(String value) {
        super.writeUserContent(Safety.clean(value));
    }

    /** @return the page written so far */
    @Override
    public String toString() {
        return out.toString();
    }
}
