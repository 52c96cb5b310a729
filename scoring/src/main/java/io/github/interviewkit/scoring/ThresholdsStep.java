package io.github.interviewkit.scoring;

/**
 * The thresholds: proposes the outcome whose threshold the composite reaches, decided exactly (a
 * composite exactly on a threshold reaches it). Without a composite it proposes nothing.
 */
final class ThresholdsStep extends BuiltInStep {
    static final ThresholdsStep INSTANCE = new ThresholdsStep();
    /** The outcome each of {@link CompiledRubric#thresholds} gives, from the highest. */
    private static final Recommendation[] REACHED = {Recommendation.STRONG_HIRE, Recommendation.HIRE,
        Recommendation.NO_HIRE};

    private ThresholdsStep() {
        super(ScoringSteps.THRESHOLDS);
    }

    @Override
    public void run(ScoringState state) {
        PanelFigures figures = state.figures();
        if (figures.assessedCriteria == 0) {
            return;
        }
        CompiledRubric.Threshold[] thresholds = state.rubric.thresholds;
        int t = 0;
        while (t < thresholds.length && figures.compareComposite(thresholds[t]) < 0) {
            t++;
        }
        if (t == thresholds.length) {
            state.propose(Recommendation.STRONG_NO_HIRE);
            state.record(FindingMessage.THRESHOLD_BELOW, t - 1, Recommendation.STRONG_NO_HIRE.ordinal());
        } else {
            state.propose(REACHED[t]);
            state.record(FindingMessage.THRESHOLD_REACHED, t, REACHED[t].ordinal());
        }
    }

    /** @return the parameters of a threshold finding: composite, threshold, outcome */
    static Object[] values(ScoringState state, int threshold, int outcome) {
        return new Object[] {state.figures().composite, state.rubric.thresholds[threshold].exact,
            FindingMessage.outcome(outcome)};
    }
}
