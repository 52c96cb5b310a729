package io.github.interviewkit.planning;

import io.github.interviewkit.planning.LoopModel.Levels;
import io.github.interviewkit.planning.LoopModel.Purpose;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Objects;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.exception.ContradictionException;
import org.chocosolver.solver.search.SearchState;
import org.chocosolver.solver.variables.IntVar;
import org.jspecify.annotations.Nullable;

/**
 * Runs the solver for one loop: the parts of the objective one after the other, each with the
 * values proved for the earlier parts fixed, and feasibility checks for the conflict search.
 */
final class PlanSearch {
    /** What one run found: the best plan (positions among candidates per interview) and whether the run finished. */
    record Run(int @Nullable [][] plan, boolean complete, int value) {
        boolean found() {
            return plan != null;
        }
    }

    /** The outcome of optimising the whole objective. */
    record Outcome(int @Nullable [][] plan, Optimality optimality, boolean impossible) {}

    private final CompiledLoop loop;
    private final Budget budget;
    private final Statistics statistics;

    PlanSearch(CompiledLoop loop, Budget budget, Statistics statistics) {
        this.loop = loop;
        this.budget = budget;
        this.statistics = statistics;
    }

    BitSet allGroups() {
        BitSet all = new BitSet();
        all.set(0, loop.groups.size());
        return all;
    }

    /** Objective (a), then (b), then (c), then (d), each proved before the next starts. */
    Outcome optimise() {
        BitSet all = allGroups();
        Run coverage = run(all, Levels.NONE, Purpose.COVERAGE);
        if (!coverage.found()) {
            return new Outcome(null, Optimality.proved(), coverage.complete());
        }
        if (!coverage.complete()) {
            return open(coverage.plan(), Objective.COVERAGE, all, Levels.NONE);
        }
        Levels a = new Levels(coverage.value(), null, null);
        Run minutes = run(all, a, Purpose.MINUTES);
        if (!minutes.found()) {
            return open(coverage.plan(), Objective.MINUTES, all, a);
        }
        if (!minutes.complete()) {
            return open(minutes.plan(), Objective.MINUTES, all, a);
        }
        Levels ab = new Levels(coverage.value(), minutes.value(), null);
        Run questions = run(all, ab, Purpose.QUESTIONS);
        if (!questions.found()) {
            return open(minutes.plan(), Objective.QUESTIONS, all, ab);
        }
        if (!questions.complete()) {
            return open(questions.plan(), Objective.QUESTIONS, all, ab);
        }
        Levels abc = new Levels(coverage.value(), minutes.value(), questions.value());
        Run order = LexicographicOrder.smallest(loop, all, abc, budget, statistics);
        if (!order.found()) {
            return new Outcome(questions.plan(), Optimality.open(Objective.ORDER, null, null), false);
        }
        if (!order.complete()) {
            return new Outcome(order.plan(), Optimality.open(Objective.ORDER, null, null), false);
        }
        return new Outcome(order.plan(), Optimality.proved(), false);
    }

    /**
     * Checks whether a plan exists with only some named constraints.
     *
     * @return {@code TRUE} if one exists, {@code FALSE} if none does, {@code null} if the time ran out
     */
    @Nullable Boolean feasible(BitSet enabled) {
        Run run = run(enabled, Levels.NONE, Purpose.FEASIBILITY);
        return run.found() ? Boolean.TRUE : run.complete() ? Boolean.FALSE : null;
    }

    private Run run(BitSet enabled, Levels levels, Purpose purpose) {
        LoopModel model = new LoopModel(loop, enabled, levels, purpose);
        Solver solver = model.model.getSolver();
        if (!budget.limit(solver)) {
            return new Run(null, false, 0);
        }
        IntVar objective = objectiveOf(model, purpose);
        int[][] best = null;
        int value = 0;
        while (solver.solve()) {
            best = model.chosen();
            value = objective.getValue();
            if (purpose == Purpose.FEASIBILITY) {
                break;
            }
        }
        boolean complete = solver.getSearchState() == SearchState.TERMINATED
                || (best != null && purpose == Purpose.FEASIBILITY);
        statistics.add(solver);
        budget.spent(solver);
        return new Run(best, complete, value);
    }

    /** A plan whose objective part {@code objective} is not proved, with the solver's root bound on that part. */
    private Outcome open(int @Nullable [][] plan, Objective objective, BitSet enabled, Levels levels) {
        int[][] found = Objects.requireNonNull(plan);
        Purpose purpose = switch (objective) {
            case COVERAGE -> Purpose.COVERAGE;
            case MINUTES -> Purpose.MINUTES;
            default -> Purpose.QUESTIONS;
        };
        int value = switch (objective) {
            case COVERAGE -> loop.scaledCoverage(found);
            case MINUTES -> loop.plannedMinutes(found);
            default -> loop.questionCount(found);
        };
        LoopModel model = new LoopModel(loop, enabled, levels, purpose);
        IntVar variable = objectiveOf(model, purpose);
        int bound;
        try {
            model.model.getSolver().propagate();
            bound = purpose == Purpose.QUESTIONS ? variable.getLB() : variable.getUB();
        } catch (ContradictionException impossible) {
            bound = value;
        }
        BigDecimal shownValue = objective == Objective.COVERAGE ? loop.weights.decimal(value) : BigDecimal.valueOf(value);
        BigDecimal shownBound = objective == Objective.COVERAGE ? loop.weights.decimal(bound) : BigDecimal.valueOf(bound);
        return new Outcome(found, Optimality.open(objective, shownValue, shownBound), false);
    }

    private static IntVar objectiveOf(LoopModel model, Purpose purpose) {
        return switch (purpose) {
            case MINUTES -> model.totalMinutes;
            case QUESTIONS, ORDER -> model.totalQuestions;
            default -> model.coverage;
        };
    }
}
