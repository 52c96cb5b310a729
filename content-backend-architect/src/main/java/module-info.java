/** The Backend Architect interview kit, ready to read from code. */
module io.github.interviewkit.content.backendarchitect {
    requires transitive io.github.interviewkit.model;
}
