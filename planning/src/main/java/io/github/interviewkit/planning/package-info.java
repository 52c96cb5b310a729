/**
 * The interview planner: the best interview loop for a role within its time budget, proved optimal
 * by an exact solver and explained, or shown impossible.
 *
 * <p>{@link io.github.interviewkit.planning.PlanningProblem} states what to plan: a
 * {@link io.github.interviewkit.model.Role}, the loop's
 * {@link io.github.interviewkit.planning.Interview interviews} (id, stage, length, interviewers,
 * optional focus) and the {@link io.github.interviewkit.planning.PlanningOptions options} (reserved
 * minutes, interviewers required per criterion, pins and bans as
 * {@link io.github.interviewkit.planning.Placement placements}, a question limit, default minutes).
 * All three are immutable values with builders; {@code build()} reports every problem at once in a
 * {@link io.github.interviewkit.model.ContentException} whose violations have paths such as
 * {@code interviews[2].mustCover[0]}, and {@code tryBuild(ViolationSink)} reports them into a
 * {@link io.github.interviewkit.model.ViolationSink} instead; a problem's interviews and options can
 * be given as builders, so that their problems are reported with the problem's.
 *
 * <p>{@link io.github.interviewkit.planning.InterviewPlanner} solves it; its documentation states
 * the model exactly: the hard constraints and the lexicographic objective (weighted coverage, then
 * planned minutes, then fewer questions, then the smallest plan by sorted question ids).
 *
 * <p>{@link io.github.interviewkit.planning.PlanningResult} carries the outcome. A
 * {@link io.github.interviewkit.planning.Plan} lists each
 * {@link io.github.interviewkit.planning.PlannedInterview planned interview} with its
 * {@link io.github.interviewkit.planning.PlannedQuestion questions} (criteria, competencies and
 * {@link io.github.interviewkit.planning.ChoiceReason why each was chosen}) and unused minutes, the
 * {@link io.github.interviewkit.planning.CriterionCoverage coverage} of every criterion with the
 * interviewers who see it, and its {@link io.github.interviewkit.planning.Optimality optimality}
 * (proved, or the {@link io.github.interviewkit.planning.Objective part of the objective} left open
 * and the bound). An impossible loop has a {@link io.github.interviewkit.planning.Conflict}: the
 * {@link io.github.interviewkit.planning.LoopConstraint named constraints} that cannot hold
 * together, in sentences. {@link io.github.interviewkit.planning.SearchStatistics} says what the
 * solver did.
 */
@NullMarked
package io.github.interviewkit.planning;

import org.jspecify.annotations.NullMarked;
