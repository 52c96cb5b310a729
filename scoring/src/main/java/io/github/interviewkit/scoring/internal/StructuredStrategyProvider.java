package io.github.interviewkit.scoring.internal;

import io.github.interviewkit.scoring.ScoringStrategies;

/** The {@link java.util.ServiceLoader} provider of {@link ScoringStrategies#structured()}. Not API. */
public final class StructuredStrategyProvider extends DelegatingStrategy {
    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public StructuredStrategyProvider() {
        super(ScoringStrategies.structured());
    }
}
