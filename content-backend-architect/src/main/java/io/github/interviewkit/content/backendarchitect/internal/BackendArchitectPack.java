package io.github.interviewkit.content.backendarchitect.internal;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.spi.ContentPack;

/**
 * The {@link ContentPack} provider of the Backend Architect kit, registered in this module's
 * {@code module-info.java} and in {@code META-INF/services}. Not API: use
 * {@link BackendArchitect#pack()} or discovery.
 */
public final class BackendArchitectPack implements ContentPack {

    /** Creates the provider; does no work (the kit loads on the first {@link #role()}). */
    public BackendArchitectPack() {}

    /** @return {@value BackendArchitect#ID} */
    @Override
    public String id() {
        return BackendArchitect.ID;
    }

    /** @return {@link BackendArchitect#role()} */
    @Override
    public Role role() {
        return BackendArchitect.role();
    }

    /** @return the pack's id */
    @Override
    public String toString() {
        return "ContentPack[" + id() + "]";
    }
}
