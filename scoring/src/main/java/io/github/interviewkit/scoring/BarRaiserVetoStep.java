package io.github.interviewkit.scoring;

import java.util.List;
import java.util.TreeSet;

/**
 * The bar-raiser veto: a strongest "no" (the scale's lowest level) from any single interviewer on
 * a gated criterion rejects the candidate, whatever the other ratings.
 */
final class BarRaiserVetoStep extends BuiltInStep {
    static final BarRaiserVetoStep INSTANCE = new BarRaiserVetoStep();

    private BarRaiserVetoStep() {
        super(ScoringSteps.BAR_RAISER_VETO);
    }

    @Override
    public void run(ScoringState state) {
        CompiledRubric rubric = state.rubric;
        PanelFigures figures = state.figures();
        boolean vetoed = false;
        for (int i : rubric.gates) {
            if (figures.count(i) > 0 && figures.minimum(i) == rubric.lowest) {
                vetoed = true;
                state.reject();
                state.record(FindingMessage.BAR_RAISER_VETO, i, 0);
            }
        }
        if (!vetoed) {
            state.record(FindingMessage.BAR_RAISER_CLEAR, 0, 0);
        }
    }

    /** @return the ids of the interviewers who rated a criterion at the scale's lowest level, sorted */
    static List<String> lowestRaters(ScoringState state, int criterion) {
        return raters(state, criterion, state.rubric.lowest);
    }

    /** @return the ids of the interviewers who rated a criterion at a level, in id order, each once */
    static List<String> raters(ScoringState state, int criterion, int level) {
        PanelRatings ratings = state.panel.ratings();
        TreeSet<String> interviewers = new TreeSet<>();
        for (int k = 0; k < ratings.cards; k++) {
            if (ratings.levels[k * ratings.criteria + criterion] == level) {
                interviewers.add(state.cards.get(k).interviewerId());
            }
        }
        return List.copyOf(interviewers);
    }
}
