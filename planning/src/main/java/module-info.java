/**
 * The interview planner: the best interview loop for a role within its time budget, proved
 * optimal by an exact solver (Choco-solver) and explained, or shown impossible.
 */
module io.github.interviewkit.planning {
    requires transitive io.github.interviewkit.model;
    requires org.chocosolver.solver;
    requires static transitive org.jspecify;

    exports io.github.interviewkit.planning;
}
