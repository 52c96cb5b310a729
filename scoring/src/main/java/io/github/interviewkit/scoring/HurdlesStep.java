package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The hurdles of the policy, in order, each deciding on the composite of its own stage's
 * scorecards against its own cut-off, exactly. A stage without scorecards, or whose scorecards
 * assess nothing, decides incomplete; a failed hurdle decides no-hire, and later stages do not
 * count. Once every hurdle is passed, the steps after this one decide.
 */
final class HurdlesStep extends BuiltInStep {
    static final HurdlesStep INSTANCE = new HurdlesStep();

    private HurdlesStep() {
        super(ScoringSteps.HURDLES);
    }

    @Override
    public Prepared prepare(Role role, ScoringPolicy policy) {
        if (policy.hurdles().isEmpty()) {
            throw new ScoringInputException("ScoringPolicy for the hurdles step", List.of(Violation.of("hurdles",
                    "0 hurdles", "the multiple-hurdle strategy needs at least one hurdle (a stage and its cut-off)")));
        }
        return this;
    }

    /** What a hurdle found, kept for its findings: the hurdle, and the figures of its stage. */
    private static final class Result {
        final Hurdle hurdle;
        final @Nullable PanelFigures figures;

        Result(Hurdle hurdle, @Nullable PanelFigures figures) {
            this.hurdle = hurdle;
            this.figures = figures;
        }
    }

    @Override
    public void run(ScoringState state) {
        List<Hurdle> hurdles = state.rubric.policy.hurdles();
        PanelRatings ratings = state.panel.ratings();
        int criteria = ratings.criteria;
        for (Hurdle hurdle : hurdles) {
            // The stage's own rows of the ratings table, so that its figures are those of a panel.
            int[] stage = new int[ratings.levels.length];
            int size = 0;
            for (int k = 0; k < state.cards.size(); k++) {
                if (state.cards.get(k).stage().equals(hurdle.stage())) {
                    System.arraycopy(ratings.levels, k * criteria, stage, size * criteria, criteria);
                    size++;
                }
            }
            if (size == 0) {
                int result = state.keep(new Result(hurdle, null));
                state.record(FindingMessage.HURDLE_MISSING, result, 0);
                state.decide(Recommendation.INCOMPLETE, FindingMessage.DECISION_HURDLE_MISSING, result);
                return;
            }
            CompiledRubric.Threshold cutOff = new CompiledRubric.Threshold(hurdle.cutOff());
            PanelFigures figures = new PanelFigures(state.rubric, stage, size, new CompiledRubric.Threshold[] {cutOff});
            int result = state.keep(new Result(hurdle, figures));
            if (figures.assessedCriteria == 0) {
                state.record(FindingMessage.HURDLE_NO_EVIDENCE, result, size);
                state.decide(Recommendation.INCOMPLETE, FindingMessage.DECISION_HURDLE_NO_EVIDENCE, result);
                return;
            }
            if (figures.compareComposite(cutOff) < 0) {
                state.record(FindingMessage.HURDLE_FAILED, result, 0);
                state.decide(Recommendation.NO_HIRE, FindingMessage.DECISION_HURDLE_FAILED, result);
                return;
            }
            state.record(FindingMessage.HURDLE_PASSED, result, 0);
        }
    }

    /** @return the id of the stage of a hurdle's result */
    static String stage(ScoringState state, int result) {
        return ((Result) state.extra(result)).hurdle.stage().id();
    }

    /** @return the parameters of a passed or failed hurdle: stage, composite, cut-off, scorecards */
    static Object[] outcome(ScoringState state, int result) {
        Result found = (Result) state.extra(result);
        PanelFigures figures = Objects.requireNonNull(found.figures, "a passed or failed hurdle has figures");
        BigDecimal cutOff = found.hurdle.cutOff();
        return new Object[] {found.hurdle.stage().id(), figures.composite, cutOff, figures.scorecards};
    }
}
