package io.github.interviewkit.scoring;

import io.github.interviewkit.model.ViolationSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parts of scoring values under construction: a value built before (and so checked) or a
 * builder that builds and checks its value with its parent, reporting under the part's place. The
 * builders of {@link Panel} and {@link ScoringPolicy} take their scorecards and hurdles this way,
 * so that a panel read from a document is validated once, from its root.
 */
final class Parts {
    private Parts() {}

    /** A part: builds its value, reporting into {@code out}; {@code null} only after reporting why. */
    @FunctionalInterface
    interface Part<T> {
        @Nullable T build(ViolationSink out);
    }

    static <T> Part<T> of(T value) {
        Objects.requireNonNull(value);
        return out -> value;
    }

    @SafeVarargs
    static <T> void addValues(List<Part<T>> parts, String name, T... values) {
        Objects.requireNonNull(values, name);
        for (T value : values) {
            parts.add(of(Objects.requireNonNull(value, name + " element")));
        }
    }

    static <T> void addAllValues(List<Part<T>> parts, String name, Iterable<? extends T> values) {
        Objects.requireNonNull(values, name);
        for (T value : values) {
            parts.add(of(Objects.requireNonNull(value, name + " element")));
        }
    }

    static void addStrings(List<String> list, String name, Iterable<String> values) {
        Objects.requireNonNull(values, name);
        for (String value : values) {
            list.add(Objects.requireNonNull(value, name + " element"));
        }
    }

    static void addStrings(List<String> list, String name, String... values) {
        addStrings(list, name, List.of(Objects.requireNonNull(values, name)));
    }

    /** Builds every part of a list, each reporting under {@code name[i]}. */
    static <T> List<@Nullable T> all(List<Part<T>> parts, String name, ViolationSink out) {
        List<@Nullable T> values = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            values.add(parts.get(i).build(out.under(name + "[" + i + "]")));
        }
        return values;
    }
}
