package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.ScoringInputException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The sufficient statistics of Krippendorff's alpha, the partial form of
 * {@link KrippendorffsAlpha}: for every number {@code m} of pairable values a unit can hold, the
 * integer sums {@code sum over units with m values of n_uc * (n_ud - [c = d])}, from which the
 * coincidence matrix is {@code o_cd = sum over m of sums_m[c][d] / (m - 1)} (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability", section C). They serve every
 * {@linkplain MeasurementLevel level}: choose it when finishing.
 *
 * <p>Counts can be made from any subset of units (a matrix, plain arrays, count tables, one panel)
 * and {@linkplain #merge merged} in any grouping and order: merging adds integers, so it is exactly
 * associative and commutative, and {@link #alpha(MeasurementLevel)} finishes in exact rational
 * arithmetic, so the result is the same double whatever the split. A unit's ratings must be in one
 * part: the counts of half a unit and of the other half are not the counts of the unit. The value
 * is immutable; {@link #toBytes()} is its compact form (a few bytes per non-zero cell).
 */
public final class CoincidenceCounts {
    private static final String SUBJECT = "KrippendorffsAlpha";
    /**
     * The most ratings one unit may hold: the counts keep a table per number of values, so that a
     * corrupt binary form cannot make them allocate without bound. A panel's unit holds a handful.
     */
    public static final int MAX_RATINGS_PER_UNIT = 1 << 16;
    private static final long[][] NONE = new long[0][];

    private final CategorySet categories;
    /** {@code pairs[m - 2][c * k + d]}; a row is {@code null} when no unit had m values. */
    private final long[] @Nullable [] pairs;
    private final long pairableUnits;

    private CoincidenceCounts(CategorySet categories, long[] @Nullable [] pairs, long pairableUnits) {
        this.categories = categories;
        this.pairs = pairs;
        this.pairableUnits = pairableUnits;
    }

    /**
     * Returns counts of nothing, the neutral element of {@link #merge}.
     *
     * @param categories the categories
     * @return the empty counts
     * @throws NullPointerException if {@code categories} is {@code null}
     */
    public static CoincidenceCounts empty(CategorySet categories) {
        return new CoincidenceCounts(Objects.requireNonNull(categories, "categories"), NONE, 0);
    }

    /**
     * Counts plain ratings, one row per unit, without boxing or a second structure: the work is
     * one pass and the memory is independent of the number of units.
     *
     * @param categories the categories
     * @param ratings one row per unit holding category values; rows may differ in length (raters
     *     per unit), and a cell equal to {@code missing} is no rating
     * @param missing the value that marks a missing rating, not a category (for example
     *     {@link Integer#MIN_VALUE}, or 0 on a scale that starts at 1)
     * @return the counts
     * @throws NullPointerException if {@code categories} or {@code ratings} is {@code null}
     * @throws IllegalArgumentException if {@code missing} is a category
     * @throws ScoringInputException if a row is missing or a value is neither a category nor the
     *     missing marker; every problem is listed
     */
    public static CoincidenceCounts of(CategorySet categories, int[][] ratings, int missing) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(ratings, "ratings");
        if (categories.indexOf(missing) >= 0) {
            throw new IllegalArgumentException("missing is " + missing + ", a category of " + Violation.shown(categories));
        }
        Tally tally = new Tally(categories);
        Violations problems = Violations.collector();
        int[] counts = tally.unitCounts;
        int[] present = tally.present;
        int[] table = categories.table();
        int lowest = categories.value(0);
        for (int u = 0; u < ratings.length; u++) {
            int[] row = ratings[u];
            if (row == null) {
                problems.add("ratings[" + u + "]", null, "is required");
                continue;
            }
            int values = 0;
            int distinct = 0;
            for (int r = 0; r < row.length; r++) {
                int value = row[r];
                if (value == missing) {
                    continue;
                }
                int at = value - lowest;
                int c = table == null ? categories.indexOf(value) : at >= 0 && at < table.length ? table[at] : -1;
                if (c < 0) {
                    problems.add("ratings[" + u + "][" + r + "]", value, "is neither a category of " + Violation.shown(categories)
                            + " nor the missing marker " + missing);
                    continue;
                }
                if (counts[c]++ == 0) {
                    present[distinct++] = c;
                }
                values++;
            }
            tally.closeUnit(values, distinct);
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return tally.counts();
    }

    /**
     * Counts plain numeric ratings, one row per unit; {@code NaN} is no rating.
     *
     * @param categories the categories
     * @param ratings one row per unit holding category values as numbers, or {@code NaN} where a
     *     rater gave no rating; rows may differ in length
     * @return the counts
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if a row is missing or a value is neither {@code NaN} nor a
     *     category; every problem is listed
     */
    public static CoincidenceCounts of(CategorySet categories, double[][] ratings) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(ratings, "ratings");
        Tally tally = new Tally(categories);
        Violations problems = Violations.collector();
        int[] counts = tally.unitCounts;
        int[] present = tally.present;
        for (int u = 0; u < ratings.length; u++) {
            double[] row = ratings[u];
            if (row == null) {
                problems.add("ratings[" + u + "]", null, "is required");
                continue;
            }
            int values = 0;
            int distinct = 0;
            for (int r = 0; r < row.length; r++) {
                double value = row[r];
                if (Double.isNaN(value)) {
                    continue;
                }
                int c = categories.indexOf(value);
                if (c < 0) {
                    problems.add("ratings[" + u + "][" + r + "]", value, "is neither a category of " + Violation.shown(categories)
                            + " nor NaN (missing)");
                    continue;
                }
                if (counts[c]++ == 0) {
                    present[distinct++] = c;
                }
                values++;
            }
            tally.closeUnit(values, distinct);
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return tally.counts();
    }

    /**
     * Counts a table of value counts per unit, the form of Fleiss (1971) with any number of
     * ratings per unit.
     *
     * @param categories the categories, one column each
     * @param counts {@code counts[u][c]} ratings of unit {@code u} in category {@code c}
     * @return the counts
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if a row is missing or has the wrong length, or a count is
     *     negative; every problem is listed
     */
    public static CoincidenceCounts ofCounts(CategorySet categories, int[][] counts) {
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
            int values = 0;
            int distinct = 0;
            boolean valid = true;
            for (int c = 0; c < k; c++) {
                if (row[c] < 0) {
                    problems.add("counts[" + u + "][" + c + "]", row[c], "a count cannot be negative");
                    valid = false;
                }
            }
            if (!valid) {
                continue;
            }
            long total = 0;
            for (int c = 0; c < k; c++) {
                total += row[c];
                if (row[c] > 0) {
                    tally.unitCounts[c] = row[c];
                    tally.present[distinct++] = c;
                }
            }
            if (total > MAX_RATINGS_PER_UNIT) {
                problems.add("counts[" + u + "]", total + " ratings", "a unit can hold at most " + MAX_RATINGS_PER_UNIT);
                Arrays.fill(tally.unitCounts, 0);
                continue;
            }
            values = (int) total;
            tally.closeUnit(values, distinct);
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        return tally.counts();
    }

    /**
     * Counts the ratings of one panel: a unit is the candidate on one criterion of the rubric, as
     * in {@link PanelAnalytics}; "not assessed" is no rating.
     *
     * @param panel the panel
     * @return the counts, on the levels of the panel's rating scale
     * @throws NullPointerException if {@code panel} is {@code null}
     */
    public static CoincidenceCounts of(Panel panel) {
        Objects.requireNonNull(panel, "panel");
        return PanelAnalytics.of(java.util.List.of(panel)).coincidenceCounts();
    }

    /** Counts the units of a matrix. */
    static CoincidenceCounts of(RatingMatrix matrix) {
        Tally tally = new Tally(matrix.categories());
        int raters = matrix.raters();
        int[] codes = matrix.codes();
        int[] counts = tally.unitCounts;
        int[] present = tally.present;
        for (int offset = 0; offset < codes.length; offset += raters) {
            int values = 0;
            int distinct = 0;
            for (int r = 0; r < raters; r++) {
                int c = codes[offset + r];
                if (c >= 0) {
                    if (counts[c]++ == 0) {
                        present[distinct++] = c;
                    }
                    values++;
                }
            }
            tally.closeUnit(values, distinct);
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
    public CoincidenceCounts merge(CoincidenceCounts other) {
        Objects.requireNonNull(other, "other");
        return Inputs.counted(SUBJECT, () -> mergeCounts(other));
    }

    private CoincidenceCounts mergeCounts(CoincidenceCounts other) {
        Objects.requireNonNull(other, "other");
        if (!categories.equals(other.categories)) {
            throw Inputs.invalid(SUBJECT, "other.categories", other.categories,
                    "counts on different categories do not merge; these are on " + Violation.shown(categories));
        }
        int rows = Math.max(pairs.length, other.pairs.length);
        long[][] merged = new long[rows][];
        for (int m = 0; m < rows; m++) {
            long[] a = m < pairs.length ? pairs[m] : null;
            long[] b = m < other.pairs.length ? other.pairs[m] : null;
            if (a == null || b == null) {
                merged[m] = a == null ? b : a;
                continue;
            }
            long[] sum = new long[a.length];
            for (int i = 0; i < sum.length; i++) {
                sum[i] = Math.addExact(a[i], b[i]);
            }
            merged[m] = sum;
        }
        return new CoincidenceCounts(categories, merged, Math.addExact(pairableUnits, other.pairableUnits));
    }

    /** @return the categories */
    public CategorySet categories() {
        return categories;
    }

    /** @return how many units had two or more ratings */
    public long pairableUnits() {
        return pairableUnits;
    }

    /**
     * Finishes Krippendorff's alpha, exactly: the only rounding is the conversion of the result to
     * a double, except for the ratio metric over more than 12 categories, whose squared differences
     * are rounded to 60 decimals (exact fractions of many wide values take time that grows with every
     * pair of them).
     *
     * @param level the level of measurement, which chooses the difference function
     * @return alpha
     * @throws NullPointerException if {@code level} is {@code null}
     * @throws ScoringInputException if the level is {@link MeasurementLevel#RATIO} and a category
     *     value is negative
     */
    public KrippendorffsAlpha alpha(MeasurementLevel level) {
        Objects.requireNonNull(level, "level");
        if (level == MeasurementLevel.RATIO && categories.value(0) < 0) {
            throw Inputs.invalid(SUBJECT, "level", level,
                    "the ratio metric needs non-negative category values; the categories are " + Violation.shown(categories));
        }
        int k = categories.size();
        // o_cd * L as integers, L the least common multiple of the (m - 1) present.
        BigInteger common = BigInteger.ONE;
        for (int m = 0; m < pairs.length; m++) {
            if (pairs[m] != null) {
                BigInteger size = BigInteger.valueOf(m + 1);
                common = common.divide(common.gcd(size)).multiply(size);
            }
        }
        BigInteger[] scaled = new BigInteger[k * k];
        Arrays.fill(scaled, BigInteger.ZERO);
        long[] marginals = new long[k];
        for (int m = 0; m < pairs.length; m++) {
            long[] row = pairs[m];
            if (row == null) {
                continue;
            }
            BigInteger factor = common.divide(BigInteger.valueOf(m + 1));
            for (int c = 0; c < k; c++) {
                long rowSum = 0;
                for (int d = 0; d < k; d++) {
                    long cell = row[c * k + d];
                    if (cell != 0) {
                        scaled[c * k + d] = scaled[c * k + d].add(BigInteger.valueOf(cell).multiply(factor));
                        rowSum += cell;
                    }
                }
                // sum over d of n_c (n_d - [c = d]) = n_c (m - 1): the marginal is an integer.
                marginals[c] += rowSum / (m + 1);
            }
        }
        long n = 0;
        for (long marginal : marginals) {
            n += marginal;
        }
        if (n == 0) {
            return KrippendorffsAlpha.undefined(level, "no unit has two or more ratings to pair");
        }
        // delta^2 of each pair of categories as integer weights over one common denominator, which
        // cancels in alpha: alpha = 1 - (n - 1) O / E = (L E - (n - 1) O) / (L E), all integers.
        BigInteger[] weights = squaredDifferenceWeights(marginals, level);
        BigInteger observed = BigInteger.ZERO;
        BigInteger expected = BigInteger.ZERO;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                BigInteger weight = weights[c * k + d];
                if (c == d || weight.signum() == 0) {
                    continue;
                }
                if (scaled[c * k + d].signum() != 0) {
                    observed = observed.add(weight.multiply(scaled[c * k + d]));
                }
                if (marginals[c] != 0 && marginals[d] != 0) {
                    expected = expected.add(weight.multiply(BigInteger.valueOf(marginals[c]))
                            .multiply(BigInteger.valueOf(marginals[d])));
                }
            }
        }
        BigInteger commonTimesWeights = common.multiply(weights[k * k]);
        BigInteger bigN = BigInteger.valueOf(n);
        double observedDisagreement = Fraction.ratio(observed, commonTimesWeights.multiply(bigN));
        double expectedDisagreement = Fraction.ratio(expected,
                weights[k * k].multiply(bigN).multiply(BigInteger.valueOf(n - 1)));
        if (expected.signum() == 0) {
            return new KrippendorffsAlpha(Coefficient.undefined(
                    "every pairable rating has the same value: there is no variation to agree on"),
                    level, pairableUnits, n, observedDisagreement, expectedDisagreement);
        }
        BigInteger denominator = common.multiply(expected);
        Coefficient alpha = Coefficient.of(Fraction.ratio(
                denominator.subtract(BigInteger.valueOf(n - 1).multiply(observed)), denominator));
        return new KrippendorffsAlpha(alpha, level, pairableUnits, n, observedDisagreement, expectedDisagreement);
    }

    /**
     * Up to this many categories the ratio metric's weights are exact fractions over their least
     * common denominator; past it that denominator grows with every pair of values (a few wide
     * categories took seconds, a hundred most of a minute), so the weights are rounded to
     * {@link #RATIO_DIGITS} decimals, far below a double's precision.
     */
    private static final int EXACT_RATIO_CATEGORIES = 12;
    private static final int RATIO_DIGITS = 60;

    /** The ratio metric's squared differences, each in [0, 1], rounded to 60 decimals: integers over 10^60. */
    private BigInteger[] roundedRatioWeights() {
        int k = categories.size();
        java.math.MathContext precision = new java.math.MathContext(RATIO_DIGITS + 10);
        BigInteger[] weights = new BigInteger[k * k + 1];
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                long vc = categories.value(c);
                long vd = categories.value(d);
                if (c == d || vc + vd == 0) {
                    weights[c * k + d] = BigInteger.ZERO;
                    continue;
                }
                java.math.BigDecimal ratio = java.math.BigDecimal.valueOf(vc - vd)
                        .divide(java.math.BigDecimal.valueOf(vc + vd), precision);
                weights[c * k + d] = ratio.multiply(ratio, precision).movePointRight(RATIO_DIGITS)
                        .setScale(0, java.math.RoundingMode.HALF_EVEN).toBigIntegerExact();
            }
        }
        weights[k * k] = BigInteger.TEN.pow(RATIO_DIGITS);
        return weights;
    }

    /**
     * The difference function of each level, squared, between category positions c and d, as
     * integers {@code w[c * k + d]} over one common denominator {@code w[k * k]}.
     */
    private BigInteger[] squaredDifferenceWeights(long[] marginals, MeasurementLevel level) {
        int k = categories.size();
        if (level == MeasurementLevel.RATIO && k > EXACT_RATIO_CATEGORIES) {
            return roundedRatioWeights();
        }
        BigInteger[] numerators = new BigInteger[k * k];
        BigInteger[] denominators = new BigInteger[k * k];
        BigInteger common = BigInteger.ONE;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                BigInteger numerator;
                BigInteger denominator = BigInteger.ONE;
                if (c == d) {
                    numerator = BigInteger.ZERO;
                } else {
                    BigInteger vc = BigInteger.valueOf(categories.value(c));
                    BigInteger vd = BigInteger.valueOf(categories.value(d));
                    switch (level) {
                        case NOMINAL -> numerator = BigInteger.ONE;
                        case ORDINAL -> {
                            int low = Math.min(c, d);
                            int high = Math.max(c, d);
                            long between = 0;
                            for (int g = low; g <= high; g++) {
                                between += marginals[g];
                            }
                            // (between - (n_c + n_d) / 2)^2, kept in quarters
                            numerator = BigInteger.valueOf(2 * between - marginals[c] - marginals[d]).pow(2);
                            denominator = BigInteger.valueOf(4);
                        }
                        case INTERVAL -> numerator = vc.subtract(vd).pow(2);
                        case RATIO -> {
                            numerator = vc.subtract(vd).pow(2);
                            denominator = vc.add(vd).pow(2);
                        }
                        default -> throw new AssertionError(level);
                    }
                }
                numerators[c * k + d] = numerator;
                denominators[c * k + d] = denominator;
                if (!denominator.equals(common)) {
                    common = common.divide(common.gcd(denominator)).multiply(denominator);
                }
            }
        }
        BigInteger[] weights = new BigInteger[k * k + 1];
        for (int i = 0; i < k * k; i++) {
            weights[i] = numerators[i].multiply(common.divide(denominators[i]));
        }
        weights[k * k] = common;
        return weights;
    }


    /** @return the compact binary form, read back by {@link #fromBytes(byte[])} */
    public byte[] toBytes() {
        Bytes.Writer out = new Bytes.Writer('A');
        categories.writeTo(out);
        out.varLong(pairableUnits);
        int present = 0;
        for (long[] row : pairs) {
            present += row == null ? 0 : 1;
        }
        out.varLong(present);
        int k = categories.size();
        for (int m = 0; m < pairs.length; m++) {
            long[] row = pairs[m];
            if (row == null) {
                continue;
            }
            out.varLong(m + 2);
            int nonZero = 0;
            for (long cell : row) {
                nonZero += cell == 0 ? 0 : 1;
            }
            out.varLong(nonZero);
            for (int i = 0; i < k * k; i++) {
                if (row[i] != 0) {
                    out.varLong(i).varLong(row[i]);
                }
            }
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
    public static CoincidenceCounts fromBytes(byte[] bytes) {
        Bytes.Reader in = new Bytes.Reader(SUBJECT + " counts", 'A', bytes);
        CategorySet categories = CategorySet.readFrom(in);
        int k = categories.size();
        long units = in.count(Long.MAX_VALUE, "the number of pairable units");
        int rows = (int) in.count(in.remaining(), "the number of pair tables");
        long[][] pairs = NONE;
        int last = 0;
        for (int i = 0; i < rows; i++) {
            int m = in.intValue(Math.max(last + 1, 2), MAX_RATINGS_PER_UNIT, "a number of values per unit");
            if (m - 1 > pairs.length) {
                pairs = Arrays.copyOf(pairs, m - 1);
            }
            long[] row = new long[k * k];
            int nonZero = (int) in.count((long) k * k, "the number of cells");
            int lastCell = -1;
            for (int j = 0; j < nonZero; j++) {
                int cell = in.intValue(lastCell + 1, k * k - 1, "a cell");
                row[cell] = in.count(Long.MAX_VALUE, "a cell count");
                lastCell = cell;
            }
            pairs[m - 2] = row;
            last = m;
        }
        in.end();
        return new CoincidenceCounts(categories, pairs, units);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof CoincidenceCounts o) || !categories.equals(o.categories) || pairableUnits != o.pairableUnits) {
            return false;
        }
        int rows = Math.max(pairs.length, o.pairs.length);
        for (int m = 0; m < rows; m++) {
            long[] a = m < pairs.length ? pairs[m] : null;
            long[] b = m < o.pairs.length ? o.pairs[m] : null;
            if (!Arrays.equals(a == null ? new long[0] : a, b == null ? new long[0] : b)
                    && !(isZero(a) && isZero(b))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(long @Nullable [] row) {
        if (row == null) {
            return true;
        }
        for (long cell : row) {
            if (cell != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = categories.hashCode() * 31 + Long.hashCode(pairableUnits);
        for (long[] row : pairs) {
            if (!isZero(row)) {
                hash = hash * 31 + Arrays.hashCode(row);
            }
        }
        return hash;
    }

    /** @return e.g. {@code CoincidenceCounts[1200 pairable units on [1, 2, 3, 4]]} */
    @Override
    public String toString() {
        return "CoincidenceCounts[" + pairableUnits + " pairable units on " + categories + "]";
    }

    /** The mutable tally behind every factory: one unit at a time, then {@link #counts()}. */
    static final class Tally {
        private final int k;
        private final CategorySet categories;
        private long[][] pairs = NONE;
        private long units;
        /** Scratch of the current unit: its count per category, and which categories it holds. */
        final int[] unitCounts;
        final int[] present;

        Tally(CategorySet categories) {
            this.categories = categories;
            this.k = categories.size();
            this.unitCounts = new int[k];
            this.present = new int[k];
        }

        /** Adds the unit held in {@link #unitCounts} ({@code values} ratings in {@code distinct} categories), then clears it. */
        void closeUnit(int values, int distinct) {
            if (values > MAX_RATINGS_PER_UNIT) {
                throw Inputs.invalid(SUBJECT, "ratings", values + " ratings in one unit",
                        "a unit can hold at most " + MAX_RATINGS_PER_UNIT + " ratings");
            }
            if (values >= 2) {
                if (values - 1 > pairs.length) {
                    pairs = Arrays.copyOf(pairs, values - 1);
                }
                long[] row = pairs[values - 2];
                if (row == null) {
                    row = new long[k * k];
                    pairs[values - 2] = row;
                }
                for (int i = 0; i < distinct; i++) {
                    int c = present[i];
                    long countC = unitCounts[c];
                    int base = c * k;
                    row[base + c] += countC * (countC - 1);
                    for (int j = 0; j < distinct; j++) {
                        if (j != i) {
                            int d = present[j];
                            row[base + d] += countC * unitCounts[d];
                        }
                    }
                }
                units++;
            }
            for (int i = 0; i < distinct; i++) {
                unitCounts[present[i]] = 0;
            }
        }

        CoincidenceCounts counts() {
            return new CoincidenceCounts(categories, pairs.clone(), units);
        }
    }
}
