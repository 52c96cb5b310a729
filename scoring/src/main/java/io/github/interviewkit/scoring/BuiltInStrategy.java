package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringStrategy;
import java.util.List;

/** A built-in strategy: compiles the role and policy once and hands them to a {@link StructuredScorer}. */
final class BuiltInStrategy implements ScoringStrategy {
    private final String id;
    private final String description;
    private final StructuredScorer.Mode mode;

    BuiltInStrategy(String id, String description, StructuredScorer.Mode mode) {
        this.id = id;
        this.description = description;
        this.mode = mode;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public PanelScorer prepare(Role role, ScoringPolicy policy) {
        if (mode == StructuredScorer.Mode.MULTIPLE_HURDLE && policy.hurdles().isEmpty()) {
            throw new ScoringInputException("ScoringPolicy for strategy '" + id + "'", List.of(Violation.of("hurdles",
                    "0 hurdles", "the multiple-hurdle strategy needs at least one hurdle (a stage and its cut-off)")));
        }
        return new StructuredScorer(id, mode, new CompiledRubric(role, policy));
    }

    @Override
    public String toString() {
        return id + ": " + description;
    }
}
