package io.github.interviewkit.scoring;

/**
 * The must-have gates: a gated criterion whose aggregate is below its minimum rejects the
 * candidate whatever the composite; one nobody assessed makes the panel incomplete, never a pass.
 */
final class MustHaveGatesStep extends BuiltInStep {
    static final MustHaveGatesStep INSTANCE = new MustHaveGatesStep();

    private MustHaveGatesStep() {
        super(ScoringSteps.MUST_HAVE_GATES);
    }

    @Override
    public void run(ScoringState state) {
        CompiledRubric rubric = state.rubric;
        PanelFigures figures = state.figures();
        for (int i : rubric.gates) {
            if (figures.count(i) == 0) {
                state.markIncomplete();
                state.record(FindingMessage.MUST_HAVE_UNASSESSED, i, 0);
            } else if (figures.aggregateBelow(i, rubric.minimum[i])) {
                state.reject();
                state.record(FindingMessage.MUST_HAVE_FAILED, i, 0);
            } else {
                state.record(FindingMessage.MUST_HAVE_PASSED, i, 0);
            }
        }
        if (rubric.gates.length == 0) {
            state.record(FindingMessage.MUST_HAVE_NONE, 0, 0);
        }
    }
}
