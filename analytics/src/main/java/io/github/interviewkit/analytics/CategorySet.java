package io.github.interviewkit.analytics;

import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ordered values a rating can take: the levels of a {@link RatingScale}, or a plain list of
 * numbers. Agreement statistics take their categories from here and not from the data, because
 * unused levels matter: a level nobody chose still widens a kappa's weight matrix, counts in an
 * ordinal distance and is reported by Fleiss' per-category kappa.
 */
public final class CategorySet {
    private final int[] values;

    private CategorySet(int[] values) {
        this.values = values;
    }

    /**
     * Returns the categories of a rating scale: its level values, lowest first.
     *
     * @param scale a rating scale
     * @return the category set
     * @throws io.github.interviewkit.scoring.ScoringInputException if {@code scale} is {@code null}
     */
    public static CategorySet of(RatingScale scale) {
        Problems.requireArgument(scale, "CategorySet", "scale");
        return new CategorySet(scale.levels().stream().mapToInt(RatingLevel::value).toArray());
    }

    /**
     * Returns a category set of plain values.
     *
     * @param values at least two values, strictly increasing
     * @return the category set
     * @throws io.github.interviewkit.scoring.ScoringInputException if there are fewer than two values
     *     or they do not strictly increase; every problem is listed
     */
    public static CategorySet of(int... values) {
        Problems problems = new Problems("CategorySet");
        if (values == null) {
            problems.add("values", null, "is required").throwIfAny();
        }
        if (values.length < 2) {
            problems.add("values", Arrays.toString(values), "needs at least two categories");
        }
        for (int i = 1; i < values.length; i++) {
            if (values[i] <= values[i - 1]) {
                problems.add("values[" + i + "]", values[i],
                        "must be greater than the value before it (" + values[i - 1] + ")");
            }
        }
        problems.throwIfAny();
        return new CategorySet(values.clone());
    }

    /**
     * Returns a category set of plain values.
     *
     * @param values at least two values, strictly increasing, none {@code null}
     * @return the category set
     * @throws io.github.interviewkit.scoring.ScoringInputException if a value is missing, there are
     *     fewer than two, or they do not strictly increase; every problem is listed
     */
    public static CategorySet of(List<Integer> values) {
        Problems problems = new Problems("CategorySet");
        if (values == null) {
            problems.add("values", null, "is required").throwIfAny();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                problems.add("values[" + i + "]", null, "is required");
            }
        }
        problems.throwIfAny();
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
            new Problems("CategorySet").add("index", index,
                    "is not the position of a category (0.." + (values.length - 1) + ")").throwIfAny();
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
        int index = Arrays.binarySearch(values, value);
        return index >= 0 ? index : -1;
    }

    @Override
    public boolean equals(Object other) {
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
