package io.github.interviewkit.scoring;

import io.github.interviewkit.scoring.ScoringStrategy;
import java.util.List;

/**
 * The built-in strategies, for explicit registration on a {@link ScoringEngine}. They are also
 * registered as {@link java.util.ServiceLoader} providers, so
 * {@link ScoringEngine.Builder#discoverInstalled()} finds them too. Each is a sequence of
 * {@linkplain ScoringSteps steps}: {@link ScoringSteps#structured()}, {@link ScoringSteps#barRaiser()}
 * and {@link ScoringSteps#multipleHurdle()} give them to strategies of your own to extend.
 */
public final class ScoringStrategies {
    /** The id of {@link #structured()}. */
    public static final String STRUCTURED = "structured";
    /** The id of {@link #barRaiser()}. */
    public static final String BAR_RAISER = "bar-raiser";
    /** The id of {@link #multipleHurdle()}. */
    public static final String MULTIPLE_HURDLE = "multiple-hurdle";

    private ScoringStrategies() {}

    /**
     * Returns the structured strategy. In this order, each step recorded in the trace: aggregate
     * each criterion over the interviewers who assessed it; must-have gates (an aggregate below its
     * minimum rejects whatever the composite, a must-have nobody assessed makes the panel
     * {@link Recommendation#INCOMPLETE}); pitfall rules per severity (veto, cap, note); the weighted
     * composite on 0..1; thresholds, decided exactly (a composite exactly on a threshold reaches
     * it). A rejection beats an incomplete panel: a failed gate or a veto already decides. Flags:
     * criteria whose spread reaches the policy's disagreement spread, interviewers whose own vote
     * goes against the outcome, competencies no assessed criterion covers, a panel smaller than
     * recommended.
     *
     * @return the strategy, id {@value #STRUCTURED}, made of {@link ScoringSteps#structured()}
     */
    public static ScoringStrategy structured() {
        return ScoringSteps.structured().strategy(STRUCTURED, "Mechanical combination of rubric ratings: gates,"
                + " pitfall rules, weighted composite and exact thresholds");
    }

    /**
     * Returns the bar-raiser strategy: the {@linkplain #structured() structured} rule plus a veto:
     * any single interviewer's strongest "no" (the scale's lowest level) on a gated (must-have)
     * criterion blocks a hire, whatever the other ratings.
     *
     * @return the strategy, id {@value #BAR_RAISER}, made of {@link ScoringSteps#barRaiser()}
     */
    public static ScoringStrategy barRaiser() {
        return ScoringSteps.barRaiser().strategy(BAR_RAISER, "The structured rule, where any interviewer's lowest"
                + " rating on a must-have vetoes a hire");
    }

    /**
     * Returns the multiple-hurdle strategy: the policy's {@linkplain ScoringPolicy#hurdles() hurdles}
     * in order, each deciding on the composite of its own stage's scorecards against its own
     * cut-off (exactly; reaching the cut-off passes). A stage without scorecards makes the panel
     * {@link Recommendation#INCOMPLETE}; a failed hurdle gives {@link Recommendation#NO_HIRE} and
     * later stages do not count. Once every hurdle is passed, the {@linkplain #structured()
     * structured} rule decides over all scorecards. Preparing it with a policy without hurdles
     * fails.
     *
     * @return the strategy, id {@value #MULTIPLE_HURDLE}, made of {@link ScoringSteps#multipleHurdle()}
     */
    public static ScoringStrategy multipleHurdle() {
        return ScoringSteps.multipleHurdle().strategy(MULTIPLE_HURDLE, "Stages in order, each with its own"
                + " cut-off, then the structured rule");
    }

    /** @return the three built-in strategies, ordered by id */
    public static List<ScoringStrategy> all() {
        return List.of(barRaiser(), multipleHurdle(), structured());
    }
}
