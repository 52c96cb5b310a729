package io.github.interviewkit.scoring;

/**
 * Aggregates each criterion over the interviewers who assessed it and records the figures: one
 * {@code aggregate} step for the panel, then per criterion {@code criterion-aggregated} or
 * {@code criterion-unassessed}.
 */
final class AggregateStep extends BuiltInStep {
    static final AggregateStep INSTANCE = new AggregateStep();

    private AggregateStep() {
        super(ScoringSteps.AGGREGATE);
    }

    @Override
    public void run(ScoringState state) {
        PanelFigures figures = state.figures();
        state.record(FindingMessage.AGGREGATE, 0, 0);
        for (int i = 0; i < state.rubric.criteriaCount; i++) {
            state.record(figures.count(i) == 0 ? FindingMessage.CRITERION_UNASSESSED
                    : FindingMessage.CRITERION_AGGREGATED, i, 0);
        }
    }
}
