package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The sufficient statistics of the six {@linkplain IntraclassCorrelation intraclass correlations},
 * their partial form: the sums of squares of the two-way analysis of variance, kept so that they
 * are exact to rounding at any size and offset.
 *
 * <p>Each target (a row, every judge's score of one unit) is split into its mean {@code t_i} and
 * its within-target deviations {@code d_ij = x_ij - t_i}, computed from differences to the row's
 * first score, which are exact for scores close to each other whatever their offset. The target
 * means are summed Welford-style around a reference score (their mean and sum of squared
 * deviations, never a raw sum of squares), and each judge's deviations likewise; merging two parts
 * uses Chan, Golub and LeVeque's update. Then {@code SS_targets = k M2(t)},
 * {@code SS_judges = n sum_j mean_j(d)^2}, {@code SS_error = sum_j M2_j(d)} and
 * {@code SS_within = SS_judges + SS_error}: no sum of squares is the difference of two large ones,
 * so nothing cancels, and shifting every score by a constant changes nothing but rounding.
 *
 * <p><b>Alignment.</b> A target's scores must all be in one part and in the same columns: the
 * judges are part of the value, and merging sums over other judges, or over the same judges in
 * another order, is rejected. Rows with a missing score are rejected, not skipped: half a target
 * in each of two parts would give a wrong figure. Merging is associative and commutative to
 * rounding (the property tests hold it to 1e-12). Immutable; {@link #toBytes()} is its compact form.
 */
public final class IccSums {
    private static final String SUBJECT = "IntraclassCorrelation";
    /**
     * The largest magnitude of a score: squares and sums of squares of scores this large, over as
     * many targets as a {@code long} counts, stay finite, so that every mean square is a number.
     */
    public static final double MAX_SCORE = 1e100;
    /** The largest sum of squares a binary form may hold (squares of {@link #MAX_SCORE}, with room for merges). */
    private static final double MAX_SQUARES = 1e250;

    private final List<String> judges;
    private final long targets;
    /** Welford state of the target means, relative to {@link #reference}. */
    private final double reference;
    private final double meanOfTargets;
    private final double targetSquares;
    /** Per judge, Welford state of the within-target deviations. */
    private final double[] judgeMeans;
    private final double[] judgeSquares;

    private IccSums(List<String> judges, long targets, double reference, double meanOfTargets, double targetSquares,
            double[] judgeMeans, double[] judgeSquares) {
        this.judges = judges;
        this.targets = targets;
        this.reference = reference;
        this.meanOfTargets = meanOfTargets;
        this.targetSquares = targetSquares;
        this.judgeMeans = judgeMeans;
        this.judgeSquares = judgeSquares;
    }

    /**
     * Returns the sums of no target, the neutral element of {@link #merge}.
     *
     * @param judges the judges, one column each, at least two, distinct
     * @return the empty sums
     * @throws NullPointerException if {@code judges} or one of them is {@code null}
     * @throws IllegalArgumentException if there are fewer than two judges or one repeats
     */
    public static IccSums empty(List<String> judges) {
        List<String> copy = List.copyOf(Objects.requireNonNull(judges, "judges"));
        if (copy.size() < 2 || Set.copyOf(copy).size() != copy.size()) {
            throw new IllegalArgumentException("judges must be at least two distinct ids, were " + Violation.shown(copy));
        }
        return new IccSums(copy, 0, 0, 0, 0, new double[copy.size()], new double[copy.size()]);
    }

    /**
     * Sums complete rows of scores whose columns are judges named by position ({@code "0"},
     * {@code "1"}, ...).
     *
     * @param scores one row per target, one column per judge, every value finite
     * @return the sums
     * @throws NullPointerException if {@code scores} is {@code null}
     * @throws ScoringInputException if there are fewer than two columns, a row is missing, has
     *     another length or holds a value that is not finite (a missing score: all of a target's
     *     scores must be in one part) or past {@link #MAX_SCORE}; every problem is listed
     */
    public static IccSums of(double[][] scores) {
        Objects.requireNonNull(scores, "scores");
        int columns = scores.length == 0 || scores[0] == null ? 2 : Math.max(scores[0].length, 2);
        List<String> judges = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            judges.add(Integer.toString(j));
        }
        return of(judges, scores);
    }

    /**
     * Sums complete rows of scores by named judges.
     *
     * @param judges the judges, one column each, at least two, distinct
     * @param scores one row per target, one score per judge in the order of {@code judges}, finite
     * @return the sums
     * @throws NullPointerException if an argument or a judge is {@code null}
     * @throws IllegalArgumentException if there are fewer than two judges or one repeats
     * @throws ScoringInputException if a row is missing, has another length or holds a value that
     *     is not finite or past {@link #MAX_SCORE}; every problem is listed
     */
    public static IccSums of(List<String> judges, double[][] scores) {
        Objects.requireNonNull(scores, "scores");
        IccSums empty = empty(judges);
        int k = empty.judges.size();
        Violations problems = Violations.collector();
        Welford targetsSoFar = new Welford();
        Welford[] perJudge = new Welford[k];
        for (int j = 0; j < k; j++) {
            perJudge[j] = new Welford();
        }
        double[] differences = new double[k];
        double reference = Double.NaN;
        for (int i = 0; i < scores.length; i++) {
            double[] row = scores[i];
            if (row == null || row.length != k) {
                problems.add("scores[" + i + "]", row == null ? null : row.length + " scores",
                        "needs " + k + " scores, one per judge " + Violation.shown(empty.judges));
                continue;
            }
            boolean complete = true;
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(row[j])) {
                    problems.add("scores[" + i + "][" + j + "]", row[j], "must be a finite number: "
                            + "a target needs every judge's score, and all of them in the same part");
                    complete = false;
                } else if (Math.abs(row[j]) > MAX_SCORE) {
                    problems.add("scores[" + i + "][" + j + "]", row[j], "must lie within -1e100 and 1e100 "
                            + "(IccSums.MAX_SCORE), where sums of squares stay finite");
                    complete = false;
                }
            }
            if (!complete) {
                continue;
            }
            if (Double.isNaN(reference)) {
                reference = row[0];
            }
            // Differences to the row's first score are exact for nearby scores (Sterbenz), whatever the offset.
            double sum = 0;
            for (int j = 0; j < k; j++) {
                differences[j] = row[j] - row[0];
                sum += differences[j];
            }
            double meanDifference = sum / k;
            targetsSoFar.add((row[0] - reference) + meanDifference);
            for (int j = 0; j < k; j++) {
                perJudge[j].add(differences[j] - meanDifference);
            }
        }
        problems.throwIfAny(SUBJECT, ScoringInputException::new);
        double[] means = new double[k];
        double[] squares = new double[k];
        for (int j = 0; j < k; j++) {
            means[j] = perJudge[j].mean;
            squares[j] = perJudge[j].squares;
        }
        return new IccSums(empty.judges, targetsSoFar.count, Double.isNaN(reference) ? 0 : reference,
                targetsSoFar.mean, targetsSoFar.squares, means, squares);
    }

    /**
     * Adds the sums of other targets.
     *
     * @param other sums of other targets by the same judges in the same order
     * @return the sums of both
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws ScoringInputException if the judges differ: the parts are not aligned, or a count of both together passes {@code Long.MAX_VALUE}
     */
    public IccSums merge(IccSums other) {
        Objects.requireNonNull(other, "other");
        return Inputs.counted(SUBJECT, () -> mergeCounts(other));
    }

    private IccSums mergeCounts(IccSums other) {
        Objects.requireNonNull(other, "other");
        if (!judges.equals(other.judges)) {
            throw Inputs.invalid(SUBJECT, "other.judges", other.judges, "sums by other judges, or by the same judges "
                    + "in another order, are not aligned with these (judges " + Violation.shown(judges) + ") and do not merge");
        }
        if (other.targets == 0) {
            return this;
        }
        if (targets == 0) {
            return other;
        }
        long n = Math.addExact(targets, other.targets);
        double share = (double) other.targets / n;
        double cross = (double) targets * other.targets / n;
        double delta = (other.reference - reference) + (other.meanOfTargets - meanOfTargets);
        double mean = meanOfTargets + delta * share;
        double squares = targetSquares + other.targetSquares + delta * delta * cross;
        double[] means = new double[judgeMeans.length];
        double[] judgeSq = new double[judgeMeans.length];
        for (int j = 0; j < means.length; j++) {
            double d = other.judgeMeans[j] - judgeMeans[j];
            means[j] = judgeMeans[j] + d * share;
            judgeSq[j] = judgeSquares[j] + other.judgeSquares[j] + d * d * cross;
        }
        return new IccSums(judges, n, reference, mean, squares, means, judgeSq);
    }

    /** @return the judges, one column each */
    public List<String> judges() {
        return judges;
    }

    /** @return how many targets were summed */
    public long targets() {
        return targets;
    }

    /**
     * Finishes the six intraclass correlations.
     *
     * @param confidence the confidence level of the intervals, strictly between 0 and 1, e.g. 0.95
     * @return the six forms
     * @throws IllegalArgumentException if the confidence is out of range
     */
    public IntraclassCorrelation intraclassCorrelation(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1, was " + confidence);
        }
        int k = judges.size();
        double judgesSquares = 0;
        double errorSquares = 0;
        for (int j = 0; j < k; j++) {
            judgesSquares += judgeMeans[j] * judgeMeans[j];
            errorSquares += judgeSquares[j];
        }
        judgesSquares *= targets;
        return IntraclassCorrelation.compute(targets, k, k * targetSquares, judgesSquares, errorSquares, confidence);
    }

    /** @return the compact binary form, read back by {@link #fromBytes(byte[])} */
    public byte[] toBytes() {
        Bytes.Writer out = new Bytes.Writer('I');
        out.varLong(judges.size());
        for (String judge : judges) {
            out.string(judge);
        }
        out.varLong(targets).doubleValue(reference).doubleValue(meanOfTargets).doubleValue(targetSquares);
        for (int j = 0; j < judges.size(); j++) {
            out.doubleValue(judgeMeans[j]).doubleValue(judgeSquares[j]);
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
    public static IccSums fromBytes(byte[] bytes) {
        Bytes.Reader in = new Bytes.Reader(SUBJECT + " sums", 'I', bytes);
        int k = (int) in.count(in.remaining(), "the number of judges");
        List<String> judges = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            judges.add(in.string());
        }
        if (k < 2 || Set.copyOf(judges).size() != k) {
            throw in.malformed("holds judges " + Violation.shown(judges) + "; sums need at least two distinct judges");
        }
        long targets = in.count(Long.MAX_VALUE, "the number of targets");
        double reference = bounded(in, MAX_SCORE, "the reference score");
        double mean = bounded(in, 2 * MAX_SCORE, "the mean of the targets");
        double squares = nonNegative(in, "a sum of squares");
        double[] means = new double[k];
        double[] judgeSq = new double[k];
        for (int j = 0; j < k; j++) {
            means[j] = bounded(in, 2 * MAX_SCORE, "a judge's mean deviation");
            judgeSq[j] = nonNegative(in, "a sum of squares");
        }
        in.end();
        return new IccSums(List.copyOf(judges), targets, reference, mean, squares, means, judgeSq);
    }

    private static double nonNegative(Bytes.Reader in, String what) {
        double value = in.finite(what);
        if (value < 0 || value > MAX_SQUARES) {
            throw in.malformed("holds " + value + " as " + what);
        }
        return value;
    }

    private static double bounded(Bytes.Reader in, double bound, String what) {
        double value = in.finite(what);
        if (Math.abs(value) > bound) {
            throw in.malformed("holds " + value + " as " + what + ", past the largest score");
        }
        return value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof IccSums s && judges.equals(s.judges) && targets == s.targets
                && Double.compare(reference, s.reference) == 0 && Double.compare(meanOfTargets, s.meanOfTargets) == 0
                && Double.compare(targetSquares, s.targetSquares) == 0 && Arrays.equals(judgeMeans, s.judgeMeans)
                && Arrays.equals(judgeSquares, s.judgeSquares);
    }

    @Override
    public int hashCode() {
        return Objects.hash(judges, targets, reference, meanOfTargets, targetSquares, Arrays.hashCode(judgeMeans),
                Arrays.hashCode(judgeSquares));
    }

    /** @return e.g. {@code IccSums[6 targets x 4 judges]} */
    @Override
    public String toString() {
        return "IccSums[" + targets + " targets x " + judges.size() + " judges]";
    }

    /** Welford's running mean and sum of squared deviations. */
    private static final class Welford {
        long count;
        double mean;
        double squares;

        void add(double x) {
            count++;
            double delta = x - mean;
            mean += delta / count;
            squares += delta * (x - mean);
        }
    }
}
