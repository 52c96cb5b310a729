package io.github.interviewkit.scoring;

/**
 * The decision from the verdict of the steps before: a rejection gives at most no-hire (a strong
 * no-hire stays strong); otherwise missing evidence gives incomplete; otherwise the proposed
 * outcome, capped.
 */
final class DecisionStep extends BuiltInStep {
    static final DecisionStep INSTANCE = new DecisionStep();

    private DecisionStep() {
        super(ScoringSteps.DECISION);
    }

    @Override
    public void run(ScoringState state) {
        Recommendation proposed = state.proposedOrNull();
        if (state.isRejected()) {
            state.decide(proposed == null ? Recommendation.NO_HIRE : proposed.atMost(Recommendation.NO_HIRE),
                    FindingMessage.DECISION_REJECTED, 0);
        } else if (state.isIncomplete()) {
            state.decide(Recommendation.INCOMPLETE, FindingMessage.DECISION_INCOMPLETE, 0);
        } else if (proposed == null) {
            throw new ScoringException("the decision step found nothing to decide on for candidate '"
                    + state.panel.candidateId() + "': no step before it proposed an outcome (the thresholds step"
                    + " does), rejected the candidate or found evidence missing");
        } else {
            Recommendation capped = proposed.atMost(state.cap());
            state.decide(capped, capped == proposed ? FindingMessage.DECISION_THRESHOLDS
                    : FindingMessage.DECISION_CAPPED, 0);
        }
    }
}
