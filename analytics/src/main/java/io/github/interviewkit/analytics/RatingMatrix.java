package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.Objects;

import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.RatingScale;
import java.util.List;
import java.util.OptionalInt;

/**
 * Ratings of units by raters on a {@link CategorySet}, with missing ratings allowed: row {@code u}
 * holds what each rater gave unit {@code u}. A unit is what is rated (in a panel, one candidate on
 * one criterion); a rater is who rates it (an interviewer). It is the input of every agreement
 * statistic in {@link Agreement}, and holds any data laid out that way, from panels or not.
 *
 * <p>It is not the scoring module's {@link io.github.interviewkit.scoring.PanelRatings}, though both
 * hold ratings. {@code PanelRatings} is one panel's table, scorecards by criteria, every cell filled
 * (a level or "not assessed"), as a scoring strategy reads it. A {@code RatingMatrix} spans many
 * panels turned the other way: each candidate-criterion pair is a row and each interviewer a
 * column, the same column on every panel, and most cells are missing because an interviewer sits
 * on few of the panels. {@link PanelAnalytics#of} builds one from the other.
 *
 * <p>The matrix is validated when it is made: rows of different lengths and values that are not
 * categories of the set are reported together in one
 * {@link io.github.interviewkit.scoring.ScoringInputException}, each with its path such as
 * {@code ratings[3][1]}. The matrix is immutable.
 */
public final class RatingMatrix {
    static final int MISSING = -1;

    private final CategorySet categories;
    private final int units;
    private final int raters;
    /** Category positions, row by row; {@link #MISSING} where a rater gave no rating. */
    private final int[] codes;

    private RatingMatrix(CategorySet categories, int units, int raters, int[] codes) {
        this.categories = categories;
        this.units = units;
        this.raters = raters;
        this.codes = codes;
    }

    /**
     * Returns a matrix of ratings.
     *
     * @param categories the values a rating can take
     * @param ratings one row per unit, one column per rater; {@code null} where a rater gave no
     *     rating; every row as long as the first
     * @return the matrix
     * @throws io.github.interviewkit.scoring.ScoringInputException if an argument or a row is
     *     missing, rows differ in length or a value is not a category; every problem is listed
     */
    public static RatingMatrix of(CategorySet categories, Integer[][] ratings) {
        Violations problems = Violations.collector();
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(ratings, "ratings");
        problems.throwIfAny("RatingMatrix", ScoringInputException::new);
        int units = ratings.length;
        int first = 0;
        while (first < units && ratings[first] == null) {
            first++;
        }
        int raters = first == units ? 0 : ratings[first].length;
        int[] codes = new int[units * raters];
        for (int u = 0; u < units; u++) {
            Integer[] row = ratings[u];
            if (row == null) {
                problems.add("ratings[" + u + "]", null, "is required");
                continue;
            }
            if (row.length != raters) {
                problems.add("ratings[" + u + "]", row.length + " ratings",
                        "has " + row.length + " ratings; row " + first + " has " + raters + " (one per rater)");
                continue;
            }
            for (int r = 0; r < raters; r++) {
                Integer value = row[r];
                int code = value == null ? MISSING : categories.indexOf(value);
                if (value != null && code < 0) {
                    problems.add("ratings[" + u + "][" + r + "]", value, "is not a category of " + Violation.shown(categories));
                }
                codes[u * raters + r] = code;
            }
        }
        problems.throwIfAny("RatingMatrix", ScoringInputException::new);
        return new RatingMatrix(categories, units, raters, codes);
    }

    /**
     * Returns a matrix of ratings on a rating scale.
     *
     * @param scale the scale; its levels are the categories
     * @param ratings one row per unit, one column per rater; {@code null} where a rater gave no rating
     * @return the matrix
     * @throws io.github.interviewkit.scoring.ScoringInputException as {@link #of(CategorySet, Integer[][])}
     */
    public static RatingMatrix of(RatingScale scale, Integer[][] ratings) {
        return of(CategorySet.of(scale), ratings);
    }

    /**
     * Returns a matrix of model {@link Rating}s: {@linkplain Rating#notAssessed() not assessed} is a
     * missing rating, never a low one.
     *
     * @param scale the scale; its levels are the categories
     * @param ratings one list per unit, one rating per rater, none {@code null}
     * @return the matrix
     * @throws io.github.interviewkit.scoring.ScoringInputException if an argument, a row or a rating
     *     is missing, rows differ in length or a rating is not a level of the scale; every problem is
     *     listed
     */
    public static RatingMatrix ofRatings(RatingScale scale, List<List<Rating>> ratings) {
        Violations problems = Violations.collector();
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(ratings, "ratings");
        problems.throwIfAny("RatingMatrix", ScoringInputException::new);
        Integer[][] values = new Integer[ratings.size()][];
        for (int u = 0; u < values.length; u++) {
            List<Rating> row = ratings.get(u);
            if (row == null) {
                continue;
            }
            values[u] = new Integer[row.size()];
            for (int r = 0; r < row.size(); r++) {
                Rating rating = row.get(r);
                if (rating == null) {
                    problems.add("ratings[" + u + "][" + r + "]", null,
                            "is required; use Rating.notAssessed() for a missing rating");
                } else if (rating.isAssessed()) {
                    values[u][r] = rating.value().getAsInt();
                }
            }
        }
        problems.throwIfAny("RatingMatrix", ScoringInputException::new);
        return of(CategorySet.of(scale), values);
    }

    /** @return the values a rating can take */
    public CategorySet categories() {
        return categories;
    }

    /** @return the number of units (rows) */
    public int units() {
        return units;
    }

    /** @return the number of raters (columns) */
    public int raters() {
        return raters;
    }

    /**
     * Returns a rating.
     *
     * @param unit the unit's row
     * @param rater the rater's column
     * @return the value the rater gave the unit, or empty if the rating is missing
     * @throws io.github.interviewkit.scoring.ScoringInputException if there is no such unit or rater
     */
    public OptionalInt value(int unit, int rater) {
        Violations problems = Violations.collector();
        if (unit < 0 || unit >= units) {
            problems.add("unit", unit, "is not a unit of the matrix (0.." + (units - 1) + ")");
        }
        if (rater < 0 || rater >= raters) {
            problems.add("rater", rater, "is not a rater of the matrix (0.." + (raters - 1) + ")");
        }
        problems.throwIfAny("RatingMatrix", ScoringInputException::new);
        int code = code(unit, rater);
        return code == MISSING ? OptionalInt.empty() : OptionalInt.of(categories.value(code));
    }

    /** The category position of a rating, or {@link #MISSING}. */
    int code(int unit, int rater) {
        if (unit < 0 || unit >= units || rater < 0 || rater >= raters) {
            throw new IndexOutOfBoundsException("no rating at unit " + unit + ", rater " + rater
                    + " in a matrix of " + units + " units and " + raters + " raters");
        }
        return codes[unit * raters + rater];
    }

    /** The category positions, row by row; shared, never modified. */
    int[] codes() {
        return codes;
    }

    /**
     * The numeric values of the units every rater rated, one row per such unit: the input of the
     * statistics that need complete data (intraclass correlation, Kendall's W).
     */
    double[][] completeUnits() {
        int complete = 0;
        for (int u = 0; u < units; u++) {
            if (isComplete(u)) {
                complete++;
            }
        }
        double[][] rows = new double[complete][raters];
        int row = 0;
        for (int u = 0; u < units; u++) {
            if (isComplete(u)) {
                for (int r = 0; r < raters; r++) {
                    rows[row][r] = categories.value(codes[u * raters + r]);
                }
                row++;
            }
        }
        return rows;
    }

    private boolean isComplete(int unit) {
        for (int r = 0; r < raters; r++) {
            if (codes[unit * raters + r] == MISSING) {
                return false;
            }
        }
        return true;
    }

    /** @return a short description, e.g. {@code RatingMatrix[12 units x 4 raters on [1, 2, 3, 4, 5]]} */
    @Override
    public String toString() {
        return "RatingMatrix[" + units + " units x " + raters + " raters on " + categories + "]";
    }
}
