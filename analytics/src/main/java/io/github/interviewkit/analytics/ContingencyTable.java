package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The two raters' contingency table, the sufficient statistics (and partial form) of
 * {@link CohensKappa} and {@link ScottsPi}: cell {@code [i][j]} counts the units the first rater
 * put in category {@code i} and the second in category {@code j}. Merging adds counts, exactly;
 * both statistics finish in exact arithmetic. Immutable; {@link #toBytes()} is its compact form.
 */
public final class ContingencyTable {
    private static final String SUBJECT = "CohensKappa";

    private final CategorySet categories;
    private final long[] cells;

    private ContingencyTable(CategorySet categories, long[] cells) {
        this.categories = categories;
        this.cells = cells;
    }

    /**
     * Returns the empty table, the neutral element of {@link #merge}.
     *
     * @param categories the categories
     * @return the table
     * @throws NullPointerException if {@code categories} is {@code null}
     */
    public static ContingencyTable empty(CategorySet categories) {
        Objects.requireNonNull(categories, "categories");
        return new ContingencyTable(categories, new long[categories.size() * categories.size()]);
    }

    /**
     * Returns a table of counts, as papers print it.
     *
     * @param categories the categories, one row and one column of the table each
     * @param table {@code table[i][j]} units the first rater put in category {@code i} and the second
     *     in category {@code j}; square, one row per category, no negative count
     * @return the table
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if a row is missing, the table does not have one row and column
     *     per category, a count is negative or the counts add up to more than {@link #MAX_UNITS};
     *     every problem is listed
     */
    public static ContingencyTable of(CategorySet categories, long[][] table) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(table, "table");
        Violations problems = Violations.collector();
        int k = categories.size();
        if (table.length != k) {
            problems.add("table", table.length + " rows", "needs one row per category (" + k + ")");
        }
        long[] cells = new long[k * k];
        long total = 0;
        for (int i = 0; i < table.length; i++) {
            if (table[i] == null || table[i].length != k) {
                problems.add("table[" + i + "]", table[i] == null ? null : table[i].length + " columns",
                        "needs one column per category (" + k + ")");
                continue;
            }
            for (int j = 0; j < k; j++) {
                if (table[i][j] < 0) {
                    problems.add("table[" + i + "][" + j + "]", table[i][j], "a count cannot be negative");
                } else if (i < k) {
                    cells[i * k + j] = table[i][j];
                    total = total > MAX_UNITS - table[i][j] ? MAX_UNITS + 1 : total + table[i][j];
                }
            }
        }
        if (total > MAX_UNITS) {
            problems.add("table", "more than " + MAX_UNITS + " units", TOO_MANY);
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return new ContingencyTable(categories, cells);
    }

    /**
     * Counts two columns of plain ratings, in one pass without boxing; units either rater did not
     * rate are left out.
     *
     * @param categories the categories
     * @param ratings one row per unit holding category values, or {@code missing}
     * @param missing the value that marks a missing rating, not a category
     * @param firstRater the column of the first rater
     * @param secondRater the column of the second rater
     * @return the table
     * @throws NullPointerException if {@code categories} or {@code ratings} is {@code null}
     * @throws IllegalArgumentException if {@code missing} is a category, a rater is negative or
     *     both raters are the same column
     * @throws ScoringInputException if a row is missing or too short for a rater's column, or a
     *     value is neither a category nor the missing marker; every problem is listed
     */
    public static ContingencyTable of(CategorySet categories, int[][] ratings, int missing, int firstRater,
            int secondRater) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(ratings, "ratings");
        if (categories.indexOf(missing) >= 0) {
            throw new IllegalArgumentException("missing is " + missing + ", a category of " + Violation.shown(categories));
        }
        checkRaters(firstRater, secondRater);
        int k = categories.size();
        long[] cells = new long[k * k];
        Violations problems = Violations.collector();
        long columns = (long) Math.max(firstRater, secondRater) + 1;
        for (int u = 0; u < ratings.length; u++) {
            int[] row = ratings[u];
            if (row == null || row.length < columns) {
                problems.add("ratings[" + u + "]", row == null ? null : row.length + " ratings",
                        "needs a rating or the missing marker in column " + (columns - 1));
                continue;
            }
            int first = row[firstRater];
            int second = row[secondRater];
            if (first == missing || second == missing) {
                continue;
            }
            int i = categories.indexOf(first);
            int j = categories.indexOf(second);
            if (i < 0) {
                problems.add("ratings[" + u + "][" + firstRater + "]", first, "is neither a category of " + Violation.shown(categories)
                        + " nor the missing marker " + missing);
            }
            if (j < 0) {
                problems.add("ratings[" + u + "][" + secondRater + "]", second, "is neither a category of "
                        + Violation.shown(categories) + " nor the missing marker " + missing);
            }
            if (i >= 0 && j >= 0) {
                cells[i * k + j]++;
            }
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return new ContingencyTable(categories, cells);
    }

    /**
     * Counts two columns of plain numeric ratings; {@code NaN} is no rating.
     *
     * @param categories the categories
     * @param ratings one row per unit holding category values as numbers, or {@code NaN}
     * @param firstRater the column of the first rater
     * @param secondRater the column of the second rater
     * @return the table
     * @throws NullPointerException if {@code categories} or {@code ratings} is {@code null}
     * @throws IllegalArgumentException if a rater is negative or both are the same column
     * @throws ScoringInputException if a row is missing or too short, or a value is neither
     *     {@code NaN} nor a category; every problem is listed
     */
    public static ContingencyTable of(CategorySet categories, double[][] ratings, int firstRater, int secondRater) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(ratings, "ratings");
        checkRaters(firstRater, secondRater);
        int k = categories.size();
        long[] cells = new long[k * k];
        Violations problems = Violations.collector();
        long columns = (long) Math.max(firstRater, secondRater) + 1;
        for (int u = 0; u < ratings.length; u++) {
            double[] row = ratings[u];
            if (row == null || row.length < columns) {
                problems.add("ratings[" + u + "]", row == null ? null : row.length + " ratings",
                        "needs a rating or NaN in column " + (columns - 1));
                continue;
            }
            if (Double.isNaN(row[firstRater]) || Double.isNaN(row[secondRater])) {
                continue;
            }
            int i = categories.indexOf(row[firstRater]);
            int j = categories.indexOf(row[secondRater]);
            if (i < 0) {
                problems.add("ratings[" + u + "][" + firstRater + "]", row[firstRater], "is neither a category of "
                        + Violation.shown(categories) + " nor NaN (missing)");
            }
            if (j < 0) {
                problems.add("ratings[" + u + "][" + secondRater + "]", row[secondRater], "is neither a category of "
                        + Violation.shown(categories) + " nor NaN (missing)");
            }
            if (i >= 0 && j >= 0) {
                cells[i * k + j]++;
            }
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return new ContingencyTable(categories, cells);
    }

    /** Counts two columns of a matrix. */
    static ContingencyTable of(RatingMatrix matrix, int firstRater, int secondRater) {
        int k = matrix.categories().size();
        long[] cells = new long[k * k];
        for (int u = 0; u < matrix.units(); u++) {
            int first = matrix.code(u, firstRater);
            int second = matrix.code(u, secondRater);
            if (first >= 0 && second >= 0) {
                cells[first * k + second]++;
            }
        }
        return new ContingencyTable(matrix.categories(), cells);
    }

    private static void checkRaters(int firstRater, int secondRater) {
        if (firstRater < 0) {
            throw new IllegalArgumentException("firstRater is " + firstRater + ", not a column");
        }
        if (secondRater < 0) {
            throw new IllegalArgumentException("secondRater is " + secondRater + ", not a column");
        }
        if (firstRater == secondRater) {
            throw new IllegalArgumentException("secondRater is " + secondRater + ", the same column as firstRater");
        }
    }

    /**
     * Adds the counts of other units.
     *
     * @param other a table of other units on the same categories, the raters in the same order
     * @return the table of both
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws ScoringInputException if the categories differ, or both tables together count more
     *     than {@link #MAX_UNITS} units
     */
    public ContingencyTable merge(ContingencyTable other) {
        Objects.requireNonNull(other, "other");
        if (!categories.equals(other.categories)) {
            throw Inputs.invalid(SUBJECT, "other.categories", other.categories,
                    "tables on different categories do not merge; this one is on " + Violation.shown(categories));
        }
        if (units() > MAX_UNITS - other.units()) {
            throw Inputs.invalid(SUBJECT, "other", "more than " + MAX_UNITS + " units together", TOO_MANY);
        }
        long[] sum = new long[cells.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = cells[i] + other.cells[i];
        }
        return new ContingencyTable(categories, sum);
    }

    /** The most units a table counts, so that no figure of kappa or pi overflows: (2^63 - 1) / 4. */
    public static final long MAX_UNITS = Long.MAX_VALUE / 4;
    private static final String TOO_MANY = "a table counts at most " + MAX_UNITS + " units (ContingencyTable.MAX_UNITS)";

    /** @return how many units the table counts, at most {@link #MAX_UNITS} */
    public long units() {
        long n = 0;
        for (long cell : cells) {
            n += cell;
        }
        return n;
    }

    /** @return the categories */
    public CategorySet categories() {
        return categories;
    }

    /**
     * Returns a count.
     *
     * @param first the first rater's category position
     * @param second the second rater's category position
     * @return how many units the raters put there
     * @throws IllegalArgumentException if a position is not a category's
     */
    public long count(int first, int second) {
        int k = categories.size();
        if (first < 0 || first >= k || second < 0 || second >= k) {
            throw new IllegalArgumentException("no cell [" + first + "][" + second + "] in a table of " + k + " categories");
        }
        return cells[first * k + second];
    }

    /**
     * Finishes Cohen's kappa, exactly: the weights are read as the exact binary values of their
     * doubles and the only rounding is the conversion of each figure to a double.
     *
     * @param weights how disagreements count
     * @return kappa
     * @throws NullPointerException if {@code weights} is {@code null}
     * @throws ScoringInputException if a caller's weight matrix does not have one row per category
     */
    public CohensKappa cohensKappa(KappaWeights weights) {
        Objects.requireNonNull(weights, "weights");
        int k = categories.size();
        double[][] v = weights.disagreementFor(k);
        long n = 0;
        long[] rows = new long[k];
        long[] columns = new long[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                long cell = cells[i * k + j];
                n += cell;
                rows[i] += cell;
                columns[j] += cell;
            }
        }
        if (n == 0) {
            return new CohensKappa(Coefficient.undefined("no unit was rated by both raters"), weights, 0, 0, 0);
        }
        double maximum = 0;
        BigDecimal observed = BigDecimal.ZERO;
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                maximum = Math.max(maximum, v[i][j]);
                if (v[i][j] == 0) {
                    continue;
                }
                BigDecimal weight = new BigDecimal(v[i][j]);
                observed = observed.add(weight.multiply(BigDecimal.valueOf(cells[i * k + j])));
                expected = expected.add(weight.multiply(new BigDecimal(
                        BigInteger.valueOf(rows[i]).multiply(BigInteger.valueOf(columns[j])))));
            }
        }
        if (maximum == 0) {
            return new CohensKappa(Coefficient.undefined("the weights count no disagreement at all"), weights, n, 1, 1);
        }
        // observed and expected disagreement, as proportions scaled by the largest weight
        BigDecimal units = BigDecimal.valueOf(n);
        BigDecimal scale = new BigDecimal(maximum);
        double observedAgreement = 1 - observed.divide(units.multiply(scale), MathContext.DECIMAL128).doubleValue();
        double expectedAgreement = 1 - expected.divide(units.multiply(units).multiply(scale), MathContext.DECIMAL128)
                .doubleValue();
        if (expected.signum() == 0) {
            return new CohensKappa(Coefficient.undefined("agreement expected by chance is already perfect: "
                    + "the raters' categories never make a weighted disagreement possible"),
                    weights, n, observedAgreement, expectedAgreement);
        }
        double kappa = BigDecimal.ONE.subtract(observed.multiply(units).divide(expected, MathContext.DECIMAL128))
                .doubleValue();
        return new CohensKappa(Coefficient.of(kappa), weights, n, observedAgreement, expectedAgreement);
    }

    /**
     * Finishes Scott's pi (Scott 1955): agreement beyond what the raters' <em>pooled</em> category
     * distribution gives by chance, {@code (P_o - P_e) / (1 - P_e)} with
     * {@code P_e = sum_c ((r_c + c_c) / 2n)^2}. Exact: the only rounding is the conversion to a double.
     *
     * @return pi
     */
    public ScottsPi scottsPi() {
        int k = categories.size();
        long n = 0;
        long agreeing = 0;
        long[] pooled = new long[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                long cell = cells[i * k + j];
                n += cell;
                pooled[i] += cell;
                pooled[j] += cell;
                if (i == j) {
                    agreeing += cell;
                }
            }
        }
        if (n == 0) {
            String reason = "no unit was rated by both raters";
            return new ScottsPi(Coefficient.undefined(reason), Coefficient.undefined(reason),
                    Coefficient.undefined(reason), 0);
        }
        Fraction observed = Fraction.of(agreeing, n);
        Fraction expected = Fraction.ZERO;
        for (long count : pooled) {
            expected = expected.plus(Fraction.of(count).times(count));
        }
        expected = expected.dividedBy(4 * n).dividedBy(n);
        Coefficient pi = expected.compareTo(Fraction.ONE) == 0
                ? Coefficient.undefined("every rating is in one category: there is no variation to agree on")
                : Coefficient.of(observed.minus(expected).dividedBy(Fraction.ONE.minus(expected)).doubleValue());
        return new ScottsPi(pi, Coefficient.of(observed.doubleValue()), Coefficient.of(expected.doubleValue()), n);
    }

    /** @return the compact binary form, read back by {@link #fromBytes(byte[])} */
    public byte[] toBytes() {
        Bytes.Writer out = new Bytes.Writer('C');
        categories.writeTo(out);
        for (long cell : cells) {
            out.varLong(cell);
        }
        return out.toBytes();
    }

    /**
     * Reads a table from its binary form.
     *
     * @param bytes what {@link #toBytes()} wrote
     * @return the table
     * @throws NullPointerException if {@code bytes} is {@code null}
     * @throws ScoringInputException if the bytes are not such a form
     */
    public static ContingencyTable fromBytes(byte[] bytes) {
        Bytes.Reader in = new Bytes.Reader(SUBJECT + " table", 'C', bytes);
        CategorySet categories = CategorySet.readFrom(in);
        int k = categories.size();
        if ((long) k * k > in.remaining()) {
            throw in.malformed("ends before its " + k * k + " cells");
        }
        long[] cells = new long[k * k];
        long total = 0;
        for (int i = 0; i < cells.length; i++) {
            cells[i] = in.count(MAX_UNITS - total, "a cell count");
            total += cells[i];
        }
        in.end();
        return new ContingencyTable(categories, cells);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ContingencyTable t && categories.equals(t.categories) && Arrays.equals(cells, t.cells);
    }

    @Override
    public int hashCode() {
        return categories.hashCode() * 31 + Arrays.hashCode(cells);
    }

    /** @return e.g. {@code ContingencyTable[[1, 2, 3]: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]]} */
    @Override
    public String toString() {
        int k = categories.size();
        long[][] rows = new long[k][];
        for (int i = 0; i < k; i++) {
            rows[i] = Arrays.copyOfRange(cells, i * k, i * k + k);
        }
        return "ContingencyTable[" + categories + ": " + Arrays.deepToString(rows) + "]";
    }
}
