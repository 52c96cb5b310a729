package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Role;

/**
 * A step of the built-in rules. It keeps nothing per role: it reads the compiled role and policy of
 * the {@link ScoringState} it runs on, which are the strategy's, and records its findings there in
 * compact form ({@link FindingMessage}).
 */
abstract class BuiltInStep implements ScoringStep, ScoringStep.Prepared {
    private final String name;

    BuiltInStep(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public Prepared prepare(Role role, ScoringPolicy policy) {
        return this;
    }

    @Override
    public final String toString() {
        return (isReporting() ? "reporting step " : "step ") + name;
    }
}
