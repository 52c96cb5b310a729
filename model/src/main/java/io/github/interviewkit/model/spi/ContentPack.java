package io.github.interviewkit.model.spi;

import io.github.interviewkit.model.Role;

/**
 * A ready-made interview kit for one role, shipped by a content module.
 *
 * <p>An implementation is a provider of this service: a public class with a public no-argument
 * constructor, registered with {@code provides} in the module's {@code module-info.java} and in
 * {@code META-INF/services/io.github.interviewkit.model.spi.ContentPack}. Creating it should do no
 * work; {@link #role()} loads the kit on first use, once, and is safe to call from several threads.
 *
 * <p>{@link ContentPacks} checks every pack it is given: {@link #id()} must equal the id of the
 * {@link #role()} it returns, and a pack that throws is reported, never skipped.
 */
public interface ContentPack {

    /**
     * Returns the pack's id, the id of the role it ships.
     *
     * @return a slug such as {@code backend-architect}; never {@code null}
     */
    String id();

    /**
     * Returns the kit: the validated role with its question bank, rubric and pitfalls.
     *
     * @return the same role on every call
     * @throws io.github.interviewkit.model.InterviewKitException if the pack's content cannot be
     *     loaded or is invalid
     */
    Role role();
}
