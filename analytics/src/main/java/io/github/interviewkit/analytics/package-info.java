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
 * quadratic or a caller's {@link KappaWeights}) and Scott's pi, Fleiss' kappa overall and per
 * category with its observed and chance agreement, Krippendorff's alpha at every
 * {@link MeasurementLevel} with missing ratings, the six Shrout &amp; Fleiss
 * {@linkplain IntraclassCorrelation intraclass correlations} with confidence intervals, and
 * Kendall's W with and without the tie correction. Its input is a {@link RatingMatrix} (units by
 * raters, missing allowed) whose {@linkplain CategorySet categories} come from a rating scale, so
 * that unused levels count; plain {@code int[][]} or {@code double[][]} ratings with a missing
 * marker, read in one pass without boxing; or the tables and counts papers print.
 *
 * <p>Every statistic has a <em>partial form</em>, its sufficient statistics, made from any part of
 * the data, merged associatively and commutatively, written compactly ({@code toBytes}) and
 * finished into exactly the value of a single pass: {@link CoincidenceCounts} (alpha),
 * {@link CategoryCounts} (Fleiss), {@link ContingencyTable} (Cohen, Scott), {@link IccSums}
 * (intraclass correlations; a unit's ratings in one part), {@link RankSums} (Kendall's W; a
 * rater's ratings in one part), {@link CalibrationSums}, {@link SelectionCounts},
 * {@link StageCounts} and {@link CriterionPassCounts}. The module {@code
 * io.github.interviewkit.analytics.beam} runs them on Apache Beam.
 *
 * <p>{@link AdverseImpact} compares selection rates of groups the caller labels (the library never
 * stores the attribute) against a reference group, the highest-rate group, which every figure
 * names: impact ratios, the four-fifths rule of 29 CFR 1607.4(D) decided in exact integer
 * arithmetic with the shortfall and the one-person flip test, Fisher's exact test (two-sided and
 * one-sided), the pooled and unpooled two-proportion z-tests and the Yates-corrected chi-square, in
 * one {@link AdverseImpactReport}; per stage of a {@link SelectionFlow} and per rubric criterion
 * ({@link AdverseImpact#perCriterion}).
 *
 * <p>Results are immutable. A statistic the data cannot define is an undefined
 * {@link Coefficient} carrying the reason, never {@code NaN}; invalid input throws one
 * {@link io.github.interviewkit.scoring.ScoringInputException} listing every problem with its path;
 * a {@code null} argument throws {@link NullPointerException} naming it.
 *
 * <p><b>Hostile input.</b> No input makes a statistic overflow, hang or allocate beyond its size:
 * a set holds at most {@link CategorySet#MAX_SIZE} categories (tables and weight matrices of a
 * million cells at most), a contingency table counts at most {@link ContingencyTable#MAX_UNITS}
 * units, intraclass-correlation scores lie within {@link IccSums#MAX_SCORE} of 0 (every mean square
 * stays finite), a calibration threshold has at most 9 digits on each side of the point, and merged
 * partial forms count up to {@code Long.MAX_VALUE}; past any of them is one
 * {@code ScoringInputException} at its path. A statistic with one rater, one unit or no variation is
 * undefined with its reason. Values named in messages are escaped and shortened
 * ({@link io.github.interviewkit.model.Violation#shown}). Arguments that no data makes valid, such
 * as a negative rater column or a missing marker that is a category, throw
 * {@link IllegalArgumentException}, as each method documents.
 *
 * <p><b>Threads.</b> Every type here is immutable: one {@link PanelAnalytics}, like every result
 * and partial form, may be shared by any number of threads (the example
 * {@code SharedInstancesExample} checks 8 threads against a sequential run).
 *
 * <p>Results are {@link java.io.Serializable} only so that distributed engines (Beam, Spark,
 * Flink) can move them between workers of one job; their serialised form is not a storage format
 * and may change between versions. The partial forms' {@code toBytes()} is the compact form to keep.
 *
 * @serial exclude
 */
@NullMarked
package io.github.interviewkit.analytics;

import org.jspecify.annotations.NullMarked;
