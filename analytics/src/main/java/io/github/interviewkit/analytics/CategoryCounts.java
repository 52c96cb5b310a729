package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.ScoringInputException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The sufficient statistics of Fleiss' kappa, the partial form of {@link FleissKappa}: the number
 * of units, the fewest and most ratings a unit had, and per category the total ratings
 * {@code sum_u n_uc} and the sum of squares {@code sum_u n_uc^2}. All are integers: merging is
 * exact, in any grouping and order, and {@link #kappa()} finishes in exact rational arithmetic.
 * A unit's ratings must be in one part. Immutable; {@link #toBytes()} is its compact form.
 */
public final class CategoryCounts {
    private static final String SUBJECT = "FleissKappa";

    private final CategorySet categories;
    private final long units;
    private final long fewest;
    private final long most;
    private final long[] totals;
    private final long[] squares;

    private CategoryCounts(CategorySet categories, long units, long fewest, long most, long[] totals, long[] squares) {
        this.categories = categories;
        this.units = units;
        this.fewest = fewest;
        this.most = most;
        this.totals = totals;
        this.squares = squares;
    }

    /**
     * Returns counts of nothing, the neutral element of {@link #merge}.
     *
     * @param categories the categories
     * @return the empty counts
     * @throws NullPointerException if {@code categories} is {@code null}
     */
    public static CategoryCounts empty(CategorySet categories) {
        Objects.requireNonNull(categories, "categories");
        return new CategoryCounts(categories, 0, Long.MAX_VALUE, 0, new long[categories.size()], new long[categories.size()]);
    }

    /**
     * Counts plain ratings, one row per unit, in one pass without boxing.
     *
     * @param categories the categories
     * @param ratings one row per unit holding category values; a cell equal to {@code missing} is no rating
     * @param missing the value that marks a missing rating, not a category
     * @return the counts
     * @throws NullPointerException if {@code categories} or {@code ratings} is {@code null}
     * @throws IllegalArgumentException if {@code missing} is a category
     * @throws ScoringInputException if a row is missing or a value is neither a category nor the
     *     missing marker; every problem is listed
     */
    public static CategoryCounts of(CategorySet categories, int[][] ratings, int missing) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(ratings, "ratings");
        if (categories.indexOf(missing) >= 0) {
            throw new IllegalArgumentException("missing is " + missing + ", a category of " + Violation.shown(categories));
        }
        Tally tally = new Tally(categories);
        Violations problems = Violations.collector();
        int[] counts = tally.unitCounts;
        int[] table = categories.table();
        int lowest = categories.value(0);
        int size = categories.size();
        // Consecutive categories (a rating scale's levels) are their own positions: value - lowest,
        // with no table to read.
        boolean consecutive = categories.value(size - 1) - lowest == size - 1;
        for (int u = 0; u < ratings.length; u++) {
            int[] row = ratings[u];
            if (row == null) {
                problems.add("ratings[" + u + "]", null, "is required");
                continue;
            }
            int values = 0;
            for (int r = 0; r < row.length; r++) {
                int value = row[r];
                // A category first, the common case; the missing marker is never a category.
                int c;
                if (consecutive) {
                    c = value - lowest;
                    c = c >= 0 && c < size ? c : -1;
                } else {
                    int at = value - lowest;
                    c = table == null ? categories.indexOf(value) : at >= 0 && at < table.length ? table[at] : -1;
                }
                if (c >= 0) {
                    counts[c]++;
                    values++;
                } else if (value != missing) {
                    problems.add("ratings[" + u + "][" + r + "]", value, "is neither a category of " + Violation.shown(categories)
                            + " nor the missing marker " + missing);
                }
            }
            tally.closeUnit(values);
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return tally.counts();
    }

    /**
     * Counts plain numeric ratings, one row per unit; {@code NaN} is no rating.
     *
     * @param categories the categories
     * @param ratings one row per unit holding category values as numbers, {@code NaN} where missing
     * @return the counts
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if a row is missing or a value is neither {@code NaN} nor a
     *     category; every problem is listed
     */
    public static CategoryCounts of(CategorySet categories, double[][] ratings) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(ratings, "ratings");
        Tally tally = new Tally(categories);
        Violations problems = Violations.collector();
        for (int u = 0; u < ratings.length; u++) {
            double[] row = ratings[u];
            if (row == null) {
                problems.add("ratings[" + u + "]", null, "is required");
                continue;
            }
            int values = 0;
            for (int r = 0; r < row.length; r++) {
                if (Double.isNaN(row[r])) {
                    continue;
                }
                int c = categories.indexOf(row[r]);
                if (c < 0) {
                    problems.add("ratings[" + u + "][" + r + "]", row[r], "is neither a category of " + Violation.shown(categories)
                            + " nor NaN (missing)");
                    continue;
                }
                tally.unitCounts[c]++;
                values++;
            }
            tally.closeUnit(values);
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return tally.counts();
    }

    /**
     * Counts a table of ratings per unit and category, the form of Fleiss (1971).
     *
     * @param categories the categories, one column each
     * @param counts {@code counts[u][c]} raters put unit {@code u} in category {@code c}
     * @return the counts
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if a row is missing or has the wrong length or a count is
     *     negative; every problem is listed
     */
    public static CategoryCounts ofCounts(CategorySet categories, int[][] counts) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(counts, "counts");
        int k = categories.size();
        Violations problems = Violations.collector();
        Tally tally = new Tally(categories);
        for (int u = 0; u < counts.length; u++) {
            int[] row = counts[u];
            if (row == null || row.length != k) {
                problems.add("counts[" + u + "]", row == null ? null : row.length + " columns",
                        "needs one column per category (" + k + ")");
                continue;
            }
            long values = 0;
            boolean valid = true;
            for (int c = 0; c < k; c++) {
                if (row[c] < 0) {
                    problems.add("counts[" + u + "][" + c + "]", row[c], "a count cannot be negative");
                    valid = false;
                }
                values += row[c];
            }
            if (valid) {
                System.arraycopy(row, 0, tally.unitCounts, 0, k);
                tally.closeUnit(values);
            }
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return tally.counts();
    }

    /**
     * Counts the ratings of one panel: a unit is the candidate on one criterion, as in
     * {@link PanelAnalytics}; "not assessed" is no rating.
     *
     * @param panel the panel
     * @return the counts, on the levels of the panel's rating scale
     * @throws NullPointerException if {@code panel} is {@code null}
     */
    public static CategoryCounts of(Panel panel) {
        Objects.requireNonNull(panel, "panel");
        return PanelAnalytics.of(List.of(panel)).categoryCounts();
    }

    /** Counts the units of a matrix. */
    static CategoryCounts of(RatingMatrix matrix) {
        Tally tally = new Tally(matrix.categories());
        int raters = matrix.raters();
        int[] codes = matrix.codes();
        for (int offset = 0; offset < codes.length; offset += raters) {
            int values = 0;
            for (int r = 0; r < raters; r++) {
                int c = codes[offset + r];
                if (c >= 0) {
                    tally.unitCounts[c]++;
                    values++;
                }
            }
            tally.closeUnit(values);
        }
        if (raters == 0) {
            for (int u = 0; u < matrix.units(); u++) {
                tally.closeUnit(0);
            }
        }
        return tally.counts();
    }

    /**
     * Adds the counts of other units.
     *
     * @param other counts of other units on the same categories
     * @return the counts of both
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws ScoringInputException if the categories differ, or a count of both together passes {@code Long.MAX_VALUE}
     */
    public CategoryCounts merge(CategoryCounts other) {
        Objects.requireNonNull(other, "other");
        return Inputs.counted(SUBJECT, () -> mergeCounts(other));
    }

    private CategoryCounts mergeCounts(CategoryCounts other) {
        Objects.requireNonNull(other, "other");
        if (!categories.equals(other.categories)) {
            throw Inputs.invalid(SUBJECT, "other.categories", other.categories,
                    "counts on different categories do not merge; these are on " + Violation.shown(categories));
        }
        long[] t = new long[totals.length];
        long[] q = new long[squares.length];
        for (int c = 0; c < t.length; c++) {
            t[c] = Math.addExact(totals[c], other.totals[c]);
            q[c] = Math.addExact(squares[c], other.squares[c]);
        }
        return new CategoryCounts(categories, Math.addExact(units, other.units), Math.min(fewest, other.fewest),
                Math.max(most, other.most), t, q);
    }

    /** @return the categories */
    public CategorySet categories() {
        return categories;
    }

    /** @return how many units were counted */
    public long units() {
        return units;
    }

    /**
     * Finishes Fleiss' kappa with its observed and chance agreement, exactly: the only rounding is
     * the conversion of each figure to a double.
     *
     * @return kappa overall and per category
     */
    public FleissKappa kappa() {
        if (units == 0) {
            return FleissKappa.undefined(categories, "there are no units", 0, 0);
        }
        if (fewest != most) {
            return FleissKappa.undefined(categories, "units have between " + fewest + " and " + most
                    + " ratings; Fleiss' kappa needs the same number on every unit", units, 0);
        }
        long m = most;
        if (m < 2) {
            return FleissKappa.undefined(categories,
                    "each unit has " + m + " rating(s); agreement needs at least two", units, m);
        }
        // Integers throughout: T = N m, S = sum n_uc^2, Q = sum t_c^2; each figure is one division.
        BigInteger total = BigInteger.valueOf(units).multiply(BigInteger.valueOf(m));
        BigInteger mMinusOne = BigInteger.valueOf(m - 1);
        BigInteger sumOfSquares = BigInteger.ZERO;
        BigInteger squaredTotals = BigInteger.ZERO;
        for (int c = 0; c < totals.length; c++) {
            sumOfSquares = sumOfSquares.add(BigInteger.valueOf(squares[c]));
            squaredTotals = squaredTotals.add(BigInteger.valueOf(totals[c]).pow(2));
        }
        BigInteger totalSquared = total.pow(2);
        // P-bar = (S - T) / (T (m - 1)); P-bar-e = Q / T^2
        Coefficient observed = Coefficient.of(Fraction.ratio(sumOfSquares.subtract(total), total.multiply(mMinusOne)));
        Coefficient expected = Coefficient.of(Fraction.ratio(squaredTotals, totalSquared));
        Coefficient[] perCategory = new Coefficient[totals.length];
        for (int c = 0; c < totals.length; c++) {
            perCategory[c] = categoryKappa(c, m, total);
        }
        // kappa = (P-bar - P-bar-e) / (1 - P-bar-e) = ((S - T) T - Q (m - 1)) / ((m - 1) (T^2 - Q))
        BigInteger chanceDisagreement = totalSquared.subtract(squaredTotals);
        Coefficient kappa = chanceDisagreement.signum() == 0
                ? Coefficient.undefined("every rating is in one category: there is no variation to agree on")
                : Coefficient.of(Fraction.ratio(sumOfSquares.subtract(total).multiply(total)
                        .subtract(squaredTotals.multiply(mMinusOne)), mMinusOne.multiply(chanceDisagreement)));
        return new FleissKappa(kappa, observed, expected, categories, perCategory, units, m);
    }

    /** kappa_c = 1 - (m t_c - sum n_uc^2) T / ((m - 1) t_c (T - t_c)), T = N m, as one division. */
    private Coefficient categoryKappa(int c, long m, BigInteger total) {
        if (totals[c] == 0) {
            return Coefficient.undefined("no rater used this category");
        }
        BigInteger t = BigInteger.valueOf(totals[c]);
        if (t.equals(total)) {
            return Coefficient.undefined("every rating is in this category");
        }
        BigInteger disagreement = t.multiply(BigInteger.valueOf(m)).subtract(BigInteger.valueOf(squares[c]));
        BigInteger scale = t.multiply(BigInteger.valueOf(m - 1)).multiply(total.subtract(t));
        return Coefficient.of(Fraction.ratio(scale.subtract(disagreement.multiply(total)), scale));
    }

    /** @return the compact binary form, read back by {@link #fromBytes(byte[])} */
    public byte[] toBytes() {
        Bytes.Writer out = new Bytes.Writer('F');
        categories.writeTo(out);
        out.varLong(units).varLong(units == 0 ? 0 : fewest).varLong(most);
        for (int c = 0; c < totals.length; c++) {
            out.varLong(totals[c]).varLong(squares[c]);
        }
        return out.toBytes();
    }

    /**
     * Reads counts from their binary form.
     *
     * @param bytes what {@link #toBytes()} wrote
     * @return the counts
     * @throws NullPointerException if {@code bytes} is {@code null}
     * @throws ScoringInputException if the bytes are not such a form
     */
    public static CategoryCounts fromBytes(byte[] bytes) {
        Bytes.Reader in = new Bytes.Reader(SUBJECT + " counts", 'F', bytes);
        CategorySet categories = CategorySet.readFrom(in);
        long units = in.count(Long.MAX_VALUE, "the number of units");
        long fewest = in.count(Long.MAX_VALUE, "the fewest ratings of a unit");
        long most = in.count(Long.MAX_VALUE, "the most ratings of a unit");
        if (fewest > most) {
            throw in.malformed("holds more for the fewest ratings than for the most");
        }
        long[] totals = new long[categories.size()];
        long[] squares = new long[categories.size()];
        for (int c = 0; c < totals.length; c++) {
            totals[c] = in.count(Long.MAX_VALUE, "a category total");
            squares[c] = in.count(Long.MAX_VALUE, "a sum of squares");
        }
        in.end();
        return new CategoryCounts(categories, units, units == 0 ? Long.MAX_VALUE : fewest, most, totals, squares);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CategoryCounts o && categories.equals(o.categories) && units == o.units
                && (units == 0 || fewest == o.fewest) && most == o.most
                && Arrays.equals(totals, o.totals) && Arrays.equals(squares, o.squares);
    }

    @Override
    public int hashCode() {
        return Objects.hash(categories, units, most, Arrays.hashCode(totals), Arrays.hashCode(squares));
    }

    /** @return e.g. {@code CategoryCounts[30 units on [1, 2, 3, 4, 5]]} */
    @Override
    public String toString() {
        return "CategoryCounts[" + units + " units on " + categories + "]";
    }

    /** The mutable tally behind every factory. */
    private static final class Tally {
        private final CategorySet categories;
        private final long[] totals;
        private final long[] squares;
        private long units;
        private long fewest = Long.MAX_VALUE;
        private long most;
        final int[] unitCounts;

        Tally(CategorySet categories) {
            this.categories = categories;
            this.totals = new long[categories.size()];
            this.squares = new long[categories.size()];
            this.unitCounts = new int[categories.size()];
        }

        /** Adds the unit held in {@link #unitCounts}, then clears it. */
        void closeUnit(long values) {
            // Without a branch on a zero count: which categories a unit uses varies from unit to
            // unit, and a branch on it would be mispredicted often.
            for (int c = 0; c < unitCounts.length; c++) {
                long count = unitCounts[c];
                totals[c] += count;
                squares[c] += count * count;
                unitCounts[c] = 0;
            }
            units++;
            fewest = Math.min(fewest, values);
            most = Math.max(most, values);
        }

        CategoryCounts counts() {
            return new CategoryCounts(categories, units, fewest, most, totals, squares);
        }
    }
}
