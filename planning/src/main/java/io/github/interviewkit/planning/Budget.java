package io.github.interviewkit.planning;

import java.time.Duration;
import org.chocosolver.solver.Solver;
import org.jspecify.annotations.Nullable;

/**
 * What is left of one call's limits, shared by all of its solver runs: the time limit, and a limit
 * on search nodes that only the tests use (it stops the search at the same point on every machine).
 */
final class Budget {
    private final long endNanos;
    private final boolean timed;
    private final long nodeLimit;
    private long nodesSpent;

    private Budget(@Nullable Duration time, long nodeLimit) {
        this.timed = time != null;
        this.endNanos = time == null ? 0 : System.nanoTime() + time.toNanos();
        this.nodeLimit = nodeLimit;
    }

    static Budget of(@Nullable Duration time, long nodeLimit) {
        return new Budget(time, nodeLimit);
    }

    /**
     * Gives a solver what is left, as a stop criterion that reads the clock and the nodes spent so
     * far; it holds for every search of the solver until {@link #spent} records one.
     *
     * @return {@code false} if nothing is left, so that the run should not start
     */
    boolean limit(Solver solver) {
        if (exhausted(0)) {
            return false;
        }
        if (timed || nodeLimit > 0) {
            solver.addStopCriterion(() -> exhausted(solver.getNodeCount()));
        }
        return true;
    }

    /** @return whether the time is up, or the node limit is reached counting {@code running} nodes not yet recorded */
    private boolean exhausted(long running) {
        return (timed && System.nanoTime() >= endNanos) || (nodeLimit > 0 && nodesSpent + running >= nodeLimit);
    }

    /** Records what a finished run used. */
    void spent(Solver solver) {
        nodesSpent += solver.getNodeCount();
    }
}
