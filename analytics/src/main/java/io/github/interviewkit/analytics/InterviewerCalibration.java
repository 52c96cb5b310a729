package io.github.interviewkit.analytics;

import java.util.Collections;
import java.util.Map;

/**
 * One interviewer's calibration: how far their ratings sit from the rest of the panel on the same
 * candidate and criterion (leave-one-out: the interviewer's rating minus the mean of the other
 * interviewers' ratings of that unit), averaged over every unit they shared, with the standard
 * error of that mean, the flag it earns, and how often they used each scale level and
 * "not assessed".
 */
public final class InterviewerCalibration implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String interviewerId;
    private final long comparisons;
    private final Coefficient meanDeviation;
    private final Coefficient standardError;
    private final CalibrationFlag flag;
    // An unmodifiable copy of serializable elements: serializable, whatever its declared type.
    @SuppressWarnings("serial")
    private final Map<Integer, Long> levelUsage;
    private final long notAssessed;

    InterviewerCalibration(String interviewerId, long comparisons, Coefficient meanDeviation, Coefficient standardError,
            CalibrationFlag flag, Map<Integer, Long> levelUsage, long notAssessed) {
        this.interviewerId = interviewerId;
        this.comparisons = comparisons;
        this.meanDeviation = meanDeviation;
        this.standardError = standardError;
        this.flag = flag;
        this.levelUsage = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levelUsage));
        this.notAssessed = notAssessed;
    }

    /** @return the interviewer's id */
    public String interviewerId() {
        return interviewerId;
    }

    /** @return how many of the interviewer's ratings had at least one other rating of the same unit */
    public long comparisons() {
        return comparisons;
    }

    /**
     * @return the mean of (own rating - mean of the others' ratings) in scale points: positive is
     *     lenient, negative severe; undefined without a comparison
     */
    public Coefficient meanDeviation() {
        return meanDeviation;
    }

    /** @return the standard error of the mean deviation (sample deviation / sqrt(n)); undefined below two comparisons */
    public Coefficient standardError() {
        return standardError;
    }

    /** @return the flag under the policy the calibration was computed with */
    public CalibrationFlag flag() {
        return flag;
    }

    /** @return how many times the interviewer gave each level of the scale, by level, lowest first; unused levels count 0 */
    public Map<Integer, Long> levelUsage() {
        return levelUsage;
    }

    /** @return how many criteria the interviewer left not assessed on their scorecards */
    public long notAssessed() {
        return notAssessed;
    }

    /** @return e.g. {@code alice: LENIENT mean=+0.812 se=0.041 n=310} */
    @Override
    public String toString() {
        return interviewerId + ": " + flag + " mean=" + meanDeviation + " se=" + standardError + " n=" + comparisons
                + " levels=" + levelUsage + " notAssessed=" + notAssessed;
    }
}
