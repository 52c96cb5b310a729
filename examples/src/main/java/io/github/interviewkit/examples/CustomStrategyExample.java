package io.github.interviewkit.examples;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Finding;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringEngine;
import io.github.interviewkit.scoring.ScoringStep;
import io.github.interviewkit.scoring.ScoringSteps;
import io.github.interviewkit.scoring.ScoringStrategy;
import java.io.PrintStream;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Two ways to a strategy of your own. {@link #strictMustHaves()} is the built-in structured rule
 * plus one veto, put together from its named steps in a few lines and registered explicitly.
 * {@link WeakestLinkStrategy} is written from scratch against the strategy SPI and found by
 * {@link java.util.ServiceLoader} discovery (this module declares it with {@code provides} and in
 * {@code META-INF/services}).
 */
public final class CustomStrategyExample {
    /** The id of {@link #strictMustHaves()}. */
    static final String STRICT = "strict-must-haves";

    private CustomStrategyExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Returns the structured rule plus one veto: a single rating below a must-have's minimum
     * vetoes a hire, even when the aggregate of the ratings reaches it.
     */
    static ScoringStrategy strictMustHaves() {
        // --- README snippet begins
        ScoringStep veto = ScoringStep.of("no-rating-below-a-must-have", state -> {
            for (EvaluationCriterion criterion : state.role().rubric().criteria()) {
                int minimum = criterion.mustHave() ? criterion.minimumRating().getAsInt() : Integer.MIN_VALUE;
                for (Scorecard card : state.panel().scorecards()) {
                    OptionalInt rating = card.rating(criterion.id()).value();
                    if (rating.isPresent() && rating.getAsInt() < minimum) {
                        state.veto(Finding.of("must-have-rating-below-minimum",
                                "{interviewer} rated must-have {criterion} at {rating}, below its minimum {minimum}",
                                Map.of("interviewer", card.interviewerId(), "criterion", criterion.id(),
                                        "rating", rating.getAsInt(), "minimum", minimum)));
                    }
                }
            }
        });
        return ScoringSteps.structured().after(ScoringSteps.MUST_HAVE_GATES, veto)
                .strategy(STRICT, "The structured rule, where one rating below a must-have's minimum vetoes a hire");
        // --- README snippet ends
    }

    /** @return an engine with the built-ins and the strict strategy, registered explicitly */
    static ScoringEngine explicitEngine() {
        return ScoringEngine.builder().registerBuiltIns().register(strictMustHaves()).build();
    }

    /** @return an engine with every installed strategy: the built-ins and {@link WeakestLinkStrategy} */
    static ScoringEngine discoveredEngine() {
        return ScoringEngine.builder().discoverInstalled().defaultStrategy(WeakestLinkStrategy.ID).build();
    }

    static void run(PrintStream out) {
        Role kit = BackendArchitect.role();
        ScoringEngine explicit = explicitEngine();
        ScoringEngine discovered = discoveredEngine();
        out.println("Registered explicitly: " + ids(explicit));
        out.println("Discovered: " + ids(discovered));
        Report structured = explicit.scorer(kit).score(ScorePanelExample.samplePanel(kit));
        Report strict = explicit.scorer(kit, STRICT).score(ScorePanelExample.samplePanel(kit));
        Report weakestLink = discovered.scorer(kit).score(ScorePanelExample.samplePanel(kit));
        out.println("structured: " + structured.recommendation().id() + ", " + STRICT + ": "
                + strict.recommendation().id() + ", " + WeakestLinkStrategy.ID + ": "
                + weakestLink.recommendation().id());
        out.println();
        out.print(strict.render());
    }

    private static String ids(ScoringEngine engine) {
        return engine.strategies().stream().map(ScoringStrategy::id).collect(Collectors.joining(", "));
    }
}
