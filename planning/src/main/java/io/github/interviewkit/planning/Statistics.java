package io.github.interviewkit.planning;

import java.time.Duration;
import org.chocosolver.solver.Solver;

/** Sums Choco-solver's counts over the runs of one call. */
final class Statistics {
    private final long startNanos = System.nanoTime();
    private int runs;
    private long nodes;
    private long backtracks;
    private long fails;
    private long solutions;

    /** Adds one solver run. */
    void add(Solver solver) {
        runs++;
        addSearch(solver);
    }

    /** Adds the counts of one more search of a run already counted (the counts are Choco's since its last reset). */
    void addSearch(Solver solver) {
        nodes += solver.getNodeCount();
        backtracks += solver.getBackTrackCount();
        fails += solver.getFailCount();
        solutions += solver.getSolutionCount();
    }

    SearchStatistics done() {
        return new SearchStatistics(runs, nodes, backtracks, fails, solutions, Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
