package io.github.interviewkit.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error, drawn over itself with carriage returns: only when standard
 * error is a terminal, and only once the work has taken more than a second, so that quick runs and
 * redirected output stay clean. {@link #done()} erases it.
 */
final class Progress {
    /** How long the work runs before the bar appears. */
    static final long DELAY_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final String label;
    private final long start;
    private boolean drawn;

    /**
     * @param err where to draw
     * @param terminal whether standard error is a terminal
     * @param clock a nanosecond clock, {@code System::nanoTime} outside tests
     * @param label what is being done, e.g. {@code reading panels}
     */
    Progress(PrintWriter err, boolean terminal, LongSupplier clock, String label) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.label = label;
        this.start = clock.getAsLong();
    }

    /** @return whether standard error looks like a terminal: the JVM has a console */
    static boolean stderrIsTerminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** Shows that {@code done} of {@code total} steps are finished. */
    void step(int done, int total) {
        if (!terminal || total <= 0 || clock.getAsLong() - start <= DELAY_NANOS) {
            return;
        }
        int filled = (int) ((long) WIDTH * done / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
        drawn = true;
    }

    /** Erases the bar, if it was drawn. */
    void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
