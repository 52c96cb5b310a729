/**
 * interviewkit interop: imports scorecards from the applicant tracking systems HR teams use
 * (Greenhouse, Lever, Ashby, CSV) through a declarative, validated mapping, and exports a role's
 * rubric as a 1EdTech CASE 1.1 package and selection outcomes as CSV.
 */
module io.github.interviewkit.interop {
    requires transitive io.github.interviewkit.scoring;
    requires static org.immutables.value.annotations;
    requires transitive org.jspecify;
    requires com.fasterxml.jackson.databind;
    requires transitive org.apache.commons.csv;

    exports io.github.interviewkit.interop;
}
