/**
 * interviewkit scoring: turns a panel's scorecards into an explained hiring recommendation through
 * pluggable strategies, and measures panels (agreement, calibration, adverse impact).
 */
module io.github.interviewkit.scoring {
    requires transitive io.github.interviewkit.model;
    requires static org.immutables.value.annotations;

    exports io.github.interviewkit.scoring;
}
