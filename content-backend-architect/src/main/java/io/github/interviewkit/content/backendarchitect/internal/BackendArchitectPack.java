package io.github.interviewkit.content.backendarchitect.internal;

import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.CheckedContent;
import io.github.interviewkit.model.spi.ContentPack;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ContentPack} provider of the Backend Architect kit, registered in this module's
 * {@code module-info.java} and in {@code META-INF/services}, and the one place that loads the kit.
 * Not API: use {@code BackendArchitect.role()}, {@code BackendArchitect.pack()} or discovery.
 */
public final class BackendArchitectPack implements ContentPack {
    /** The id of the kit, of its role and of its content pack. */
    public static final String ID = "backend-architect";

    /** Where the kit comes from: its source, which the build read, validated and compiled into {@link BackendArchitectKit}. */
    static final String SOURCE = "io/github/interviewkit/content/backendarchitect/backend-architect.yaml";

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
     * @throws InterviewKitException if the kit cannot be built (a packaging defect); the failure of
     *     the first load is the cause, and every call throws
     */
    public static Role kit() {
        return Holder.KIT.get();
    }

    /** Initialization-on-demand holder: the JVM loads the kit once, on first use, thread-safely. */
    private static final class Holder {
        static final Loaded KIT = Loaded.of(() -> checked(BackendArchitectKit.builder(), BackendArchitectKit.CHECKED_BY, SOURCE));
    }

    /**
     * The outcome of loading the kit: the role, or the failure kept rather than thrown, because a
     * throwing static initializer would make every later call fail with NoClassDefFoundError
     * instead of the reason.
     */
    static final class Loaded {
        private final @Nullable Role role;
        private final @Nullable RuntimeException failure;

        private Loaded(@Nullable Role role, @Nullable RuntimeException failure) {
            this.role = role;
            this.failure = failure;
        }

        static Loaded of(Supplier<Role> load) {
            try {
                return new Loaded(load.get(), null);
            } catch (RuntimeException e) {
                return new Loaded(null, e);
            }
        }

        Role get() {
            if (role == null) {
                throw new InterviewKitException("the Backend Architect kit (" + SOURCE + ") cannot be loaded", failure);
            }
            return role;
        }
    }

    /**
     * Builds the kit from the builder the build generated: trusted when this library checked it,
     * validated in full otherwise, and required to be the Backend Architect role.
     */
    static Role checked(Role.Builder builder, String checkedBy, String name) {
        Role role = CheckedContent.build(builder, checkedBy);
        if (!role.id().equals(ID)) {
            throw new InterviewKitException(name + " holds the role '" + role.id() + "', not '" + ID + "'");
        }
        return role;
    }
}
