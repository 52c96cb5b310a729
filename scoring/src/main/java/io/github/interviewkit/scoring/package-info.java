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
 * <p><b>Built in code, checked as documents are.</b> A scorecard, its source and a policy built
 * through their builders obey the text policy of documents
 * ({@link io.github.interviewkit.model.io.ContentLimits#textProblem}): no control character (tab and
 * line feed aside), escape character, lone surrogate or bidirectional control, and at most
 * {@link io.github.interviewkit.model.io.ContentLimits#DEFAULT_MAX_STRING_LENGTH} characters in a
 * text; ids and one-line fields (candidate, interviewer, pitfall and criterion ids, submitter,
 * metadata and policy keys) hold no line break or tab either. A policy number has at most 9 digits
 * on each side of the point, checked before any arithmetic, so a number such as {@code 1E+999999999}
 * is one problem, shown in scientific notation. A panel may hold any number of scorecards; its
 * checks and its scoring take time linear in them. Each breach is a
 * {@code ScoringInputException} at its path, values escaped and shortened; a prepared
 * {@link io.github.interviewkit.scoring.PanelScorer} and every value here are immutable and may be
 * shared by any number of threads.
 *
 * <p><b>Engine.</b> {@link io.github.interviewkit.scoring.ScoringEngine} holds the
 * {@linkplain io.github.interviewkit.scoring.ScoringStrategy strategies} it may use, registered
 * explicitly or discovered through {@link java.util.ServiceLoader}, and a
 * {@link io.github.interviewkit.scoring.ScoringPolicy} (the declarative, serialisable settings users
 * tune). {@link io.github.interviewkit.scoring.ScoringEngine#scorer} prepares a strategy for one
 * role once; the returned {@link io.github.interviewkit.scoring.PanelScorer} then scores many
 * panels fast. {@link io.github.interviewkit.scoring.ScoringStrategies} gives the built-in
 * strategies for explicit registration.
 *
 * <p><b>Strategies from steps.</b> The built-in strategies are sequences of small named
 * {@linkplain io.github.interviewkit.scoring.ScoringStep steps} (aggregate, must-have gates, pitfall
 * rules, composite, thresholds, flags; the bar-raiser veto and the hurdles are one step more
 * each). {@link io.github.interviewkit.scoring.ScoringSteps} gives them, and makes a strategy of
 * any sequence: start from {@link io.github.interviewkit.scoring.ScoringSteps#structured()} and
 * insert, replace or wrap steps by name. A step reads and records in the
 * {@link io.github.interviewkit.scoring.ScoringState} of the panel being scored: its
 * {@linkplain io.github.interviewkit.scoring.PanelFigures figures}, the trace, the flags and the
 * verdict (rejected, incomplete, capped, proposed) that one step turns into the recommendation.
 *
 * <p><b>Figures.</b> {@link io.github.interviewkit.scoring.PanelFigures} computes what the built-in
 * rules decide on from any panel, under any policy or {@link io.github.interviewkit.scoring.Aggregation}:
 * per-criterion {@linkplain io.github.interviewkit.scoring.CriterionFigures figures}, the exact
 * composite and per-competency {@linkplain io.github.interviewkit.scoring.CompetencyCoverage coverage}.
 *
 * <p><b>Output.</b> A {@link io.github.interviewkit.scoring.Report}: the recommendation, the
 * composite, per-criterion figures, per-competency coverage, flags and the ordered
 * {@linkplain io.github.interviewkit.scoring.Report#trace() trace} of the rules that decided, renderable
 * for people and serialisable to JSON. {@link io.github.interviewkit.scoring.Report#toBuilder()} lets a
 * strategy decorate the report of another.
 *
 * <p><b>Findings for people.</b> Each entry of the trace and flags is a
 * {@link io.github.interviewkit.scoring.Finding}: a code, its parameters, and a text in English or
 * German ({@link io.github.interviewkit.scoring.Finding#text(java.util.Locale)}) from the message
 * bundles {@code Findings.properties} and {@code Findings_de.properties}, keyed by code, with
 * correct plurals and the locale's decimal separator.
 */
@NullMarked
package io.github.interviewkit.scoring;

import org.jspecify.annotations.NullMarked;
