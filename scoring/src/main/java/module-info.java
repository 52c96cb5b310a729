/**
 * interviewkit scoring: turns a panel's scorecards into an explained hiring recommendation through
 * pluggable strategies. Panel analytics live in the module {@code io.github.interviewkit.analytics}.
 */
module io.github.interviewkit.scoring {
    requires transitive io.github.interviewkit.model;
    requires static org.immutables.value.annotations;
    requires transitive org.jspecify;

    requires transitive com.fasterxml.jackson.databind;

    exports io.github.interviewkit.scoring;
    exports io.github.interviewkit.scoring.jackson;

    uses io.github.interviewkit.scoring.ScoringStrategy;
    provides io.github.interviewkit.scoring.ScoringStrategy with
            io.github.interviewkit.scoring.internal.BarRaiserStrategyProvider,
            io.github.interviewkit.scoring.internal.MultipleHurdleStrategyProvider,
            io.github.interviewkit.scoring.internal.StructuredStrategyProvider;
    provides com.fasterxml.jackson.databind.Module with io.github.interviewkit.scoring.jackson.InterviewKitModule;
}
