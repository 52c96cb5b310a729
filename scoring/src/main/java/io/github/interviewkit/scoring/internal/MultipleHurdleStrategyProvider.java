package io.github.interviewkit.scoring.internal;

import io.github.interviewkit.scoring.ScoringStrategies;

/** The {@link java.util.ServiceLoader} provider of {@link ScoringStrategies#multipleHurdle()}. Not API. */
public final class MultipleHurdleStrategyProvider extends DelegatingStrategy {
    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public MultipleHurdleStrategyProvider() {
        super(ScoringStrategies.multipleHurdle());
    }
}
