/**
 * interviewkit analytics on Apache Beam (artifact {@code interviewkit-analytics-beam}, automatic
 * module {@code io.github.interviewkit.analytics.beam}): the statistics of
 * {@link io.github.interviewkit.analytics} per tenant, role or quarter, on any Beam runner.
 *
 * <p>{@link AnalyticsPipeline} is the ready pipeline: panel documents (JSON lines) and a
 * selection-outcomes CSV in, three per-key tables out ({@link AnalyticsTables}). The panel codec
 * comes in through one seam, {@link PanelParser}.
 *
 * <p>One combiner class per statistic ({@link KrippendorffsAlphaCombine}, {@link FleissKappaCombine},
 * {@link CohensKappaCombine}, {@link ScottsPiCombine}, {@link IntraclassCorrelationCombine},
 * {@link KendallsWCombine}, {@link CalibrationCombine}, {@link AdverseImpactCombine},
 * {@link SelectionFlowCombine}, {@link CriterionImpactCombine}), each with {@code globally()},
 * {@code perKey()} and {@code of()}, combines the analytics module's partial forms; their
 * accumulator is one merged partial form with a deterministic coder ({@link AnalyticsCoders}),
 * never Java serialisation. Results travel as {@link java.io.Serializable} values.
 *
 * <p>Beam is read from the class path: Beam's core jar cannot be a module (it carries the
 * descriptor of the commons-compress it shades), so this module has no module descriptor of its
 * own and runs where Beam runs.
 *
 * <p>The transforms are {@link java.io.Serializable} because Beam ships them to its workers; their
 * serialised form is not an API.
 *
 * @serial exclude
 */
@NullMarked
package io.github.interviewkit.analytics.beam;

import org.jspecify.annotations.NullMarked;
