package io.github.interviewkit.content.backendarchitect;

import io.github.interviewkit.content.backendarchitect.internal.BackendArchitectPack;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.CheckedContent;
import io.github.interviewkit.model.spi.ContentPack;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * The Backend Architect interview kit.
 *
 * <pre>{@code
 * Role kit = BackendArchitect.role();
 * List<Question> technical = kit.questionsIn(QuestionCategory.TECHNICAL);
 * }</pre>
 *
 * <p>The kit is read and validated once, on the first call of {@link #role()} (or of the pack's
 * {@link ContentPack#role()}), and the same instance is returned afterwards, to every thread.
 * Loading this class does no other work.
 */
public final class BackendArchitect {
    /** The id of the kit, of its role and of its content pack: {@value}. */
    public static final String ID = "backend-architect";

    /**
     * The kit's checked copy, relative to this class's package: the JSON the build wrote from
     * {@code backend-architect.yaml} after validating it, with its stamp beside it.
     */
    static final String RESOURCE = "backend-architect.json";
    static final String STAMP = RESOURCE + ".checked";

    private BackendArchitect() {}

    /**
     * Returns the kit.
     *
     * @return the validated Backend Architect role; the same instance on every call
     * @throws InterviewKitException if the kit's resource is missing or invalid (a packaging
     *     defect); the failure of the first load is the cause, and every call throws
     */
    public static Role role() {
        if (Holder.FAILURE != null) {
            throw new InterviewKitException("the Backend Architect kit (" + Holder.NAME + ") cannot be loaded",
                    Holder.FAILURE);
        }
        return Holder.ROLE;
    }

    /**
     * Returns the kit as a content pack, for explicit registration:
     * {@code ContentPacks.builder().register(BackendArchitect.pack())}. It is the provider this
     * module registers for discovery; its {@code role()} is {@link #role()}.
     *
     * @return the pack, with the id {@value #ID}
     */
    public static ContentPack pack() {
        return new BackendArchitectPack();
    }

    /** Initialization-on-demand holder: the JVM loads the kit once, on first use, thread-safely. */
    private static final class Holder {
        static final String NAME = BackendArchitect.class.getPackageName().replace('.', '/') + '/' + RESOURCE;
        static final Role ROLE;
        static final RuntimeException FAILURE;

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
            try (InputStream json = BackendArchitect.class.getResourceAsStream(RESOURCE);
                 InputStream stamp = BackendArchitect.class.getResourceAsStream(STAMP)) {
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
