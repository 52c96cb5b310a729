package io.github.interviewkit.scoring;

import java.util.List;
import java.util.TreeSet;

/**
 * The flags, for a reader's attention once the recommendation is decided: criteria whose spread
 * reaches the policy's disagreement spread, interviewers whose own vote (on any of their scorecards)
 * goes against the outcome, competencies no assessed criterion covers, a panel of fewer distinct
 * interviewers than recommended.
 */
final class FlagsStep extends BuiltInStep {
    static final FlagsStep INSTANCE = new FlagsStep();

    private FlagsStep() {
        super(ScoringSteps.FLAGS);
    }

    @Override
    public boolean isReporting() {
        return true;
    }

    @Override
    public void run(ScoringState state) {
        CompiledRubric rubric = state.rubric;
        PanelFigures figures = state.figures();
        int spread = rubric.disagreementSpread;
        for (int i = 0; i < rubric.criteriaCount; i++) {
            if (figures.count(i) >= 2 && figures.maximum(i) - figures.minimum(i) >= spread) {
                state.flag(FindingMessage.CRITERION_DISAGREEMENT, i, 0);
            }
        }
        Recommendation outcome = state.decided();
        if (outcome.isDecided() && anyDissenter(state.cards, outcome)) {
            state.flag(FindingMessage.VOTES_DISAGREE, 0, outcome.ordinal());
        }
        for (int c = 0; c < rubric.competencyIds.length; c++) {
            if (figures.assessedCriteriaOf(c) == 0) {
                state.flag(FindingMessage.UNCOVERED_COMPETENCIES, 0, 0);
                break;
            }
        }
        if (state.panel.interviewerIds().size() < rubric.minimumPanelSize) {
            state.flag(FindingMessage.SMALL_PANEL, 0, 0);
        }
    }

    private static boolean anyDissenter(List<Scorecard> cards, Recommendation outcome) {
        for (int k = 0; k < cards.size(); k++) {
            Recommendation vote = cards.get(k).vote().orElse(null);
            if (vote != null && vote.isHire() != outcome.isHire()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the parameters of {@code votes-disagree}: outcome, dissenters, votes, interviewers.
     * Votes count per interviewer: {@code votes} is the number of interviewers who voted on any of
     * their scorecards, and an interviewer dissents if any of their votes goes against the outcome.
     */
    static Object[] votes(ScoringState state, Recommendation outcome) {
        TreeSet<String> dissenters = new TreeSet<>();
        TreeSet<String> voters = new TreeSet<>();
        for (Scorecard card : state.cards) {
            if (card.vote().isPresent()) {
                voters.add(card.interviewerId());
                if (card.vote().get().isHire() != outcome.isHire()) {
                    dissenters.add(card.interviewerId());
                }
            }
        }
        return new Object[] {outcome.id(), dissenters.size(), voters.size(), List.copyOf(dissenters)};
    }

    /** @return the ids of the competencies no assessed criterion covers */
    static List<String> uncovered(ScoringState state) {
        return state.figures().uncoveredCompetencies();
    }
}
