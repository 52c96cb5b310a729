package io.github.interviewkit.planning;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the solver did for one call of {@link InterviewPlanner#plan(PlanningProblem)}, summed over
 * its runs (one per part of the objective, and one per check while explaining an impossible loop).
 * The counts are Choco-solver's own; for the same problem solved without a time limit they are the
 * same on every run. {@link #elapsed()} is wall-clock time and is left out of {@link #equals}.
 */
public final class SearchStatistics {
    private final int solverRuns;
    private final long nodes;
    private final long backtracks;
    private final long fails;
    private final long solutions;
    private final Duration elapsed;

    SearchStatistics(int solverRuns, long nodes, long backtracks, long fails, long solutions, Duration elapsed) {
        this.solverRuns = solverRuns;
        this.nodes = nodes;
        this.backtracks = backtracks;
        this.fails = fails;
        this.solutions = solutions;
        this.elapsed = elapsed;
    }

    /** @return how many times a solver searched */
    public int solverRuns() {
        return solverRuns;
    }

    /** @return the search nodes opened, over all runs */
    public long nodes() {
        return nodes;
    }

    /** @return the backtracks, over all runs */
    public long backtracks() {
        return backtracks;
    }

    /** @return the failures (dead ends found by propagation), over all runs */
    public long fails() {
        return fails;
    }

    /** @return the solutions found, over all runs (each improving one counts) */
    public long solutions() {
        return solutions;
    }

    /** @return the wall-clock time of the whole call, model building included */
    public Duration elapsed() {
        return elapsed;
    }

    /** Compares the counts; {@link #elapsed()} is not compared. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SearchStatistics that && solverRuns == that.solverRuns && nodes == that.nodes
                && backtracks == that.backtracks && fails == that.fails && solutions == that.solutions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(solverRuns, nodes, backtracks, fails, solutions);
    }

    /** @return the counts and the elapsed time on one line */
    @Override
    public String toString() {
        return solverRuns + " solver runs, " + nodes + " nodes, " + backtracks + " backtracks, " + fails + " fails, "
                + solutions + " solutions in " + elapsed.toMillis() + " ms";
    }
}
