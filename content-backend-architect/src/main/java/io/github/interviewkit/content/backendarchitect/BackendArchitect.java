package io.github.interviewkit.content.backendarchitect;

import io.github.interviewkit.content.backendarchitect.internal.BackendArchitectPack;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.spi.ContentPack;

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
    public static final String ID = BackendArchitectPack.ID;

    private BackendArchitect() {}

    /**
     * Returns the kit.
     *
     * @return the validated Backend Architect role; the same instance on every call
     * @throws InterviewKitException if the kit's resource is missing or invalid (a packaging
     *     defect); the failure of the first load is the cause, and every call throws
     */
    public static Role role() {
        return BackendArchitectPack.kit();
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
}
