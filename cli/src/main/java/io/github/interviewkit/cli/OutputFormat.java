package io.github.interviewkit.cli;

/** The formats a command prints its result in; each command accepts those it can write. */
enum OutputFormat {
    /** Text for people: explanations and aligned tables. */
    TEXT,
    /** A JSON document, with stable layout. */
    JSON,
    /** Comma-separated values (RFC 4180), one record per figure. */
    CSV;
}
