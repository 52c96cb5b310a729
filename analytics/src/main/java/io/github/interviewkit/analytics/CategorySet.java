package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.Objects;

import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The ordered values a rating can take: the levels of a {@link RatingScale}, or a plain list of
 * numbers. Agreement statistics take their categories from here and not from the data, because
 * unused levels matter: a level nobody chose still widens a kappa's weight matrix, counts in an
 * ordinal distance and is reported by Fleiss' per-category kappa.
 */
public final class CategorySet implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /**
     * The most categories a set holds: a table of two raters has one cell per pair of categories,
     * so a set of this size keeps every table and weight matrix to a million cells.
     */
    public static final int MAX_SIZE = 1_000;
    /** Sets spanning at most this many integers find a value's position in a table, not by search. */
    private static final int TABLE_SPAN = 4096;

    private final int[] values;
    /** {@code table[value - values[0]]} is the position of a value, -1 for none; {@code null} for wide sets. */
    private final int @Nullable [] table;

    private CategorySet(int[] values) {
        this.values = values;
        long span = (long) values[values.length - 1] - values[0] + 1;
        // Away from the ends of the int range, value - lowest cannot wrap into the table: hot loops
        // subtract in int arithmetic.
        if (span <= TABLE_SPAN && values[0] > Integer.MIN_VALUE + TABLE_SPAN
                && values[values.length - 1] < Integer.MAX_VALUE - TABLE_SPAN) {
            int[] positions = new int[(int) span];
            Arrays.fill(positions, -1);
            for (int i = 0; i < values.length; i++) {
                positions[values[i] - values[0]] = i;
            }
            table = positions;
        } else {
            table = null;
        }
    }

    /**
     * Returns the categories of a rating scale: its level values, lowest first.
     *
     * @param scale a rating scale
     * @return the category set
     * @throws NullPointerException if {@code scale} is {@code null}
     * @throws io.github.interviewkit.scoring.ScoringInputException if the scale has more than
     *     {@link #MAX_SIZE} levels
     */
    public static CategorySet of(RatingScale scale) {
        Objects.requireNonNull(scale, "scale");
        return new CategorySet(scale.levels().stream().mapToInt(RatingLevel::value).toArray());
    }

    /**
     * Returns a category set of plain values.
     *
     * @param values at least two values and at most {@link #MAX_SIZE}, strictly increasing
     * @return the category set
     * @throws io.github.interviewkit.scoring.ScoringInputException if there are fewer than two values
     *     or more than {@link #MAX_SIZE}, or they do not strictly increase; every problem is listed
     */
    public static CategorySet of(int... values) {
        Violations problems = Violations.collector();
        Objects.requireNonNull(values, "values");
        if (values.length < 2) {
            problems.add("values", Arrays.toString(values), "needs at least two categories");
        }
        if (values.length > MAX_SIZE) {
            problems.add("values", values.length + " values", "holds more than " + MAX_SIZE
                    + " categories, the most a set holds (CategorySet.MAX_SIZE)");
            problems.throwIfAny("CategorySet", ScoringInputException::new);
        }
        for (int i = 1; i < values.length; i++) {
            if (values[i] <= values[i - 1]) {
                problems.add("values[" + i + "]", values[i],
                        "must be greater than the value before it (" + values[i - 1] + ")");
            }
        }
        problems.throwIfAny("CategorySet", ScoringInputException::new);
        return new CategorySet(values.clone());
    }

    /**
     * Returns a category set of plain values.
     *
     * @param values at least two values and at most {@link #MAX_SIZE}, strictly increasing, none {@code null}
     * @return the category set
     * @throws io.github.interviewkit.scoring.ScoringInputException if a value is missing, there are
     *     fewer than two or more than {@link #MAX_SIZE}, or they do not strictly increase; every
     *     problem is listed
     */
    public static CategorySet of(List<Integer> values) {
        Violations problems = Violations.collector();
        Objects.requireNonNull(values, "values");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                problems.add("values[" + i + "]", null, "is required");
            }
        }
        problems.throwIfAny("CategorySet", ScoringInputException::new);
        return of(values.stream().mapToInt(Integer::intValue).toArray());
    }

    /** @return the number of categories, at least two */
    public int size() {
        return values.length;
    }

    /** @return the values, lowest first */
    public List<Integer> values() {
        return Arrays.stream(values).boxed().collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the value of a category.
     *
     * @param index the category's position, 0 for the lowest
     * @return its value
     * @throws io.github.interviewkit.scoring.ScoringInputException if there is no category at {@code index}
     */
    public int value(int index) {
        if (index < 0 || index >= values.length) {
            throw Inputs.invalid("CategorySet", "index", index,
                    "is not the position of a category (0.." + (values.length - 1) + ")");
        }
        return values[index];
    }

    /**
     * Returns the position of a value.
     *
     * @param value a value
     * @return its position, 0 for the lowest, or -1 if it is not a category of this set
     */
    public int indexOf(int value) {
        if (table != null) {
            long at = (long) value - values[0];
            return at >= 0 && at < table.length ? table[(int) at] : -1;
        }
        int index = Arrays.binarySearch(values, value);
        return index >= 0 ? index : -1;
    }

    /**
     * The lookup table of a narrow set ({@code table[value - lowest]} is a position or -1, the
     * subtraction in int arithmetic never wrapping into the table), or {@code null} for a wide one; hot loops keep it in a local, which the compiler cannot do for a
     * field read between array stores.
     */
    int @Nullable [] table() {
        return table;
    }

    /** The position of a numeric value that must be one of the categories exactly, or -1. */
    int indexOf(double value) {
        return value == Math.rint(value) && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE
                ? indexOf((int) value) : -1;
    }

    /** Writes the values. */
    void writeTo(Bytes.Writer out) {
        out.varLong(values.length);
        for (int value : values) {
            out.varLong(value);
        }
    }

    /** Reads values written by {@link #writeTo}. */
    static CategorySet readFrom(Bytes.Reader in) {
        int size = (int) in.count(Math.min(in.remaining(), MAX_SIZE), "the number of categories");
        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
            values[i] = in.intValue(Integer.MIN_VALUE, Integer.MAX_VALUE, "a category value");
            if (i > 0 && values[i] <= values[i - 1]) {
                throw in.malformed("holds categories that do not increase");
            }
        }
        if (size < 2) {
            throw in.malformed("holds fewer than two categories");
        }
        return new CategorySet(values);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CategorySet set && Arrays.equals(values, set.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** @return the values, e.g. {@code [1, 2, 3, 4]} */
    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
