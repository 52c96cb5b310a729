package io.github.interviewkit.analytics;

import java.util.Objects;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * The six intraclass correlations of Shrout &amp; Fleiss (1979), "Intraclass correlations: uses in
 * assessing rater reliability", from the two-way analysis of variance of n targets by k judges,
 * each with a confidence interval at the requested level. Needs complete data: every judge rates
 * every target.
 *
 * <p>The average-rating forms are the Spearman-Brown step-up of the single-rating forms, for the
 * estimates and for the bounds alike; this is algebraically the same as Shrout &amp; Fleiss's
 * formulas for ICC(1,k) and ICC(3,k) and McGraw &amp; Wong's (1996) for ICC(2,k). The sums of
 * squares come from {@link IccSums}, which keeps them exact to rounding at any offset of the scores. Where a
 * single-rating value or bound is at or below {@code -1/(k-1)} (possible for ICC(2,1) on data whose
 * targets vary less than the error), the stepped-up value is undefined instead of exceeding 1.
 */
public final class IntraclassCorrelation implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    // An unmodifiable copy of serializable elements: serializable, whatever its declared type.
    @SuppressWarnings("serial")
    private final Map<IccForm, IccEstimate> estimates;
    private final long targets;
    private final int judges;
    private final double confidence;
    private final double betweenTargetsMeanSquare;
    private final double withinTargetsMeanSquare;
    private final double betweenJudgesMeanSquare;
    private final double errorMeanSquare;

    private IntraclassCorrelation(Map<IccForm, IccEstimate> estimates, long targets, int judges, double confidence,
            double bms, double wms, double jms, double ems) {
        this.estimates = Collections.unmodifiableMap(new EnumMap<>(estimates));
        this.targets = targets;
        this.judges = judges;
        this.confidence = confidence;
        this.betweenTargetsMeanSquare = bms;
        this.withinTargetsMeanSquare = wms;
        this.betweenJudgesMeanSquare = jms;
        this.errorMeanSquare = ems;
    }

    /**
     * Computes all six forms from the sums of squares of n targets by k judges (see
     * {@link IccSums}), each computed without cancellation.
     */
    static IntraclassCorrelation compute(long n, int k, double targetSquares, double judgeSquares,
            double errorSquares, double confidence) {
        if (n < 2 || k < 2) {
            String reason = n < 2
                    ? "needs at least two targets rated by every judge; there are " + n
                    : "needs at least two judges; there are " + k;
            return allUndefined(reason, n, k, confidence);
        }
        double withinSquares = judgeSquares + errorSquares;
        double totalSquares = targetSquares + withinSquares;
        // Exactly consistent data can leave rounding noise in a sum of squares (1e-30, not 0); a sum
        // below a relative 1e-12 of the total is that noise and counts as zero, so that "no error
        // variance" is reported as such instead of as an astronomically wide F ratio. The total is
        // invariant to shifting the scores, so is this threshold.
        double noise = 1e-12 * totalSquares;
        withinSquares = withinSquares <= noise ? 0 : withinSquares;
        errorSquares = errorSquares <= noise ? 0 : errorSquares;
        targetSquares = targetSquares <= noise ? 0 : targetSquares;
        double bms = targetSquares / (n - 1);
        double wms = withinSquares / ((double) n * (k - 1));
        double jms = judgeSquares / (k - 1);
        double ems = errorSquares / ((double) (n - 1) * (k - 1));
        double tail = 1 - (1 - confidence) / 2;

        Map<IccForm, IccEstimate> estimates = new EnumMap<>(IccForm.class);
        estimates.put(IccForm.ICC_1_1, oneWay(n, k, bms, wms, tail));
        estimates.put(IccForm.ICC_2_1, twoWayRandom(n, k, bms, jms, ems, tail));
        estimates.put(IccForm.ICC_3_1, twoWayMixed(n, k, bms, ems, tail));
        for (IccForm form : new IccForm[] {IccForm.ICC_1_K, IccForm.ICC_2_K, IccForm.ICC_3_K}) {
            IccEstimate single = Objects.requireNonNull(estimates.get(form.single()), "single forms come first");
            estimates.put(form, new IccEstimate(form, stepUp(single.estimate(), k), stepUp(single.lower(), k),
                    stepUp(single.upper(), k)));
        }
        return new IntraclassCorrelation(estimates, n, k, confidence, bms, wms, jms, ems);
    }

    /** From complete, validated rows; fewer than two columns give every form undefined with the reason. */
    static IntraclassCorrelation ofScores(double[][] scores, double confidence) {
        int k = scores.length == 0 ? 0 : scores[0].length;
        if (k < 2) {
            return compute(scores.length, k, 0, 0, 0, confidence);
        }
        return IccSums.of(scores).intraclassCorrelation(confidence);
    }

    private static IccEstimate oneWay(long n, int k, double bms, double wms, double tail) {
        if (bms == 0 && wms == 0) {
            return undefined(IccForm.ICC_1_1, "every rating is the same: there is no variation");
        }
        Coefficient estimate = Coefficient.of((bms - wms) / (bms + (k - 1) * wms));
        if (wms == 0) {
            return new IccEstimate(IccForm.ICC_1_1, estimate, noInterval("the within-target mean square is zero"),
                    noInterval("the within-target mean square is zero"));
        }
        double f0 = bms / wms;
        double dfTargets = n - 1;
        double dfWithin = (double) n * (k - 1);
        double fl = f0 / quantile(tail, dfTargets, dfWithin);
        double fu = f0 * quantile(tail, dfWithin, dfTargets);
        return new IccEstimate(IccForm.ICC_1_1, estimate, Coefficient.of((fl - 1) / (fl + k - 1)),
                Coefficient.of((fu - 1) / (fu + k - 1)));
    }

    private static IccEstimate twoWayMixed(long n, int k, double bms, double ems, double tail) {
        if (bms == 0 && ems == 0) {
            return undefined(IccForm.ICC_3_1, "targets do not differ and judges agree exactly: there is no variation");
        }
        Coefficient estimate = Coefficient.of((bms - ems) / (bms + (k - 1) * ems));
        if (ems == 0) {
            return new IccEstimate(IccForm.ICC_3_1, estimate, noInterval("the error mean square is zero"),
                    noInterval("the error mean square is zero"));
        }
        double f0 = bms / ems;
        double dfTargets = n - 1;
        double dfError = (double) (n - 1) * (k - 1);
        double fl = f0 / quantile(tail, dfTargets, dfError);
        double fu = f0 * quantile(tail, dfError, dfTargets);
        return new IccEstimate(IccForm.ICC_3_1, estimate, Coefficient.of((fl - 1) / (fl + k - 1)),
                Coefficient.of((fu - 1) / (fu + k - 1)));
    }

    private static IccEstimate twoWayRandom(long n, int k, double bms, double jms, double ems, double tail) {
        double denominator = bms + (k - 1) * ems + k * (jms - ems) / n;
        if (denominator == 0) {
            return undefined(IccForm.ICC_2_1, "every rating is the same: there is no variation");
        }
        double icc = (bms - ems) / denominator;
        Coefficient estimate = Coefficient.of(icc);
        if (ems == 0) {
            return new IccEstimate(IccForm.ICC_2_1, estimate, noInterval("the error mean square is zero"),
                    noInterval("the error mean square is zero"));
        }
        // Satterthwaite's approximate degrees of freedom, as in Shrout & Fleiss (1979), eq. for ICC(2,1).
        double fj = jms / ems;
        double a = n * (1 + (k - 1) * icc) - k * icc;
        double numerator = (double) (k - 1) * (n - 1) * square(k * icc * fj + a);
        double v = numerator / ((n - 1) * square(k) * square(icc) * square(fj) + square(a));
        if (!(v > 0) || !Double.isFinite(v)) {
            return new IccEstimate(IccForm.ICC_2_1, estimate,
                    noInterval("the approximate degrees of freedom are not positive"),
                    noInterval("the approximate degrees of freedom are not positive"));
        }
        double fStar = quantile(tail, n - 1, v);
        double fStarReversed = quantile(tail, v, n - 1);
        double spread = k * jms + ((double) k * n - k - n) * ems;
        double lower = n * (bms - fStar * ems) / (fStar * spread + n * bms);
        double upper = n * (fStarReversed * bms - ems) / (spread + n * fStarReversed * bms);
        return new IccEstimate(IccForm.ICC_2_1, estimate, Coefficient.of(lower), Coefficient.of(upper));
    }

    private static Coefficient stepUp(Coefficient single, int k) {
        if (!single.isDefined()) {
            return single;
        }
        double r = single.value().getAsDouble();
        double denominator = 1 + (k - 1) * r;
        // A single-rating value within rounding of -1/(k-1) (the denominator, between 0 and k, below
        // 1e-12) is that bound: stepped up it would be rounding noise magnified to any size.
        if (denominator <= 1e-12) {
            // Below -1/(k-1) the single-rating value lies outside the range the model allows; stepped up
            // it would come out above 1 or infinite.
            return Coefficient.undefined("the single-rating value " + r + " is at or below -1/(k-1) = "
                    + (-1.0 / (k - 1)) + ": the mean of " + k + " ratings has no reliability to report");
        }
        return Coefficient.of(k * r / denominator);
    }

    private static double quantile(double p, double numeratorDf, double denominatorDf) {
        return FDistribution.of(numeratorDf, denominatorDf).inverseCumulativeProbability(p);
    }

    private static Coefficient noInterval(String reason) {
        return Coefficient.undefined("no confidence interval: " + reason);
    }

    private static IccEstimate undefined(IccForm form, String reason) {
        return new IccEstimate(form, Coefficient.undefined(reason), Coefficient.undefined(reason),
                Coefficient.undefined(reason));
    }

    private static IntraclassCorrelation allUndefined(String reason, long n, int k, double confidence) {
        Map<IccForm, IccEstimate> estimates = new EnumMap<>(IccForm.class);
        for (IccForm form : IccForm.values()) {
            estimates.put(form, undefined(form, reason));
        }
        return new IntraclassCorrelation(estimates, n, k, confidence, 0, 0, 0, 0);
    }

    private static double square(double x) {
        return x * x;
    }

    /**
     * Returns one of the six forms.
     *
     * @param form the form
     * @return its estimate and confidence interval
     * @throws NullPointerException if {@code form} is {@code null}
     */
    public IccEstimate get(IccForm form) {
        Objects.requireNonNull(form, "form");
        return Objects.requireNonNull(estimates.get(form), "every form is estimated");
    }

    /** @return all six forms, in the order of {@link IccForm} */
    public Map<IccForm, IccEstimate> estimates() {
        return estimates;
    }

    /** @return how many targets counted (rows rated by every judge) */
    public long targets() {
        return targets;
    }

    /** @return how many judges rated each target */
    public int judges() {
        return judges;
    }

    /** @return the confidence level of the intervals, e.g. 0.95 */
    public double confidence() {
        return confidence;
    }

    /** @return BMS, the between-targets mean square */
    public double betweenTargetsMeanSquare() {
        return betweenTargetsMeanSquare;
    }

    /** @return WMS, the within-target mean square of the one-way design */
    public double withinTargetsMeanSquare() {
        return withinTargetsMeanSquare;
    }

    /** @return JMS, the between-judges mean square */
    public double betweenJudgesMeanSquare() {
        return betweenJudgesMeanSquare;
    }

    /** @return EMS, the residual (error) mean square of the two-way design */
    public double errorMeanSquare() {
        return errorMeanSquare;
    }

    /** @return every form with its interval */
    @Override
    public String toString() {
        return "IntraclassCorrelation[targets=" + targets + ", judges=" + judges + ", " + estimates.values() + "]";
    }
}
