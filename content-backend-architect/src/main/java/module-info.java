/**
 * The Backend Architect interview kit, ready to read from code: {@code BackendArchitect.role()}, or
 * discovery through {@code ContentPacks} by the id {@code backend-architect}.
 */
module io.github.interviewkit.content.backendarchitect {
    requires transitive io.github.interviewkit.model;
    requires static org.jspecify;

    exports io.github.interviewkit.content.backendarchitect;

    // The kit's checked copy is read by this module itself (Class.getResourceAsStream), so its
    // package needs no opens. The provider lives in a package that is not exported.
    provides io.github.interviewkit.model.spi.ContentPack
            with io.github.interviewkit.content.backendarchitect.internal.BackendArchitectPack;
}
