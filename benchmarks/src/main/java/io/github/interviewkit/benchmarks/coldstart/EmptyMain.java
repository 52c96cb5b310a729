package io.github.interviewkit.benchmarks.coldstart;

/** A program that does nothing: the start-up cost every Java program pays, the baseline of {@link ColdStart}. */
public final class EmptyMain {
    private EmptyMain() {}

    /**
     * Does nothing.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // nothing: the JVM's own start and exit are what this program measures
    }
}
