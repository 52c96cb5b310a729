package io.github.interviewkit.render;

/** The output of a rendering. */
public enum Format {
    /** One self-contained HTML page: inline CSS with print styles, no script, no external request. */
    HTML,
    /** CommonMark with GitHub-flavoured tables, every value escaped for Markdown and raw HTML. */
    MARKDOWN
}
