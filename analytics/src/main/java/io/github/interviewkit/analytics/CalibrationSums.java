package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;

import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.ScoringInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The sufficient statistics of interviewer {@linkplain Calibration calibration}, its partial form:
 * per interviewer, how many of their ratings had another rating of the same unit, the exact sums
 * of their leave-one-out deviations and of the squared deviations (kept per number m of other
 * ratings, as the integers {@code own * m - sum of the others}), how often they used each level and
 * how often they left a criterion not assessed. All are integers: merging is exact, in any
 * grouping and order, and {@link #calibration(CalibrationPolicy)} decides every figure and flag in
 * exact arithmetic. A unit's ratings (one candidate on one criterion) must be in one part, as they
 * are in one panel. Immutable; {@link #toBytes()} is its compact form.
 */
public final class CalibrationSums {
    private static final String SUBJECT = "Calibration";

    private final CategorySet categories;
    private final Map<String, Interviewer> interviewers;

    private CalibrationSums(CategorySet categories, Map<String, Interviewer> interviewers) {
        this.categories = categories;
        this.interviewers = interviewers;
    }

    /**
     * Returns the sums of no interviewer, the neutral element of {@link #merge}.
     *
     * @param categories the levels of the rating scale
     * @return the empty sums
     * @throws NullPointerException if {@code categories} is {@code null}
     */
    public static CalibrationSums empty(CategorySet categories) {
        return new CalibrationSums(Objects.requireNonNull(categories, "categories"), Map.of());
    }

    /**
     * Sums the interviewers of one panel.
     *
     * @param panel the panel
     * @return the sums, on the levels of the panel's rating scale
     * @throws NullPointerException if {@code panel} is {@code null}
     */
    public static CalibrationSums of(Panel panel) {
        Objects.requireNonNull(panel, "panel");
        PanelAnalytics analytics = PanelAnalytics.of(List.of(panel));
        return analytics.calibrationSums();
    }

    /** Sums every rater of a matrix; {@code notAssessed[r]} criteria rater r left not assessed. */
    static CalibrationSums of(RatingMatrix matrix, List<String> raterIds, long[] notAssessed) {
        int raters = matrix.raters();
        int k = matrix.categories().size();
        int[] codes = matrix.codes();
        Interviewer[] sums = new Interviewer[raters];
        for (int r = 0; r < raters; r++) {
            sums[r] = new Interviewer(k);
            sums[r].notAssessed = notAssessed[r];
        }
        for (int offset = 0; offset < codes.length; offset += raters) {
            long total = 0;
            int count = 0;
            for (int r = 0; r < raters; r++) {
                int code = codes[offset + r];
                if (code >= 0) {
                    total += matrix.categories().value(code);
                    count++;
                    sums[r].usage[code]++;
                }
            }
            if (count < 2) {
                continue;
            }
            int others = count - 1;
            for (int r = 0; r < raters; r++) {
                int code = codes[offset + r];
                if (code >= 0) {
                    long own = matrix.categories().value(code);
                    sums[r].add(others, own * others - (total - own));
                }
            }
        }
        Map<String, Interviewer> byId = new TreeMap<>();
        for (int r = 0; r < raters; r++) {
            byId.put(raterIds.get(r), sums[r]);
        }
        return new CalibrationSums(matrix.categories(), Collections.unmodifiableMap(byId));
    }

    /**
     * Adds the sums of other units.
     *
     * @param other sums on the same rating scale
     * @return the sums of both
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws ScoringInputException if the scales differ, or a count of both together passes {@code Long.MAX_VALUE}
     */
    public CalibrationSums merge(CalibrationSums other) {
        Objects.requireNonNull(other, "other");
        return Inputs.counted(SUBJECT, () -> mergeCounts(other));
    }

    private CalibrationSums mergeCounts(CalibrationSums other) {
        Objects.requireNonNull(other, "other");
        if (!categories.equals(other.categories)) {
            throw Inputs.invalid(SUBJECT, "other.categories", other.categories,
                    "sums on different scales do not merge; these are on " + Violation.shown(categories));
        }
        Map<String, Interviewer> merged = new TreeMap<>(interviewers);
        other.interviewers.forEach((id, sums) -> merged.merge(id, sums, Interviewer::plus));
        return new CalibrationSums(categories, Collections.unmodifiableMap(merged));
    }

    /** @return the interviewers' ids, sorted */
    public List<String> interviewers() {
        return List.copyOf(interviewers.keySet());
    }

    /**
     * Decides every interviewer's calibration, exactly.
     *
     * @param policy when to flag an interviewer as lenient or severe
     * @return the calibration, interviewers sorted by id
     * @throws NullPointerException if {@code policy} is {@code null}
     */
    public Calibration calibration(CalibrationPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<InterviewerCalibration> result = new ArrayList<>(interviewers.size());
        interviewers.forEach((id, sums) -> result.add(sums.finish(id, categories, policy)));
        return new Calibration(policy, result);
    }

    /** @return the compact binary form, read back by {@link #fromBytes(byte[])} */
    public byte[] toBytes() {
        Bytes.Writer out = new Bytes.Writer('K');
        categories.writeTo(out);
        out.varLong(interviewers.size());
        interviewers.forEach((id, sums) -> {
            out.string(id).varLong(sums.comparisons).varLong(sums.notAssessed);
            for (long used : sums.usage) {
                out.varLong(used);
            }
            out.varLong(sums.byOthers.size());
            sums.byOthers.forEach((m, pair) -> out.varLong(m).varLong(pair[0]).varLong(pair[1]));
        });
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
    public static CalibrationSums fromBytes(byte[] bytes) {
        Bytes.Reader in = new Bytes.Reader(SUBJECT + " sums", 'K', bytes);
        CategorySet categories = CategorySet.readFrom(in);
        int count = (int) in.count(in.remaining(), "the number of interviewers");
        Map<String, Interviewer> byId = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String id = in.string();
            Interviewer sums = new Interviewer(categories.size());
            sums.comparisons = in.count(Long.MAX_VALUE, "a number of comparisons");
            sums.notAssessed = in.count(Long.MAX_VALUE, "a number of criteria not assessed");
            for (int c = 0; c < sums.usage.length; c++) {
                sums.usage[c] = in.count(Long.MAX_VALUE, "a level's use");
            }
            int groups = (int) in.count(in.remaining(), "a number of sums");
            for (int g = 0; g < groups; g++) {
                int m = in.intValue(1, Integer.MAX_VALUE, "a number of other ratings");
                long sum = in.varLong();
                long squares = in.count(Long.MAX_VALUE, "a sum of squares");
                if (sums.byOthers.put(m, new long[] {sum, squares}) != null) {
                    throw in.malformed("holds the sums for " + m + " other ratings twice");
                }
            }
            if (byId.put(id, sums) != null) {
                throw in.malformed("holds the interviewer " + Violation.shown(id) + " twice");
            }
        }
        in.end();
        return new CalibrationSums(categories, Collections.unmodifiableMap(byId));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CalibrationSums s && categories.equals(s.categories)
                && interviewers.equals(s.interviewers);
    }

    @Override
    public int hashCode() {
        return categories.hashCode() * 31 + interviewers.hashCode();
    }

    /** @return e.g. {@code CalibrationSums[12 interviewers on [1, 2, 3, 4]]}; never an id */
    @Override
    public String toString() {
        return "CalibrationSums[" + interviewers.size() + " interviewers on " + categories + "]";
    }

    /** One interviewer's sums; mutable only while a factory fills it. */
    private static final class Interviewer {
        long comparisons;
        long notAssessed;
        final long[] usage;
        /** by m, the number of other ratings of the unit: {sum of scaled deviations, sum of their squares} */
        final TreeMap<Integer, long[]> byOthers = new TreeMap<>();

        Interviewer(int levels) {
            usage = new long[levels];
        }

        void add(int others, long scaled) {
            comparisons++;
            long[] pair = byOthers.computeIfAbsent(others, m -> new long[2]);
            pair[0] = Math.addExact(pair[0], scaled);
            pair[1] = Math.addExact(pair[1], Math.multiplyExact(scaled, scaled));
        }

        static Interviewer plus(Interviewer a, Interviewer b) {
            Interviewer sum = new Interviewer(a.usage.length);
            sum.comparisons = Math.addExact(a.comparisons, b.comparisons);
            sum.notAssessed = Math.addExact(a.notAssessed, b.notAssessed);
            for (int c = 0; c < sum.usage.length; c++) {
                sum.usage[c] = Math.addExact(a.usage[c], b.usage[c]);
            }
            for (Interviewer part : new Interviewer[] {a, b}) {
                part.byOthers.forEach((m, pair) -> sum.byOthers.merge(m, pair.clone(),
                        (x, y) -> new long[] {Math.addExact(x[0], y[0]), Math.addExact(x[1], y[1])}));
            }
            return sum;
        }

        InterviewerCalibration finish(String id, CategorySet categories, CalibrationPolicy policy) {
            long n = comparisons;
            // D = sum over m of S_m / m, the exact sum of deviations; Q likewise of squared ones.
            Fraction deviations = Fraction.ZERO;
            Fraction squares = Fraction.ZERO;
            for (Map.Entry<Integer, long[]> entry : byOthers.entrySet()) {
                long m = entry.getKey();
                deviations = deviations.plus(Fraction.of(entry.getValue()[0], m));
                squares = squares.plus(Fraction.of(BigInteger.valueOf(entry.getValue()[1]),
                        BigInteger.valueOf(m).pow(2)));
            }
            Coefficient mean = n == 0
                    ? Coefficient.undefined("never rated a unit that someone else rated too")
                    : Coefficient.of(deviations.dividedBy(n).doubleValue());
            Coefficient standardError;
            if (n < 2) {
                standardError = Coefficient.undefined("needs at least two comparisons; there are " + n);
            } else {
                Fraction variance = squares.minus(deviations.times(deviations).dividedBy(n)).dividedBy(n - 1);
                standardError = Coefficient.of(Math.sqrt(variance.dividedBy(n).doubleValue()));
            }
            CalibrationFlag flag;
            if (n < policy.minimumComparisons()) {
                flag = CalibrationFlag.TOO_FEW_COMPARISONS;
            } else {
                Fraction threshold = decimal(policy.threshold()).times(n);
                flag = deviations.compareTo(threshold) > 0 ? CalibrationFlag.LENIENT
                        : deviations.compareTo(threshold.negate()) < 0 ? CalibrationFlag.SEVERE
                        : CalibrationFlag.CALIBRATED;
            }
            Map<Integer, Long> levels = new LinkedHashMap<>();
            for (int c = 0; c < usage.length; c++) {
                levels.put(categories.value(c), usage[c]);
            }
            return new InterviewerCalibration(id, n, mean, standardError, flag, levels, notAssessed);
        }

        private static Fraction decimal(BigDecimal value) {
            return value.scale() <= 0
                    ? Fraction.of(value.toBigIntegerExact())
                    : Fraction.of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (!(other instanceof Interviewer o) || comparisons != o.comparisons || notAssessed != o.notAssessed
                    || !Arrays.equals(usage, o.usage) || !byOthers.keySet().equals(o.byOthers.keySet())) {
                return false;
            }
            return byOthers.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), o.byOthers.get(e.getKey())));
        }

        @Override
        public int hashCode() {
            return Objects.hash(comparisons, notAssessed, Arrays.hashCode(usage), byOthers.keySet());
        }
    }
}
