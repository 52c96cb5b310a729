package io.github.interviewkit.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the rules of a value put the problems they find: every validation in interviewkit (model
 * content, documents, scoring inputs, policies, analytics arguments) reports into a sink instead of
 * throwing at the first problem, so that one exception can list them all.
 *
 * <p>{@link Violations} is the collector behind every sink the library hands out; a sink made by
 * {@link #under(String)} adds to the same collector with its paths placed under a parent path.
 */
@FunctionalInterface
public interface ViolationSink {
    /**
     * Records a problem.
     *
     * @param violation the problem
     * @throws NullPointerException if {@code violation} is {@code null}
     */
    void add(Violation violation);

    /**
     * Records a problem at a path.
     *
     * @param path where the problem is, e.g. {@code questions[3].competencies[0]}; empty for the whole value
     * @param value the offending value, rendered as {@link Violation#of} renders it, or {@code null}
     * @param message what is wrong, for a content author
     * @throws NullPointerException if {@code path} or {@code message} is {@code null}
     */
    default void add(String path, @Nullable Object value, String message) {
        add(Violation.of(path, value, message));
    }

    /**
     * Returns a sink that places every path under a parent path and adds to this sink: a rule for a
     * part of a value reports paths relative to the part.
     *
     * @param parent the parent path, e.g. {@code questions[3]}; empty gives this sink
     * @return the sink
     * @throws NullPointerException if {@code parent} is {@code null}
     */
    default ViolationSink under(String parent) {
        Objects.requireNonNull(parent, "parent");
        if (parent.isEmpty()) {
            return this;
        }
        return violation -> add(violation.under(parent));
    }
}
