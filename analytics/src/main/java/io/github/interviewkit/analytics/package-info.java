/**
 * Panel analytics: how well interviewers agree, how each interviewer is calibrated against the
 * rest of their panels, and whether selection outcomes show adverse impact.
 *
 * <p>{@link io.github.interviewkit.analytics.Agreement} computes Cohen's kappa (unweighted,
 * linear, quadratic or a caller's {@link io.github.interviewkit.analytics.KappaWeights}),
 * Fleiss' kappa overall and per category, Krippendorff's alpha at every
 * {@link io.github.interviewkit.analytics.MeasurementLevel} with missing ratings, the six
 * Shrout &amp; Fleiss {@link io.github.interviewkit.analytics.IntraclassCorrelation
 * intraclass correlations} with confidence intervals, and Kendall's W with the tie correction. Its
 * input is a {@link io.github.interviewkit.analytics.RatingMatrix} (units by raters, missing
 * allowed) whose {@link io.github.interviewkit.analytics.CategorySet categories} come from a
 * rating scale, so that unused levels count; or the tables and counts papers print.
 *
 * <p>{@link io.github.interviewkit.analytics.PanelAnalytics} builds those matrices from
 * {@link io.github.interviewkit.scoring.Panel panels} of scorecards (a unit is one candidate on one
 * criterion, a rater is an interviewer, "not assessed" is missing) and measures interviewer
 * {@linkplain io.github.interviewkit.analytics.Calibration calibration}.
 *
 * <p>{@link io.github.interviewkit.analytics.AdverseImpact} compares selection rates of
 * groups the caller labels (the library never stores the attribute): impact ratios against the
 * highest-rate group, the four-fifths rule of 29 CFR 1607.4(D) decided in exact integer arithmetic,
 * Fisher's exact test and the two-proportion z-test.
 *
 * <p>Results are immutable. A statistic the data cannot define is an undefined
 * {@link io.github.interviewkit.analytics.Coefficient} carrying the reason, never
 * {@code NaN}; invalid input throws one
 * {@link io.github.interviewkit.scoring.ScoringInputException} listing every problem with its path.
 */
package io.github.interviewkit.analytics;
