package io.github.interviewkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A part of a value under construction: either a value that was built (and so checked) before, or
 * a builder that builds its value now, together with its parent. A tree of builders is checked once,
 * from its root: every part's own rules run exactly once, in the build that creates the part, and a
 * part that was already a value is never checked again.
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
interface Tree<T> {
    /**
     * Builds the value.
     *
     * @param out where the value's problems go, with paths relative to the value
     * @param check whether to run the rules; {@code false} only for content a build step checked
     * @return the value, possibly invalid when problems were reported; {@code null} when it is
     *     incomplete (a required number is missing, reported), so that no rule runs on a made-up value
     */
    @Nullable T build(ViolationSink out, boolean check);

    /** @return the part for a value built before */
    static <T> Tree<T> of(T value) {
        Objects.requireNonNull(value);
        return (out, check) -> value;
    }

    /** Builds a root: throws one {@link ContentException} listing every problem of the whole tree. */
    static <T> T root(Tree<T> tree, String subject) {
        return Violations.build(subject, ContentException::new, out -> tree.build(out, true));
    }

    /** Builds a root, reporting into {@code problems}; the value only when it has no problem. */
    static <T> Optional<T> tryRoot(Tree<T> tree, ViolationSink problems) {
        return Violations.tryBuild(problems, out -> tree.build(out, true));
    }

    /** Builds a root without checking it: for content a build step checked. */
    static <T> @Nullable T unchecked(Tree<T> tree) {
        return tree.build(violation -> { }, false);
    }

    /**
     * Builds every part of a list attribute, each with paths under {@code name[i]}; an incomplete
     * part stays in the list as {@code null}, so that later parts keep their indexes.
     */
    static <T> List<@Nullable T> all(List<Tree<T>> parts, String name, ViolationSink out, boolean check,
            Incomplete incomplete) {
        List<@Nullable T> values = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String at = name + "[" + i + "]";
            T value = parts.get(i).build(out.under(at), check);
            if (value == null) {
                incomplete.slots.add(at);
            }
            values.add(value);
        }
        return values;
    }

    /** Builds a single part with paths under {@code name}; {@code null} when absent or incomplete. */
    static <T> @Nullable T part(@Nullable Tree<T> part, String name, ViolationSink out, boolean check,
            Incomplete incomplete) {
        if (part == null) {
            return null;
        }
        T value = part.build(out.under(name), check);
        if (value == null) {
            incomplete.slots.add(name);
        }
        return value;
    }

    /**
     * The places of a value's parts that are incomplete: their problems were reported, so the
     * value's own rules say nothing more there ("is required" for a part that is missing only
     * because it was incomplete).
     */
    final class Incomplete {
        private final java.util.Set<String> slots = new java.util.HashSet<>(2);

        ViolationSink filter(ViolationSink out) {
            return violation -> {
                if (slots.isEmpty() || !slots.contains(violation.path())) {
                    out.add(violation);
                }
            };
        }
    }

    /** Adds a value or each of several values to a list of parts, checking for nulls. */
    @SafeVarargs
    static <T> void addValues(List<Tree<T>> parts, String name, T... values) {
        Objects.requireNonNull(values, name);
        for (T value : values) {
            parts.add(of(Objects.requireNonNull(value, name + " element")));
        }
    }

    /** Adds the values of an iterable to a list of parts, checking for nulls. */
    static <T> void addAllValues(List<Tree<T>> parts, String name, Iterable<? extends T> values) {
        Objects.requireNonNull(values, name);
        for (T value : values) {
            parts.add(of(Objects.requireNonNull(value, name + " element")));
        }
    }

    /** Adds strings to a list attribute, checking for nulls. */
    static void addStrings(List<String> list, String name, Iterable<String> values) {
        Objects.requireNonNull(values, name);
        for (String value : values) {
            list.add(Objects.requireNonNull(value, name + " element"));
        }
    }

    /** Adds strings to a list attribute, checking for nulls. */
    static void addStrings(List<String> list, String name, String... values) {
        Objects.requireNonNull(values, name);
        for (String value : values) {
            list.add(Objects.requireNonNull(value, name + " element"));
        }
    }
}
