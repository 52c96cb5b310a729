package io.github.interviewkit.analytics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Interviewer calibration over many panels: one {@link InterviewerCalibration} per interviewer,
 * sorted by id, under one {@link CalibrationPolicy}. Made by {@link PanelAnalytics#calibration}.
 */
public final class Calibration {
    private final CalibrationPolicy policy;
    private final List<InterviewerCalibration> interviewers;

    private Calibration(CalibrationPolicy policy, List<InterviewerCalibration> interviewers) {
        this.policy = policy;
        this.interviewers = List.copyOf(interviewers);
    }

    /**
     * Computes the calibration of every rater of a matrix.
     *
     * @param matrix units by raters
     * @param raterIds the id of each column
     * @param notAssessed per column, how many criteria the rater left not assessed
     */
    static Calibration compute(RatingMatrix matrix, List<String> raterIds, int[] notAssessed, CalibrationPolicy policy) {
        int raters = matrix.raters();
        int k = matrix.categories().size();
        int[] codes = matrix.codes();
        int[] comparisons = new int[raters];
        double[] sums = new double[raters];
        double[] squares = new double[raters];
        // Exact sums of deviations, kept per denominator (the number of other ratings of the unit):
        // exact[r].get(m) = sum over units of (own * m - sum of the others).
        List<Map<Integer, Long>> exact = new ArrayList<>();
        int[][] usage = new int[raters][k];
        for (int r = 0; r < raters; r++) {
            exact.add(new TreeMap<>());
        }
        for (int u = 0, offset = 0; u < matrix.units(); u++, offset += raters) {
            long total = 0;
            int count = 0;
            for (int r = 0; r < raters; r++) {
                int code = codes[offset + r];
                if (code >= 0) {
                    total += matrix.categories().value(code);
                    count++;
                    usage[r][code]++;
                }
            }
            if (count < 2) {
                continue;
            }
            int others = count - 1;
            for (int r = 0; r < raters; r++) {
                int code = codes[offset + r];
                if (code < 0) {
                    continue;
                }
                long own = matrix.categories().value(code);
                long scaled = own * others - (total - own);
                double deviation = (double) scaled / others;
                comparisons[r]++;
                sums[r] += deviation;
                squares[r] += deviation * deviation;
                exact.get(r).merge(others, scaled, Long::sum);
            }
        }
        List<InterviewerCalibration> result = new ArrayList<>(raters);
        for (int r = 0; r < raters; r++) {
            int n = comparisons[r];
            Coefficient mean = n == 0
                    ? Coefficient.undefined("never rated a unit that someone else rated too")
                    : Coefficient.of(sums[r] / n);
            Coefficient standardError;
            if (n < 2) {
                standardError = Coefficient.undefined("needs at least two comparisons; there are " + n);
            } else {
                double variance = Math.max(0, (squares[r] - sums[r] * sums[r] / n) / (n - 1));
                standardError = Coefficient.of(Math.sqrt(variance / n));
            }
            Map<Integer, Integer> levels = new LinkedHashMap<>();
            for (int c = 0; c < k; c++) {
                levels.put(matrix.categories().value(c), usage[r][c]);
            }
            result.add(new InterviewerCalibration(raterIds.get(r), n, mean, standardError,
                    flag(exact.get(r), n, policy), levels, notAssessed[r]));
        }
        result.sort(java.util.Comparator.comparing(InterviewerCalibration::interviewerId));
        return new Calibration(policy, result);
    }

    /**
     * Decides the flag exactly: with the exact mean deviation D = (sum over m of S_m / m) / n, D is
     * beyond the threshold t when sum(S_m * L / m) compared with t * n * L, L the common multiple of
     * the denominators m.
     */
    private static CalibrationFlag flag(Map<Integer, Long> exact, int n, CalibrationPolicy policy) {
        if (n < policy.minimumComparisons()) {
            return CalibrationFlag.TOO_FEW_COMPARISONS;
        }
        BigInteger common = BigInteger.ONE;
        for (int m : exact.keySet()) {
            BigInteger denominator = BigInteger.valueOf(m);
            common = common.divide(common.gcd(denominator)).multiply(denominator);
        }
        BigInteger numerator = BigInteger.ZERO;
        for (Map.Entry<Integer, Long> entry : exact.entrySet()) {
            numerator = numerator.add(BigInteger.valueOf(entry.getValue())
                    .multiply(common.divide(BigInteger.valueOf(entry.getKey()))));
        }
        BigDecimal scaledDeviation = new BigDecimal(numerator);
        BigDecimal scaledThreshold = policy.threshold().multiply(new BigDecimal(common.multiply(BigInteger.valueOf(n))));
        if (scaledDeviation.compareTo(scaledThreshold) > 0) {
            return CalibrationFlag.LENIENT;
        }
        if (scaledDeviation.compareTo(scaledThreshold.negate()) < 0) {
            return CalibrationFlag.SEVERE;
        }
        return CalibrationFlag.CALIBRATED;
    }

    /** @return the policy the flags were decided under */
    public CalibrationPolicy policy() {
        return policy;
    }

    /** @return every interviewer, sorted by id */
    public List<InterviewerCalibration> interviewers() {
        return interviewers;
    }

    /**
     * Returns one interviewer's calibration.
     *
     * @param interviewerId the interviewer's id
     * @return the calibration, or empty if the interviewer sat on none of the panels
     */
    public Optional<InterviewerCalibration> interviewer(String interviewerId) {
        return interviewers.stream().filter(i -> i.interviewerId().equals(interviewerId)).findFirst();
    }

    /** @return the interviewers flagged {@link CalibrationFlag#LENIENT} or {@link CalibrationFlag#SEVERE}, sorted by id */
    public List<InterviewerCalibration> flagged() {
        return interviewers.stream()
                .filter(i -> i.flag() == CalibrationFlag.LENIENT || i.flag() == CalibrationFlag.SEVERE)
                .toList();
    }

    /** @return one line per interviewer */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Calibration ").append(policy);
        for (InterviewerCalibration interviewer : interviewers) {
            text.append("\n").append("  ").append(interviewer);
        }
        return text.toString();
    }
}
