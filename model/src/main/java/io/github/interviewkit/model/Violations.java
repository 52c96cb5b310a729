package io.github.interviewkit.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The one problem collector: gathers the {@link Violation}s that rules report, keeps at most a
 * fixed number of them and counts the rest, then turns them into one exception.
 *
 * <p>A report stays small whatever the input: at most {@link #maxKept()} distinct violations are
 * kept (the first ones added); every further distinct problem only increments
 * {@link #omitted()} and costs no memory. A violation equal to one already kept (same path, value,
 * message and location) is not counted twice. {@link #list()} returns the kept ones sorted: those
 * located in a document by line and column, then the rest by path, list indexes compared as numbers
 * ({@code questions[2]} before {@code questions[10]}), then by message.
 *
 * <pre>{@code
 * Violations problems = Violations.collector();
 * rules.check(value, problems.under("questions[3]"));
 * problems.throwIfAny("Role");                 // one ContentException listing every problem
 * }</pre>
 *
 * <p>A collector is not safe for use by several threads at once; make one per validation.
 */
public final class Violations implements ViolationSink {
    /** How many violations a collector keeps unless told otherwise. */
    public static final int DEFAULT_MAX_KEPT = 100;

    private final int maxKept;
    private final List<Violation> kept = new ArrayList<>();
    private final Set<Violation> distinct = new HashSet<>();
    private int omitted;

    private Violations(int maxKept) {
        this.maxKept = maxKept;
    }

    /** @return a collector that keeps at most {@value #DEFAULT_MAX_KEPT} violations */
    public static Violations collector() {
        return new Violations(DEFAULT_MAX_KEPT);
    }

    /**
     * Returns a collector that keeps at most {@code maxKept} violations and counts the rest.
     *
     * @param maxKept how many violations to keep, at least 1
     * @return the collector
     * @throws IllegalArgumentException if {@code maxKept} is below 1
     */
    public static Violations collector(int maxKept) {
        if (maxKept < 1) {
            throw new IllegalArgumentException("maxKept must be at least 1, was " + maxKept);
        }
        return new Violations(maxKept);
    }

    @Override
    public void add(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        if (kept.size() < maxKept) {
            if (distinct.add(violation)) {
                kept.add(violation);
            }
        } else if (!distinct.contains(violation)) {
            omitted++;
        }
    }

    /**
     * Adds every violation of a list.
     *
     * @param violations the violations
     * @throws NullPointerException if {@code violations} or one of them is {@code null}
     */
    public void addAll(Iterable<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        for (Violation violation : violations) {
            add(violation);
        }
    }

    /** @return how many violations this collector keeps at most */
    public int maxKept() {
        return maxKept;
    }

    /** @return whether no problem was added */
    public boolean isEmpty() {
        return kept.isEmpty();
    }

    /** @return whether the collector keeps no more violations: every further one is only counted */
    public boolean isFull() {
        return kept.size() >= maxKept;
    }

    /** @return how many distinct problems were added, kept and omitted together */
    public int count() {
        return kept.size() + omitted;
    }

    /** @return how many problems were added after the collector was full, and not kept */
    public int omitted() {
        return omitted;
    }

    /** @return the kept violations, sorted as the class description says; a new list */
    public List<Violation> list() {
        List<Violation> sorted = new ArrayList<>(kept);
        sorted.sort(ORDER);
        return sorted;
    }

    /**
     * Throws one {@link ContentException} listing every kept problem and the number omitted, if any
     * problem was added.
     *
     * @param subject what was checked, e.g. {@code "Role"} or a file name
     * @throws ContentException if the collector is not empty
     * @throws NullPointerException if {@code subject} is {@code null}
     */
    public void throwIfAny(String subject) {
        throwIfAny(subject, ContentException::new);
    }

    /**
     * Throws one exception made by {@code exception} from the subject and this collector, if any
     * problem was added; modules throw their own subclass of {@link ContentException} this way.
     *
     * @param subject what was checked
     * @param exception makes the exception, e.g. {@code ContentException::new}
     * @param <E> the exception type
     * @throws E if the collector is not empty
     * @throws NullPointerException if an argument is {@code null}
     */
    public <E extends ContentException> void throwIfAny(String subject,
            BiFunction<String, Violations, E> exception) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(exception, "exception");
        if (!isEmpty()) {
            throw exception.apply(subject, this);
        }
    }

    /**
     * Runs a build that reports its problems into a sink, and returns its value or throws one
     * exception listing every problem: how the builders of interviewkit's values finish.
     *
     * @param subject what is built, e.g. {@code "Scorecard"}
     * @param exception makes the exception, e.g. {@code ContentException::new}
     * @param build builds the value, reporting into the sink it is given; may return {@code null}
     *     only after reporting why
     * @param <T> the value's type
     * @param <E> the exception type
     * @return the value
     * @throws E if the build reported a problem
     * @throws NullPointerException if an argument is {@code null}
     */
    public static <T, E extends ContentException> T build(String subject, BiFunction<String, Violations, E> exception,
            Function<ViolationSink, @Nullable T> build) {
        Objects.requireNonNull(build, "build");
        Violations problems = collector();
        T value = build.apply(problems);
        problems.throwIfAny(subject, exception);
        return Objects.requireNonNull(value, "a build that returns nothing must report why");
    }

    /**
     * Runs a build that reports its problems into a sink, and returns its value only if it reported
     * none: how the builders' {@code tryBuild} methods finish.
     *
     * @param problems where the build's problems go
     * @param build builds the value, reporting into the sink it is given
     * @param <T> the value's type
     * @return the value, or empty when the build reported a problem or returned nothing
     * @throws NullPointerException if an argument is {@code null}
     */
    public static <T> Optional<T> tryBuild(ViolationSink problems, Function<ViolationSink, @Nullable T> build) {
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(build, "build");
        int[] found = {0};
        T value = build.apply(violation -> {
            found[0]++;
            problems.add(violation);
        });
        return found[0] == 0 && value != null ? Optional.of(value) : Optional.empty();
    }

    /** @return how many problems were kept and omitted; never a violation's text */
    @Override
    public String toString() {
        return "Violations[" + kept.size() + " kept, " + omitted + " omitted]";
    }

    /** The order of {@link #list()}. */
    static final Comparator<Violation> ORDER = Comparator
            .comparingInt((Violation v) -> v.line().isPresent() ? 0 : 1)
            .thenComparingInt(v -> v.line().orElse(0))
            .thenComparingInt(v -> v.column().orElse(0))
            .thenComparing(Violation::path, Violations::comparePaths)
            .thenComparing(Violation::message)
            .thenComparing(v -> v.value() == null ? "" : v.value());

    /**
     * Compares paths segment by segment, a segment being a field name or a bracketed index; indexes
     * that are whole numbers compare as numbers and come before any other segment. Linear in the
     * paths' lengths, and total on any text, malformed brackets included.
     */
    static int comparePaths(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int endLeft = segmentEnd(left, i);
            int endRight = segmentEnd(right, j);
            int order = compareSegments(left, i, endLeft, right, j, endRight);
            if (order != 0) {
                return order;
            }
            i = endLeft;
            j = endRight;
        }
        return Boolean.compare(i < left.length(), j < right.length());
    }

    /** A segment starts at {@code from} and ends before the next '.' or '[' that follows its first character. */
    private static int segmentEnd(String path, int from) {
        int at = from + 1;
        while (at < path.length() && path.charAt(at) != '.' && path.charAt(at) != '[') {
            at++;
        }
        return at;
    }

    private static int compareSegments(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        long x = index(a, aFrom, aTo);
        long y = index(b, bFrom, bTo);
        if (x >= 0 && y >= 0) {
            return Long.compare(x, y);
        }
        if ((x >= 0) != (y >= 0)) {
            // Numbers before every other segment: comparing a number with text as text would make
            // [3] < [20] < [2x] < [3], which is no order and can make sorting throw.
            return x >= 0 ? -1 : 1;
        }
        return a.substring(aFrom, aTo).compareTo(b.substring(bFrom, bTo));
    }

    /** @return the number inside {@code [digits]}, or -1 when the segment is not such an index */
    private static long index(String path, int from, int to) {
        int digits = to - from - 2;
        if (digits < 1 || digits > 18 || path.charAt(from) != '[' || path.charAt(to - 1) != ']') {
            return -1;
        }
        long value = 0;
        for (int k = from + 1; k < to - 1; k++) {
            char c = path.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
