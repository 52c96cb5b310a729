package io.github.interviewkit.scoring.internal;

import io.github.interviewkit.scoring.ScoringStrategies;

/** The {@link java.util.ServiceLoader} provider of {@link ScoringStrategies#barRaiser()}. Not API. */
public final class BarRaiserStrategyProvider extends DelegatingStrategy {
    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public BarRaiserStrategyProvider() {
        super(ScoringStrategies.barRaiser());
    }
}
