package io.github.interviewkit.content.backendarchitect.internal;

import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.CheckedContent;
import io.github.interviewkit.model.spi.ContentPack;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ContentPack} provider of the Backend Architect kit, registered in this module's
 * {@code module-info.java} and in {@code META-INF/services}, and the one place that loads the kit.
 * Not API: use {@code BackendArchitect.role()}, {@code BackendArchitect.pack()} or discovery.
 */
public final class BackendArchitectPack implements ContentPack {
    /** The id of the kit, of its role and of its content pack. */
    public static final String ID = "backend-architect";

    /** The package of the kit's resources, as a resource path. */
    static final String DIRECTORY = "/io/github/interviewkit/content/backendarchitect/";
    /**
     * The kit's checked copy: the JSON the build wrote from {@code backend-architect.yaml} after
     * validating it, with its stamp beside it.
     */
    static final String RESOURCE = "backend-architect.json";
    static final String STAMP = RESOURCE + ".checked";

    /** Creates the provider; does no work (the kit loads on the first {@link #role()}). */
    public BackendArchitectPack() {}

    /** @return {@value #ID} */
    @Override
    public String id() {
        return ID;
    }

    /** @return {@link #kit()} */
    @Override
    public Role role() {
        return kit();
    }

    /** @return the pack's id */
    @Override
    public String toString() {
        return "ContentPack[" + id() + "]";
    }

    /**
     * Returns the kit, loaded once.
     *
     * @return the validated Backend Architect role; the same instance on every call
     * @throws InterviewKitException if the kit's resource is missing or invalid (a packaging
     *     defect); the failure of the first load is the cause, and every call throws
     */
    public static Role kit() {
        if (Holder.FAILURE != null) {
            throw new InterviewKitException("the Backend Architect kit (" + Holder.NAME + ") cannot be loaded",
                    Holder.FAILURE);
        }
        return Holder.ROLE;
    }

    /** Initialization-on-demand holder: the JVM loads the kit once, on first use, thread-safely. */
    private static final class Holder {
        static final String NAME = DIRECTORY.substring(1) + RESOURCE;
        static final @Nullable Role ROLE;
        static final @Nullable RuntimeException FAILURE;

        static {
            Role role = null;
            RuntimeException failure = null;
            try {
                role = load();
            } catch (RuntimeException e) {
                // Kept rather than thrown: a throwing static initializer would make every later
                // call fail with NoClassDefFoundError instead of the reason.
                failure = e;
            }
            ROLE = role;
            FAILURE = failure;
        }

        private static Role load() {
            try (InputStream json = BackendArchitectPack.class.getResourceAsStream(DIRECTORY + RESOURCE);
                 InputStream stamp = BackendArchitectPack.class.getResourceAsStream(DIRECTORY + STAMP)) {
                return read(json, stamp, NAME);
            } catch (IOException e) {
                throw new InterviewKitException("cannot read " + NAME + ": " + e, e);
            }
        }
    }

    /**
     * Reads the kit from the streams of its checked copy and its stamp (each {@code null} when the
     * resource is missing): trusted when the stamp matches, validated in full otherwise.
     */
    static Role read(@Nullable InputStream json, @Nullable InputStream stamp, String name) {
        if (json == null || stamp == null) {
            throw new InterviewKitException("resource " + (json == null ? name : name + ".checked") + " is missing");
        }
        Role role = CheckedContent.readRole(json, stamp, name);
        if (!role.id().equals(ID)) {
            throw new InterviewKitException(name + " holds the role '" + role.id() + "', not '" + ID + "'");
        }
        return role;
    }
}
