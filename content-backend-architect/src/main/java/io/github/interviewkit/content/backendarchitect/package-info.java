/**
 * The Backend Architect interview kit: its competencies, question bank, rubric with behaviourally
 * anchored levels, pitfalls, experience requirement and salary band, as one validated
 * {@link io.github.interviewkit.model.Role}.
 *
 * <p>{@link io.github.interviewkit.content.backendarchitect.BackendArchitect#role()} returns the
 * kit, loaded on first use from the resource
 * {@code io/github/interviewkit/content/backendarchitect/backend-architect.yaml}. The module also
 * provides the kit as an {@link io.github.interviewkit.model.spi.ContentPack} with the id
 * {@value io.github.interviewkit.content.backendarchitect.BackendArchitect#ID}, so that
 * {@link io.github.interviewkit.model.spi.ContentPacks} finds it on the module path and the class
 * path alike.
 *
 * <p>The role's {@link io.github.interviewkit.model.Role#source() source attribution} tells what is
 * quoted word for word from the recruiter's guide the kit is based on and what interviewkit added
 * (question links, follow-ups, strong answers, weights, must-haves and anchors).
 */
@NullMarked
package io.github.interviewkit.content.backendarchitect;

import org.jspecify.annotations.NullMarked;
