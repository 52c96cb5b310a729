package io.github.interviewkit.cli;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Violation;
import java.io.PrintWriter;

/**
 * Prints the problems of a document the way compilers do, one a line:
 * {@code file:line:column: path: message (was value)}, so that editors and terminals can jump to
 * them. A problem without a place in the text drops the line and column; the path of the whole
 * document is {@code (document)}.
 */
final class Problems {
    private Problems() {}

    /**
     * Prints every problem of an exception.
     *
     * @param file the file, as the user named it
     * @param problems the exception listing them
     * @param to where to print
     */
    static void print(String file, ContentException problems, PrintWriter to) {
        for (Violation violation : problems.violations()) {
            to.println(line(file, violation));
        }
        if (problems.omitted() > 0) {
            to.println(file + ": " + problems.omitted() + " more " + (problems.omitted() == 1 ? "problem" : "problems")
                    + " not listed");
        }
    }

    /** @return one problem on one line */
    static String line(String file, Violation violation) {
        StringBuilder text = new StringBuilder(file);
        if (violation.line().isPresent()) {
            text.append(':').append(violation.line().getAsInt()).append(':').append(violation.column().orElse(1));
        }
        text.append(": ").append(violation.path().isEmpty() ? "(document)" : violation.path()).append(": ")
                .append(violation.message());
        String value = violation.value();
        if (value != null) {
            text.append(" (was ").append(value).append(')');
        }
        return text.toString();
    }
}
