package io.github.interviewkit.benchmarks.coldstart;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures cold start in fresh JVMs, side by side: a program with an empty {@code main}
 * ({@link EmptyMain}) and one whose only act is the first {@code BackendArchitect.role()}
 * ({@link FirstKitLoad}), started in turn (A B A B …) on the same class path and JVM, so that both
 * see the same machine. Prints each program's median wall time and the difference, which is what
 * the first kit load costs a program that starts. JMH measures warm code; this measures the whole
 * process, as a command line, a serverless function or a test JVM meets it.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.interviewkit.benchmarks.coldstart.ColdStart 21
 * }</pre>
 */
public final class ColdStart {
    private ColdStart() {}

    /**
     * Runs the measurement.
     *
     * @param args the number of runs of each program (default 21), after one warm-up run each
     * @throws IOException if a JVM cannot be started
     * @throws InterruptedException if interrupted while waiting for one
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        PrintStream out = System.out;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> empty = List.of(java, "-cp", classPath, EmptyMain.class.getName());
        List<String> load = List.of(java, "-cp", classPath, FirstKitLoad.class.getName());
        run(empty);
        run(load);
        long[] emptyTimes = new long[runs];
        long[] loadTimes = new long[runs];
        for (int i = 0; i < runs; i++) {
            emptyTimes[i] = run(empty);
            loadTimes[i] = run(load);
        }
        long emptyMedian = median(emptyTimes);
        long loadMedian = median(loadTimes);
        out.printf("runs of each: %d (after one warm-up each), %s%n", runs, System.getProperty("java.version"));
        out.printf("empty main:                 median %4d ms (min %d, max %d)%n", emptyMedian / 1_000_000,
                min(emptyTimes) / 1_000_000, max(emptyTimes) / 1_000_000);
        out.printf("first BackendArchitect.role: median %4d ms (min %d, max %d)%n", loadMedian / 1_000_000,
                min(loadTimes) / 1_000_000, max(loadTimes) / 1_000_000);
        out.printf("the first kit load costs:    %4d ms over an empty main (median of the pairwise differences: %d ms)%n",
                (loadMedian - emptyMedian) / 1_000_000, pairwise(loadTimes, emptyTimes) / 1_000_000);
    }

    private static long run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(new ArrayList<>(command)).inheritIO().start();
        int exit = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException(command + " exited with " + exit);
        }
        return elapsed;
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long pairwise(long[] a, long[] b) {
        long[] differences = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            differences[i] = a[i] - b[i];
        }
        return median(differences);
    }

    private static long min(long[] times) {
        return Arrays.stream(times).min().orElse(0);
    }

    private static long max(long[] times) {
        return Arrays.stream(times).max().orElse(0);
    }
}
