package io.github.interviewkit.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed document: its tree, where each value was in the text, and the problems found in it.
 *
 * <p>Problems come in two phases. While the document is parsed and bound, problems are
 * {@linkplain #report reported} at the path where the text is wrong. Then the bound value is
 * validated once, and its problems arrive through {@link #validation()}: a problem at a path where
 * binding already found one, inside it, or around it is a consequence of that one (a value that
 * could not be read was left out) and is dropped. Every problem is located at the line and column of
 * its path, or of its nearest located parent. Each check costs time proportional to the depth of the
 * path, never to the number of problems found before.
 */
final class Document {
    private JsonNode root = MissingNode.getInstance();
    private final Map<String, long[]> locations = new HashMap<>();
    private final Map<String, String> rawScalars = new HashMap<>();
    /** YAML scalars that read as numbers past the limits, which are only a problem where a number is expected. */
    private final Map<String, String> numberProblems = new HashMap<>(2);
    private final Violations problems;
    /** Paths where binding reported a problem. */
    private final Set<String> reported = new HashSet<>();
    /** Every proper ancestor of a reported path, the empty path included. */
    private final Set<String> aroundReported = new HashSet<>();
    private final boolean rejectUnknownFields;

    Document(Violations problems, boolean rejectUnknownFields) {
        this.problems = problems;
        this.rejectUnknownFields = rejectUnknownFields;
    }

    JsonNode root() {
        return root;
    }

    void root(JsonNode root) {
        this.root = root;
    }

    boolean rejectsUnknownFields() {
        return rejectUnknownFields;
    }

    Violations problems() {
        return problems;
    }

    void locate(String path, int line, int column) {
        locations.put(path, new long[] {line, column});
    }

    void rawScalar(String path, String text) {
        rawScalars.put(path, text);
    }

    /** @return the text a YAML plain scalar was written as when it was read as a number or boolean */
    @Nullable String rawScalar(String path) {
        return rawScalars.get(path);
    }

    void numberProblem(String path, String message) {
        numberProblems.put(path, message);
    }

    /** @return what is wrong with a YAML scalar at {@code path} read as a number, or {@code null} */
    @Nullable String numberProblem(String path) {
        return numberProblems.get(path);
    }

    /**
     * Records a problem found while parsing or binding, at the place of {@code path}. Once the
     * report is full, a problem is only counted: nothing of it is kept, and validation, which the
     * kept paths serve, does not run.
     */
    void report(String path, @Nullable Object value, String message) {
        if (problems.isFull()) {
            problems.add(Violation.of(path, value, message));
            return;
        }
        remember(path);
        problems.add(located(Violation.of(path, value, message)));
    }

    /** Records a problem found while parsing, at a position the parser gave. */
    void reportAt(String path, @Nullable Object value, String message, int line, int column) {
        if (!problems.isFull()) {
            remember(path);
        }
        problems.add(Violation.of(path, value, message).at(line, column));
    }

    /** @return where the validation of the bound value reports; consequences of binding problems are dropped */
    ViolationSink validation() {
        return violation -> {
            if (!isConsequence(violation.path())) {
                problems.add(located(violation));
            }
        };
    }

    private void remember(String path) {
        if (reported.add(path)) {
            String at = path;
            while (!at.isEmpty()) {
                at = parentOf(at);
                if (!aroundReported.add(at)) {
                    break;
                }
            }
        }
    }

    private boolean isConsequence(String path) {
        if (reported.isEmpty()) {
            return false;
        }
        if (aroundReported.contains(path)) {
            return true;
        }
        for (String at = path; !at.isEmpty(); at = parentOf(at)) {
            if (reported.contains(at)) {
                return true;
            }
        }
        return false;
    }

    private Violation located(Violation violation) {
        if (violation.line().isPresent()) {
            return violation;
        }
        for (String at = violation.path(); ; at = parentOf(at)) {
            long[] location = locations.get(at);
            if (location != null) {
                return violation.at((int) location[0], (int) location[1]);
            }
            if (at.isEmpty()) {
                return violation;
            }
        }
    }

    /** @return the path without its last segment: {@code a.b[2]} gives {@code a.b}, {@code a} gives the empty path */
    static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
