package io.github.interviewkit.scoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs the prepared steps of a strategy on each panel: the deciding steps in order until one
 * decides (or else the verdict they leave decides), then the reporting steps. Immutable and
 * thread-safe; each panel gets its own {@link ScoringState}.
 */
final class StepScorer implements PanelScorer {
    private final String strategyId;
    private final CompiledRubric rubric;
    private final List<String> names;
    private final ScoringStep.Prepared[] steps;
    /** The steps before this position decide; those from it report. */
    private final int deciding;
    /** Room for the trace of the built-in rules without growing: a finding per criterion and gate, one per other step and the decision. */
    private final int traceCapacity;

    StepScorer(String strategyId, CompiledRubric rubric, List<String> names, ScoringStep.Prepared[] steps,
               int deciding) {
        this.strategyId = strategyId;
        this.rubric = rubric;
        this.names = names;
        this.steps = steps;
        this.deciding = deciding;
        this.traceCapacity = rubric.criteriaCount + rubric.gates.length + steps.length;
    }

    @Override
    public Report score(Panel panel) {
        return score(panel, null);
    }

    /**
     * Scores a panel into a report that carries the given audit record from the start, so that the
     * engine does not copy the report to add it.
     */
    Report score(Panel panel, @Nullable ReportAudit audit) {
        ScoringState state = new ScoringState(rubric, panel, traceCapacity);
        for (int s = 0; s < deciding && !state.isDecided(); s++) {
            steps[s].run(state);
        }
        if (!state.isDecided()) {
            state.decideByVerdict(strategyId);
        }
        state.startReporting();
        for (int s = deciding; s < steps.length; s++) {
            steps[s].run(state);
        }
        return state.report(strategyId, audit);
    }

    @Override
    public String toString() {
        return strategyId + " scorer for role " + rubric.role.id() + " with the steps " + names;
    }
}
