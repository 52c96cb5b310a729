package io.github.interviewkit.scoring.internal;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.PanelScorer;
import io.github.interviewkit.scoring.ScoringPolicy;
import io.github.interviewkit.scoring.ScoringStrategy;

/**
 * A {@link java.util.ServiceLoader} provider that stands for a built-in strategy: the built-ins
 * are package-private in the API package, and a provider needs a public class with a public
 * no-argument constructor. Not API.
 */
abstract class DelegatingStrategy implements ScoringStrategy {
    private final ScoringStrategy strategy;

    DelegatingStrategy(ScoringStrategy strategy) {
        this.strategy = strategy;
    }

    @Override
    public final String id() {
        return strategy.id();
    }

    @Override
    public final String description() {
        return strategy.description();
    }

    @Override
    public final String version() {
        return strategy.version();
    }

    @Override
    public final PanelScorer prepare(Role role, ScoringPolicy policy) {
        return strategy.prepare(role, policy);
    }

    @Override
    public final String toString() {
        return strategy.toString();
    }
}
