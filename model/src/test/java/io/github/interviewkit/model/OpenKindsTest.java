package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static io.github.interviewkit.model.ContentAssertions.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link CompetencyKind} and {@link QuestionCategory}: well-known constants plus kinds content defines. */
class OpenKindsTest {
    private static final String SLUG = "must be a slug: lower-case letters and digits joined by single hyphens";

    @Test
    void competencyKindOf_returnsTheWellKnownConstants() {
        assertSame(CompetencyKind.TECHNICAL, CompetencyKind.of("technical"));
        assertSame(CompetencyKind.INTERPERSONAL, CompetencyKind.of("interpersonal"));
        assertEquals("technical", CompetencyKind.TECHNICAL.id());
        assertEquals("interpersonal", CompetencyKind.INTERPERSONAL.toString());
    }

    @Test
    void competencyKindOf_acceptsKindsContentDefines() {
        CompetencyKind kind = CompetencyKind.of("domain-knowledge");

        assertEquals("domain-knowledge", kind.id());
        assertEquals(kind, CompetencyKind.of("domain-knowledge"));
        assertEquals(kind.hashCode(), CompetencyKind.of("domain-knowledge").hashCode());
        assertNotEquals(kind, CompetencyKind.TECHNICAL);
        assertNotEquals(kind, QuestionCategory.of("domain-knowledge"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Technical", "domain knowledge", "domain_knowledge", "-x", "x--y", "tech\u00e9"})
    void competencyKindOf_rejectsIdThatIsNotASlug(String id) {
        ContentException e = rejection(() -> CompetencyKind.of(id));

        assertEquals(java.util.List.of(problem("", id, SLUG)), e.violations());
        assertTrue(e.getMessage().startsWith("CompetencyKind is invalid: 1 problem"), e.getMessage());
    }

    @Test
    void questionCategoryOf_returnsTheWellKnownConstants() {
        assertSame(QuestionCategory.SCREENING, QuestionCategory.of("screening"));
        assertSame(QuestionCategory.TECHNICAL, QuestionCategory.of("technical"));
        assertSame(QuestionCategory.BEHAVIOURAL, QuestionCategory.of("behavioural"));
        assertEquals("behavioural", QuestionCategory.BEHAVIOURAL.toString());
    }

    @Test
    void questionCategoryOf_acceptsCategoriesContentDefines() {
        QuestionCategory category = QuestionCategory.of("take-home");

        assertEquals("take-home", category.id());
        assertEquals(category, QuestionCategory.of("take-home"));
        assertEquals(category.hashCode(), QuestionCategory.of("take-home").hashCode());
        assertNotEquals(category, QuestionCategory.TECHNICAL);
        assertNotEquals(QuestionCategory.of("behavioral"), QuestionCategory.BEHAVIOURAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Screening", "take home", "take_home", "home-", "a--b"})
    void questionCategoryOf_rejectsIdThatIsNotASlug(String id) {
        assertRejected(() -> QuestionCategory.of(id), problem("", id, SLUG));
        assertTrue(rejection(() -> QuestionCategory.of(id)).getMessage().startsWith("QuestionCategory is invalid"));
    }

    @org.junit.jupiter.api.Test
    void of_rejectsANullIdByName() {
        assertEquals("id", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> CompetencyKind.of(null)).getMessage());
        assertEquals("id", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> QuestionCategory.of(null)).getMessage());
    }
}
