package io.github.interviewkit.examples;

import io.github.interviewkit.analytics.CalibrationPolicy;
import io.github.interviewkit.analytics.KappaWeights;
import io.github.interviewkit.analytics.MeasurementLevel;
import io.github.interviewkit.analytics.PanelAnalytics;
import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.model.io.RoleWriter;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.PanelScorer;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Shares one {@link RoleReader}, one prepared {@link PanelScorer} and one {@link PanelAnalytics}
 * between threads, as a server does, and checks that every result equals the one a single thread
 * computes with instances of its own.
 *
 * <p>Each thread runs its share of operations in turn: reading the Backend Architect role (JSON,
 * then YAML), scoring one of the 300 panels of {@link PanelAnalyticsExample} (the report, its
 * rendered text and its findings in German, formatted from the bundles), and one of nine analytics (alpha at
 * every level of measurement, Fleiss' kappa, the intraclass correlations, Kendall's W, the
 * calibration and a Cohen's kappa). The expected results come first, from one thread and fresh
 * instances; then the shared instances and panels, also fresh (equal panels simulated again), are
 * used by every thread at once from their first call, so that any lazily built state is raced for. Roles and reports compare with
 * {@code equals}; the analytics results, which are values without {@code equals}, compare by their
 * serialised form, every field to the last bit.
 *
 * <p>{@code main} takes the number of threads and of operations per thread (default 8 and
 * 100,000: {@code mvn -B -pl examples -am -DskipTests package exec:java
 * -Dexample.mainClass=io.github.interviewkit.examples.SharedInstancesExample}); the build's test
 * runs 8 x 1,000.
 */
public final class SharedInstancesExample {
    private static final int PANELS_SEED = 42;
    private static final String FIRST = "iv-01";
    private static final String SECOND = "iv-02";

    private SharedInstancesExample() {}

    /**
     * Runs the example.
     *
     * @param args the number of threads and of operations per thread, by default 8 and 100000
     */
    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int operations = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        run(System.out, threads, operations);
    }

    /** What every thread shares: the inputs and the three instances. */
    record Shared(List<String> roleTexts, List<Panel> panels, RoleReader reader, PanelScorer scorer,
            PanelAnalytics analytics) {
        /**
         * Fresh instances over equal inputs: the panels to score and the panels the analytics read are
         * simulated apart, so that the scored panels' ratings tables, made on first use, are not made
         * before the threads start.
         */
        static Shared fresh(List<String> roleTexts) {
            List<Panel> scored = simulatedPanels();
            Role role = scored.get(0).role();
            return new Shared(roleTexts, scored, RoleReader.standard(),
                    ScoringEngine.builder().registerBuiltIns().build().scorer(role), PanelAnalytics.of(simulatedPanels()));
        }
    }

    /** The operations, each a pure function of the shared instances: read, score, analyse. */
    static List<Function<Shared, Object>> operations(int panels) {
        List<Function<Shared, Object>> all = new ArrayList<>();
        all.add(s -> s.reader().read(s.roleTexts().get(0), ContentFormat.JSON));
        all.add(s -> s.reader().read(s.roleTexts().get(1), ContentFormat.YAML));
        for (int p = 0; p < panels; p++) {
            int panel = p;
            all.add(s -> {
                Report report = s.scorer().score(s.panels().get(panel));
                return List.of(report, report.render(), report.trace().stream().map(step -> step.text(Locale.GERMAN)).toList(),
                        report.flags().stream().map(flag -> flag.text(Locale.GERMAN)).toList());
            });
        }
        for (MeasurementLevel level : MeasurementLevel.values()) {
            all.add(s -> serialised(s.analytics().krippendorffsAlpha(level)));
        }
        all.add(s -> serialised(s.analytics().fleissKappa()));
        all.add(s -> serialised(s.analytics().intraclassCorrelation()));
        all.add(s -> serialised(s.analytics().kendallsW()));
        all.add(s -> serialised(s.analytics().calibration(CalibrationPolicy.of(new BigDecimal("0.5"), 30))));
        all.add(s -> serialised(s.analytics().cohensKappa(FIRST, SECOND, KappaWeights.quadratic())));
        return all;
    }

    /** What one concurrent run found. */
    record Outcome(int threads, int operationsPerThread, long mismatches, long millis) {}

    /**
     * Runs every operation once on one thread, then {@code operations} per thread on {@code threads}
     * threads sharing fresh instances, and counts the results that differ.
     */
    static Outcome compare(int threads, int operations) {
        Role role = BackendArchitect.role();
        RoleWriter writer = RoleWriter.standard();
        List<String> texts = List.of(writer.write(role, ContentFormat.JSON), writer.write(role, ContentFormat.YAML));
        Shared sequential = Shared.fresh(texts);
        List<Function<Shared, Object>> all = operations(sequential.panels().size());

        List<Object> expected = new ArrayList<>(all.size());
        for (Function<Shared, Object> operation : all) {
            expected.add(operation.apply(sequential));
        }

        Shared shared = Shared.fresh(texts);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    long mismatches = 0;
                    for (int k = 0; k < operations; k++) {
                        // Threads start at different operations and stride through all of them.
                        int index = (int) (((long) k * threads + thread) % all.size());
                        if (!sameValue(expected.get(index), all.get(index).apply(shared))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            long mismatches = 0;
            for (Future<Long> result : results) {
                mismatches += result.get();
            }
            return new Outcome(threads, operations, mismatches, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an operation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The 300 panels of {@link PanelAnalyticsExample}, simulated anew: equal values, new objects. */
    static List<Panel> simulatedPanels() {
        return PanelAnalyticsExample.simulate(PANELS_SEED).stream().map(PanelAnalyticsExample.Interviewed::panel).toList();
    }

    private static boolean sameValue(Object expected, Object actual) {
        return expected instanceof byte[] bytes ? Arrays.equals(bytes, (byte[]) actual) : Objects.equals(expected, actual);
    }

    private static byte[] serialised(Serializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void run(PrintStream out, int threads, int operations) {
        Outcome outcome = compare(threads, operations);
        out.println(outcome.threads() + " threads x " + outcome.operationsPerThread()
                + " operations on one RoleReader, one PanelScorer and one PanelAnalytics: "
                + outcome.mismatches() + " results differ from the sequential run ("
                + outcome.millis() + " ms)");
    }
}
