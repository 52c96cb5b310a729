package io.github.interviewkit.scoring;

/**
 * The weighted composite on 0..1 over the assessed criteria; without any assessed criterion there
 * is none, and the panel is incomplete.
 */
final class CompositeStep extends BuiltInStep {
    static final CompositeStep INSTANCE = new CompositeStep();

    private CompositeStep() {
        super(ScoringSteps.COMPOSITE);
    }

    @Override
    public void run(ScoringState state) {
        if (state.figures().assessedCriteria > 0) {
            state.record(FindingMessage.COMPOSITE, 0, 0);
        } else {
            state.markIncomplete();
            state.record(FindingMessage.NO_EVIDENCE, 0, 0);
        }
    }
}
