package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The sufficient statistics of {@link KendallsW}, its partial form: each unit's rank sum over the
 * raters (kept doubled, so that mean ranks of ties are integers), the number of raters and the tie
 * term {@code T = sum (t^3 - t)}. All are integers: merging is exact and {@link #kendallsW()}
 * finishes in exact arithmetic.
 *
 * <p><b>Alignment.</b> A rater ranks the units among themselves, so a part holds whole raters: all
 * of one rater's scores, of the same units in the same order in every part. Parts that rank a
 * different number of units are rejected; splitting a rater's scores between parts is the caller's
 * error the sums cannot see, so split by rater. Immutable; {@link #toBytes()} is its compact form.
 */
public final class RankSums {
    private static final String SUBJECT = "KendallsW";

    private final long[] doubledRankSums;
    private final long raters;
    private final BigInteger ties;

    private RankSums(long[] doubledRankSums, long raters, BigInteger ties) {
        this.doubledRankSums = doubledRankSums;
        this.raters = raters;
        this.ties = ties;
    }

    /**
     * Returns the sums of no rater, the neutral element of {@link #merge}. It holds one sum per
     * unit, 8 bytes each, allocated here: the caller's count is the bound.
     *
     * @param units how many units every rater ranks
     * @return the empty sums
     * @throws IllegalArgumentException if {@code units} is negative
     */
    public static RankSums empty(int units) {
        if (units < 0) {
            throw new IllegalArgumentException("units cannot be negative, was " + units);
        }
        return new RankSums(new long[units], 0, BigInteger.ZERO);
    }

    /**
     * Ranks complete scores: each column is one rater's scores of the units, ranked among
     * themselves (ties get the mean rank).
     *
     * @param scores one row per unit, one column per rater, every value finite
     * @return the sums
     * @throws NullPointerException if {@code scores} is {@code null}
     * @throws ScoringInputException if a row is missing, rows differ in length or a value is not
     *     finite; every problem is listed
     */
    public static RankSums of(double[][] scores) {
        Objects.requireNonNull(scores, "scores");
        Violations problems = Violations.collector();
        int n = scores.length;
        int m = n == 0 || scores[0] == null ? 0 : scores[0].length;
        for (int i = 0; i < n; i++) {
            if (scores[i] == null || scores[i].length != m) {
                problems.add("scores[" + i + "]", scores[i] == null ? null : scores[i].length + " scores",
                        "every row needs " + m + " scores, one per rater, like the first");
                continue;
            }
            for (int j = 0; j < m; j++) {
                if (!Double.isFinite(scores[i][j])) {
                    problems.add("scores[" + i + "][" + j + "]", scores[i][j], "must be a finite number");
                }
            }
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        RankSums sums = empty(n);
        double[] column = new double[n];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                column[i] = scores[i][j];
            }
            sums = sums.merge(ofRater(column));
        }
        return sums;
    }

    /**
     * Ranks one rater's scores of the units.
     *
     * @param scores the rater's score of each unit, in the units' order, every value finite
     * @return the sums of this one rater
     * @throws NullPointerException if {@code scores} is {@code null}
     * @throws ScoringInputException if a score is not finite; every problem is listed
     */
    public static RankSums ofRater(double[] scores) {
        Objects.requireNonNull(scores, "scores");
        Violations problems = Violations.collector();
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                problems.add("scores[" + i + "]", scores[i], "must be a finite number");
            }
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        long[] doubled = new long[n];
        BigInteger ties = BigInteger.ZERO;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && scores[order[end]] == scores[order[start]]) {
                end++;
            }
            // the mean of ranks start+1 .. end, doubled: start + 1 + end
            long doubledRank = (long) start + 1 + end;
            for (int i = start; i < end; i++) {
                doubled[order[i]] = doubledRank;
            }
            long t = end - start;
            if (t > 1) {
                ties = ties.add(BigInteger.valueOf(t).pow(3).subtract(BigInteger.valueOf(t)));
            }
            start = end;
        }
        return new RankSums(doubled, 1, ties);
    }

    /**
     * Adds the rank sums of other raters of the same units.
     *
     * @param other sums of other raters, ranking the same units in the same order
     * @return the sums of all
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws ScoringInputException if the other sums rank another number of units: not aligned, or a count of both together passes {@code Long.MAX_VALUE}
     */
    public RankSums merge(RankSums other) {
        Objects.requireNonNull(other, "other");
        return Inputs.counted(SUBJECT, () -> mergeCounts(other));
    }

    private RankSums mergeCounts(RankSums other) {
        Objects.requireNonNull(other, "other");
        if (doubledRankSums.length != other.doubledRankSums.length) {
            throw Inputs.invalid(SUBJECT, "other.units", other.doubledRankSums.length,
                    "rank sums of another set of units are not aligned with these (" + doubledRankSums.length
                            + " units): every part must hold whole raters of the same units");
        }
        long[] sum = new long[doubledRankSums.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = Math.addExact(doubledRankSums[i], other.doubledRankSums[i]);
        }
        return new RankSums(sum, Math.addExact(raters, other.raters), ties.add(other.ties));
    }

    /** @return how many units every rater ranked */
    public int units() {
        return doubledRankSums.length;
    }

    /** @return how many raters were summed */
    public long raters() {
        return raters;
    }

    /**
     * Finishes Kendall's W with and without the tie correction.
     *
     * @return W
     */
    public KendallsW kendallsW() {
        long n = doubledRankSums.length;
        long m = raters;
        if (n < 2 || m < 2) {
            String reason = n < 2
                    ? "needs at least two units rated by every rater; there are " + n
                    : "needs at least two raters; there are " + m;
            return KendallsW.undefined(reason, n, m);
        }
        // S = sum (R_i - m (n + 1) / 2)^2 = sum (2 R_i - m (n + 1))^2 / 4
        BigInteger center = BigInteger.valueOf(m).multiply(BigInteger.valueOf(n + 1));
        BigInteger fourS = BigInteger.ZERO;
        for (long doubled : doubledRankSums) {
            BigInteger deviation = BigInteger.valueOf(doubled).subtract(center);
            fourS = fourS.add(deviation.multiply(deviation));
        }
        BigInteger bigN = BigInteger.valueOf(n);
        BigInteger bigM = BigInteger.valueOf(m);
        BigInteger uncorrected = bigM.pow(2).multiply(bigN.pow(3).subtract(bigN));
        BigInteger corrected = uncorrected.subtract(bigM.multiply(ties));
        // W = 12 S / denominator = 3 (4 S) / denominator
        Fraction twelveS = Fraction.of(fourS.multiply(BigInteger.valueOf(3)));
        if (corrected.signum() <= 0) {
            return KendallsW.undefined("every rater gave every unit the same score: there is no ranking to agree on", n, m);
        }
        return KendallsW.of(twelveS.dividedBy(Fraction.of(corrected)).doubleValue(),
                twelveS.dividedBy(Fraction.of(uncorrected)).doubleValue(), n, m, ties.signum() != 0);
    }

    /** @return the compact binary form, read back by {@link #fromBytes(byte[])} */
    public byte[] toBytes() {
        Bytes.Writer out = new Bytes.Writer('W');
        out.varLong(raters).string(ties.toString()).varLong(doubledRankSums.length);
        for (long sum : doubledRankSums) {
            out.varLong(sum);
        }
        return out.toBytes();
    }

    /**
     * Reads sums from their binary form.
     *
     * @param bytes what {@link #toBytes()} wrote
     * @return the sums
     * @throws NullPointerException if {@code bytes} is {@code null}
     * @throws ScoringInputException if the bytes are not such a form
     */
    public static RankSums fromBytes(byte[] bytes) {
        Bytes.Reader in = new Bytes.Reader(SUBJECT + " rank sums", 'W', bytes);
        long raters = in.count(Long.MAX_VALUE, "the number of raters");
        String tieText = in.string();
        BigInteger ties;
        if (!tieText.matches("[0-9]{1,60}")) {
            throw in.malformed("holds \"" + tieText + "\" as the tie term");
        }
        ties = new BigInteger(tieText);
        int n = (int) in.count(in.remaining(), "the number of units");
        long[] sums = new long[n];
        for (int i = 0; i < n; i++) {
            sums[i] = in.count(Long.MAX_VALUE, "a rank sum");
        }
        in.end();
        return new RankSums(sums, raters, ties);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RankSums r && raters == r.raters && ties.equals(r.ties)
                && Arrays.equals(doubledRankSums, r.doubledRankSums);
    }

    @Override
    public int hashCode() {
        return Objects.hash(raters, ties, Arrays.hashCode(doubledRankSums));
    }

    /** @return e.g. {@code RankSums[10 units, 3 raters]} */
    @Override
    public String toString() {
        return "RankSums[" + doubledRankSums.length + " units, " + raters + " raters]";
    }
}
