/** Runnable programs that show each use of interviewkit. Not API. */
module io.github.interviewkit.examples {
    requires io.github.interviewkit.model;
    requires io.github.interviewkit.scoring;
    requires io.github.interviewkit.analytics;
    requires io.github.interviewkit.content.backendarchitect;
    requires io.github.interviewkit.planning;
    requires io.github.interviewkit.interop;
    requires io.github.interviewkit.render;

    // The user-written strategy of CustomStrategyExample, discoverable through ServiceLoader.
    provides io.github.interviewkit.scoring.ScoringStrategy
            with io.github.interviewkit.examples.WeakestLinkStrategy;
}
