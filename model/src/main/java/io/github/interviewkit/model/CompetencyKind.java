package io.github.interviewkit.model;

import java.util.List;
import java.util.Objects;

/**
 * The kind of a {@link Competency}. Two kinds are well known; content may define more, each named
 * by a slug such as {@code domain-knowledge}. Two kinds are equal when their ids are equal.
 */
public final class CompetencyKind {
    /** A technical skill or body of knowledge, e.g. API design. */
    public static final CompetencyKind TECHNICAL = new CompetencyKind("technical");
    /** An interpersonal or behavioural quality, e.g. excellent communication. */
    public static final CompetencyKind INTERPERSONAL = new CompetencyKind("interpersonal");

    private final String id;

    private CompetencyKind(String id) {
        this.id = id;
    }

    /**
     * Returns the kind with the given id.
     *
     * @param id a slug, e.g. {@code technical}
     * @return the kind; the well-known constants for their ids
     * @throws NullPointerException if {@code id} is {@code null}
     * @throws ContentException if {@code id} is not a slug
     */
    public static CompetencyKind of(String id) {
        if (!Names.isSlug(Objects.requireNonNull(id, "id"))) {
            throw new ContentException("CompetencyKind", List.of(Violation.of("", id, Names.SLUG_MESSAGE)));
        }
        return id.equals(TECHNICAL.id) ? TECHNICAL : id.equals(INTERPERSONAL.id) ? INTERPERSONAL : new CompetencyKind(id);
    }

    /** @return the slug naming this kind */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompetencyKind kind && id.equals(kind.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** @return the id */
    @Override
    public String toString() {
        return id;
    }
}
