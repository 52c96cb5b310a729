/**
 * Scoring: turns a candidate's interview panel into an explained hiring recommendation.
 *
 * <p><b>Inputs.</b> Each interviewer fills in a {@link io.github.interviewkit.scoring.Scorecard}: a
 * {@link io.github.interviewkit.model.Rating} per evaluation criterion of the role's rubric (or
 * "not assessed"), the pitfalls they observed, notes, and their own overall
 * {@linkplain io.github.interviewkit.scoring.Recommendation vote}, which is recorded but never fed
 * into a computed score. A {@link io.github.interviewkit.scoring.Panel} is the role plus every
 * scorecard for one candidate; building it checks every scorecard against the role and reports
 * every problem at once in a {@link io.github.interviewkit.scoring.ScoringInputException}.
 *
 * <p><b>Engine.</b> {@link io.github.interviewkit.scoring.ScoringEngine} holds the
 * {@linkplain io.github.interviewkit.scoring.spi.ScoringStrategy strategies} it may use, registered
 * explicitly or discovered through {@link java.util.ServiceLoader}, and a
 * {@link io.github.interviewkit.scoring.ScoringPolicy} (the declarative, serialisable settings users
 * tune). {@link io.github.interviewkit.scoring.ScoringEngine#scorer} prepares a strategy for one
 * role once; the returned {@link io.github.interviewkit.scoring.PanelScorer} then scores many
 * panels fast. {@link io.github.interviewkit.scoring.ScoringStrategies} gives the built-in
 * strategies for explicit registration.
 *
 * <p><b>Output.</b> A {@link io.github.interviewkit.scoring.Report}: the recommendation, the
 * composite, per-criterion figures, per-competency coverage, flags and the ordered
 * {@linkplain io.github.interviewkit.scoring.Report#trace() trace} of the rules that decided, renderable
 * for people and serialisable to JSON.
 */
@ValueStyle
@NullMarked
package io.github.interviewkit.scoring;

import io.github.interviewkit.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
