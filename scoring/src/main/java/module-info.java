/**
 * interviewkit scoring: turns a panel's scorecards into an explained hiring recommendation through
 * pluggable strategies. Panel analytics live in the module {@code io.github.interviewkit.analytics}.
 */
module io.github.interviewkit.scoring {
    requires transitive io.github.interviewkit.model;
    requires static org.immutables.value.annotations;
    requires static org.jspecify;
    requires com.fasterxml.jackson.databind;

    exports io.github.interviewkit.scoring;
    exports io.github.interviewkit.scoring.spi;

    uses io.github.interviewkit.scoring.spi.ScoringStrategy;
    provides io.github.interviewkit.scoring.spi.ScoringStrategy with
            io.github.interviewkit.scoring.internal.BarRaiserStrategyProvider,
            io.github.interviewkit.scoring.internal.MultipleHurdleStrategyProvider,
            io.github.interviewkit.scoring.internal.StructuredStrategyProvider;
}
