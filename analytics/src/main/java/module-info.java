/**
 * interviewkit analytics: measures many interview panels at once (agreement between interviewers,
 * interviewer calibration) and the adverse impact of selection outcomes. It reads panels through
 * the scoring module's public API only.
 */
module io.github.interviewkit.analytics {
    requires transitive io.github.interviewkit.scoring;

    requires org.apache.commons.statistics.distribution;

    exports io.github.interviewkit.analytics;
}
