package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Role;
import java.util.List;

/**
 * A strategy made of {@linkplain ScoringSteps steps}: preparing it compiles the role and policy
 * once and prepares every step; its scorer runs the prepared steps on each panel.
 */
final class StepStrategy implements ScoringStrategy {
    private final String id;
    private final String description;
    private final ScoringSteps steps;

    StepStrategy(String id, String description, ScoringSteps steps) {
        this.id = id;
        this.description = description;
        this.steps = steps;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    /** @return the library's version: the steps are the library's */
    @Override
    public String version() {
        return ReportAudit.runningLibraryVersion();
    }

    @Override
    public PanelScorer prepare(Role role, ScoringPolicy policy) {
        CompiledRubric rubric = new CompiledRubric(role, policy);
        List<ScoringStep> all = steps.steps();
        ScoringStep.Prepared[] prepared = new ScoringStep.Prepared[all.size()];
        int deciding = 0;
        for (int s = 0; s < prepared.length; s++) {
            ScoringStep step = all.get(s);
            prepared[s] = step.prepare(role, policy);
            if (prepared[s] == null) {
                throw new ScoringException("step '" + step.name() + "' of strategy '" + id
                        + "' prepared nothing for role '" + role.id() + "'");
            }
            if (!step.isReporting()) {
                deciding = s + 1;
            }
        }
        return new StepScorer(id, rubric, steps.names(), prepared, deciding);
    }

    @Override
    public String toString() {
        return id + ": " + description;
    }
}
