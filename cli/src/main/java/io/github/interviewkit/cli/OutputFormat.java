package io.github.interviewkit.cli;

/** The formats a command prints its result in; each command accepts those it can write. */
enum OutputFormat {
    /** Text for people: explanations and aligned tables. */
    TEXT,
    /** A JSON document, with stable layout. */
    JSON,
    /** A YAML document, as the library's codec writes it. */
    YAML,
    /** Comma-separated values (RFC 4180), one record per figure. */
    CSV,
    /** One self-contained HTML page, as the render module writes it. */
    HTML,
    /** Markdown (CommonMark with tables), as the render module writes it. */
    MD;

    /** @return the file name extension of a document in this format, with its dot */
    String extension() {
        return switch (this) {
            case TEXT -> ".txt";
            case JSON -> ".json";
            case YAML -> ".yaml";
            case CSV -> ".csv";
            case HTML -> ".html";
            case MD -> ".md";
        };
    }
}
