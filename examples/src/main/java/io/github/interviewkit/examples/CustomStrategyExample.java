package io.github.interviewkit.examples;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringEngine;
import io.github.interviewkit.scoring.ScoringStrategy;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * Plugs a user-written strategy, {@link WeakestLinkStrategy}, into the scoring engine twice: by
 * explicit registration, and by {@link java.util.ServiceLoader} discovery (this module declares it
 * with {@code provides} and in {@code META-INF/services}). Both engines score the same panel.
 */
public final class CustomStrategyExample {
    private CustomStrategyExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** @return an engine with only the custom strategy, registered explicitly */
    static ScoringEngine explicitEngine() {
        return ScoringEngine.builder().register(new WeakestLinkStrategy()).build();
    }

    /** @return an engine with every installed strategy: the built-ins and the custom one */
    static ScoringEngine discoveredEngine() {
        return ScoringEngine.builder().discoverInstalled().defaultStrategy(WeakestLinkStrategy.ID).build();
    }

    static void run(PrintStream out) {
        Role kit = BackendArchitect.role();
        ScoringEngine explicit = explicitEngine();
        ScoringEngine discovered = discoveredEngine();
        out.println("Registered explicitly: " + ids(explicit));
        out.println("Discovered: " + ids(discovered));
        Report report = discovered.scorer(kit).score(ScorePanelExample.samplePanel(kit));
        out.println("Same report either way: " + report.equals(explicit.scorer(kit).score(ScorePanelExample.samplePanel(kit))));
        out.print(report.render());
    }

    private static String ids(ScoringEngine engine) {
        return engine.strategies().stream().map(ScoringStrategy::id).collect(Collectors.joining(", "));
    }
}
