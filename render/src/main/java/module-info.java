/**
 * interviewkit render: what people read. Printable interview kits, interviewer guides, blank
 * scorecard forms and candidate reports, each as one self-contained HTML page (inline CSS, print
 * styles, no script, no external request) or as Markdown, in English and German. The templates are
 * jte templates compiled at build time; every value from content, scorecards or callers is escaped.
 */
module io.github.interviewkit.render {
    requires transitive io.github.interviewkit.model;
    requires transitive io.github.interviewkit.scoring;
    requires transitive org.jspecify;
    requires gg.jte.runtime;
    // jte's generated templates carry @javax.annotation.processing.Generated, a source-only annotation.
    requires static java.compiler;

    exports io.github.interviewkit.render;
}
