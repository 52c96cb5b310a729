/**
 * Panel analytics: how well interviewers agree, how each interviewer is calibrated against the
 * rest of their panels, and whether selection outcomes show adverse impact. This is the module
 * {@code io.github.interviewkit.analytics} (artifact {@code interviewkit-analytics}); it reads
 * panels through the scoring module's public API and brings Apache Commons Statistics for the
 * distributions behind p-values and confidence intervals.
 *
 * <p>{@link PanelAnalytics} is the door for panels of scorecards: {@link PanelAnalytics#of} takes
 * one {@link io.github.interviewkit.scoring.Panel} per candidate, reads each panel's ratings table
 * ({@link io.github.interviewkit.scoring.Panel#ratings()}) and lays every rating out as one
 * {@link RatingMatrix} (a unit is one candidate on one criterion, a rater is an interviewer, "not
 * assessed" and "not on the panel" are missing). From it come the agreement statistics below and
 * every interviewer's {@linkplain Calibration calibration}, flagged lenient or severe under a
 * {@link CalibrationPolicy}.
 *
 * <p>{@link Agreement} computes the statistics from plain data: Cohen's kappa (unweighted, linear,
 * quadratic or a caller's {@link KappaWeights}), Fleiss' kappa overall and per category,
 * Krippendorff's alpha at every {@link MeasurementLevel} with missing ratings, the six Shrout &amp;
 * Fleiss {@linkplain IntraclassCorrelation intraclass correlations} with confidence intervals, and
 * Kendall's W with the tie correction. Its input is a {@link RatingMatrix} (units by raters,
 * missing allowed) whose {@linkplain CategorySet categories} come from a rating scale, so that
 * unused levels count; or the tables and counts papers print.
 *
 * <p>{@link AdverseImpact} compares selection rates of groups the caller labels (the library never
 * stores the attribute): impact ratios against the highest-rate group, the four-fifths rule of
 * 29 CFR 1607.4(D) decided in exact integer arithmetic, Fisher's exact test and the two-proportion
 * z-test, in one {@link AdverseImpactReport}.
 *
 * <p>Results are immutable. A statistic the data cannot define is an undefined
 * {@link Coefficient} carrying the reason, never {@code NaN}; invalid input throws one
 * {@link io.github.interviewkit.scoring.ScoringInputException} listing every problem with its path.
 */
package io.github.interviewkit.analytics;
