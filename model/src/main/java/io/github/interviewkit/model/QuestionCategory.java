package io.github.interviewkit.model;

import java.util.List;
import java.util.Objects;

/**
 * The category, or interview stage, of a {@link Question}. Three are well known; content may define
 * more, each named by a slug such as {@code take-home}. Two categories are equal when their ids are
 * equal.
 */
public final class QuestionCategory {
    /** Screening: motivation, experience and logistics, asked before the main interviews. */
    public static final QuestionCategory SCREENING = new QuestionCategory("screening");
    /** Technical assessment: knowledge and design skill. */
    public static final QuestionCategory TECHNICAL = new QuestionCategory("technical");
    /** Behavioural: how the candidate acted in past situations. */
    public static final QuestionCategory BEHAVIOURAL = new QuestionCategory("behavioural");

    private final String id;

    private QuestionCategory(String id) {
        this.id = id;
    }

    /**
     * Returns the category with the given id.
     *
     * @param id a slug, e.g. {@code technical}
     * @return the category; the well-known constants for their ids
     * @throws NullPointerException if {@code id} is {@code null}
     * @throws ContentException if {@code id} is not a slug
     */
    public static QuestionCategory of(String id) {
        if (!Names.isSlug(Objects.requireNonNull(id, "id"))) {
            throw new ContentException("QuestionCategory", List.of(Violation.of("", id, Names.SLUG_MESSAGE)));
        }
        for (QuestionCategory known : List.of(SCREENING, TECHNICAL, BEHAVIOURAL)) {
            if (known.id.equals(id)) {
                return known;
            }
        }
        return new QuestionCategory(id);
    }

    /** @return the slug naming this category */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionCategory category && id.equals(category.id);
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
