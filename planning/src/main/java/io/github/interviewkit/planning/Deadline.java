package io.github.interviewkit.planning;

import java.time.Duration;
import org.chocosolver.solver.Solver;
import org.jspecify.annotations.Nullable;

/** The end of one call's time limit, shared by all of its solver runs; none without a limit. */
final class Deadline {
    private final long endNanos;
    private final boolean limited;

    private Deadline(long endNanos, boolean limited) {
        this.endNanos = endNanos;
        this.limited = limited;
    }

    static Deadline after(@Nullable Duration limit) {
        return limit == null ? new Deadline(0, false) : new Deadline(System.nanoTime() + limit.toNanos(), true);
    }

    /**
     * Gives a solver what is left of the time.
     *
     * @return {@code false} if no time is left, so that the run should not start
     */
    boolean limit(Solver solver) {
        if (!limited) {
            return true;
        }
        long leftMillis = (endNanos - System.nanoTime()) / 1_000_000;
        if (leftMillis <= 0) {
            return false;
        }
        solver.limitTime(leftMillis);
        return true;
    }
}
