package io.github.interviewkit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.interviewkit.model.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed document: its tree, where each value was in the text, and the problems found so far.
 * Problems are added with a path; the location of that path (or of its nearest located parent) is
 * attached, so that every report points into the text.
 *
 * <p>Not API: exported only to interviewkit's own modules.
 */
public final class Document {
    private JsonNode root;
    private final Map<String, int[]> locations;
    private final Map<String, String> rawScalars;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> reportedPaths = new HashSet<>();
    private boolean rejectUnknownFields = true;

    Document(JsonNode root, Map<String, int[]> locations, Map<String, String> rawScalars) {
        this.root = root;
        this.locations = locations;
        this.rawScalars = rawScalars;
    }

    /**
     * Sets whether fields no reader knows are reported (the default) or ignored.
     *
     * @param reject {@code true} to report them
     */
    public void rejectUnknownFields(boolean reject) {
        this.rejectUnknownFields = reject;
    }

    boolean rejectsUnknownFields() {
        return rejectUnknownFields;
    }

    void root(JsonNode root) {
        this.root = root;
    }

    /** @return the root of the tree; a missing node when the document could not be parsed */
    public JsonNode root() {
        return root;
    }

    /**
     * Records a problem at a path of this document.
     *
     * @param path the content path
     * @param value the offending value, or {@code null}
     * @param message what is wrong
     */
    public void report(String path, Object value, String message) {
        add(Violation.of(path, value, message));
    }

    /**
     * Records a problem found outside the document (by validating what was built from it), locating
     * it in the text. A problem at a path reported while reading, or at a value that contains such
     * a path, is a consequence of that one (a value that could not be read was left out) and is not
     * added again.
     *
     * @param violation the problem
     */
    public void addValidation(Violation violation) {
        String path = violation.path();
        boolean consequence = reportedPaths.stream().anyMatch(reported -> reported.equals(path)
                || path.isEmpty()
                || reported.startsWith(path + ".") || reported.startsWith(path + "["));
        if (!consequence) {
            add(violation);
        }
    }

    void reportAt(String path, Object value, String message, int line, int column) {
        reportedPaths.add(path);
        violations.add(Violation.of(path, value, message).at(line, column));
    }

    private void add(Violation violation) {
        reportedPaths.add(violation.path());
        int[] at = locate(violation.path());
        violations.add(at == null ? violation : violation.at(at[0], at[1]));
    }

    /** @return every problem recorded, sorted as {@link ModelValidation#sorted} does */
    public List<Violation> violations() {
        return ModelValidation.sorted(violations);
    }

    /** @return whether any problem was recorded */
    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    /**
     * Returns the text a YAML plain scalar was written as, when it was read as a number or boolean.
     *
     * @param path the content path of the scalar
     * @return the text, or {@code null} if there is none
     */
    String rawScalar(String path) {
        return rawScalars.get(path);
    }

    private int[] locate(String path) {
        String at = path;
        while (true) {
            int[] location = locations.get(at);
            if (location != null || at.isEmpty()) {
                return location;
            }
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
        }
    }
}
