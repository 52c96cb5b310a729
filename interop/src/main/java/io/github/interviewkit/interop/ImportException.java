package io.github.interviewkit.interop;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Thrown when an import mapping is invalid, or when a payload does not fit its system's documented
 * shape or the mapping: one exception listing every problem, never a half-imported panel. Each
 * {@linkplain #violations() violation} carries its path in the source (for a JSON payload
 * {@code [0].attributes[2].rating}, for a CSV file {@code rows[3].rating}), the offending value, a
 * message, and its line and column in the source text (for CSV, the record's line and the
 * column's number); {@link #pointers()} gives each path as a JSON Pointer.
 */
public class ImportException extends ScoringInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for the problems a collector gathered.
     *
     * @param subject what was being read, e.g. a file name
     * @param problems the collector; must not be empty
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ImportException(String subject, Violations problems) {
        super(subject, problems);
    }

    /**
     * @return the JSON Pointer (RFC 6901) of each violation's path, in the order of
     *     {@link #violations()}: {@code [0].attributes[2].rating} gives {@code /0/attributes/2/rating}
     */
    public List<String> pointers() {
        List<String> pointers = new ArrayList<>();
        for (Violation violation : violations()) {
            pointers.add(SourcePaths.pointer(violation.path()));
        }
        return List.copyOf(pointers);
    }
}
