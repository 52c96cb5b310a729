package io.github.interviewkit.benchmarks.coldstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Measures cold start in fresh processes, side by side with a program with an empty {@code main}
 * ({@link EmptyMain}), started in turn (A B A B …) on the same machine, so that both see the same
 * load. By default the other program is one whose only act is the first
 * {@code BackendArchitect.role()} ({@link FirstKitLoad}), on the same class path and JVM; given a
 * command after the number of runs, it is that command, started as given (the
 * {@code interviewkit} command line, for example), and the empty {@code main} runs from a folder
 * that holds nothing but its class. Prints each program's median wall time, the
 * difference and the ratio to the empty {@code main}. JMH measures warm code; this measures the
 * whole process, as a command line, a serverless function or a test JVM meets it.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.interviewkit.benchmarks.coldstart.ColdStart 21
 * java -cp benchmarks/target/benchmarks.jar io.github.interviewkit.benchmarks.coldstart.ColdStart 21 \
 *     sh cli/target/interviewkit validate -q content-backend-architect/src/main/resources/.../backend-architect.yaml
 * }</pre>
 */
public final class ColdStart {
    private ColdStart() {}

    /**
     * Runs the measurement.
     *
     * @param args the number of runs of each program (default 21), after one warm-up run each; then,
     *     optionally, the command to measure instead of {@link FirstKitLoad}
     * @throws IOException if a process cannot be started
     * @throws InterruptedException if interrupted while waiting for one
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        PrintStream out = System.out;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        boolean command = args.length > 1;
        // Beside a command, the empty main runs from a folder holding nothing but its class: the
        // smallest Java program there is, not one that opens this benchmark's jar first.
        List<String> empty = List.of(java, "-cp", command ? alone(EmptyMain.class).toString() : classPath,
                EmptyMain.class.getName());
        List<String> load = command ? List.of(Arrays.copyOfRange(args, 1, args.length))
                : List.of(java, "-cp", classPath, FirstKitLoad.class.getName());
        String name = command ? String.join(" ", load) : "first BackendArchitect.role()";
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
        out.printf("runs of each: %d (after one warm-up each), Java %s, %d processors%n", runs,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.printf("empty main: median %4d ms (min %d, max %d)%n", emptyMedian / 1_000_000,
                min(emptyTimes) / 1_000_000, max(emptyTimes) / 1_000_000);
        out.printf("%s%n            median %4d ms (min %d, max %d)%n", name, loadMedian / 1_000_000,
                min(loadTimes) / 1_000_000, max(loadTimes) / 1_000_000);
        out.printf("costs %d ms over an empty main (median of the pairwise differences: %d ms)%n",
                (loadMedian - emptyMedian) / 1_000_000, pairwise(loadTimes, emptyTimes) / 1_000_000);
        out.printf("takes %.1fx the empty main's wall time (median of the pairwise ratios: %.1fx)%n",
                (double) loadMedian / emptyMedian, pairwiseRatio(loadTimes, emptyTimes));
    }

    /** Copies a class file into a new temporary folder, deleted when this JVM exits; returns the folder. */
    private static Path alone(Class<?> type) throws IOException {
        Path folder = Files.createTempDirectory("coldstart");
        String resource = type.getName().replace('.', '/') + ".class";
        // deleteOnExit deletes in the reverse order of the calls: the folder last, the file first.
        Path path = folder;
        path.toFile().deleteOnExit();
        for (String name : resource.split("/")) {
            path = path.resolve(name);
            path.toFile().deleteOnExit();
        }
        Files.createDirectories(path.getParent());
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(Objects.requireNonNull(in, resource), path);
        }
        return folder;
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

    private static double pairwiseRatio(long[] a, long[] b) {
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = (double) a[i] / b[i];
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }

    private static long min(long[] times) {
        return Arrays.stream(times).min().orElse(0);
    }

    private static long max(long[] times) {
        return Arrays.stream(times).max().orElse(0);
    }
}
