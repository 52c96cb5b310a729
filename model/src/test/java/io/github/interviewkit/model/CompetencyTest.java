package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertNullRejected;
import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static io.github.interviewkit.model.ContentAssertions.rejection;
import static io.github.interviewkit.model.ValidValues.competency;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompetencyTest {
    private static final String SLUG = "must be a slug: lower-case letters and digits joined by single hyphens";

    @Test
    void build_acceptsEveryAttribute() {
        Competency built = Competency.builder().id("cloud-services").name("Cloud services")
                .kind(CompetencyKind.of("domain-knowledge")).description("Runs systems on public clouds.")
                .addExamples("AWS", "Azure", "Google Cloud")
                .addFrameworkReferences(FrameworkReference.of("ESCO", "http://data.europa.eu/esco/skill/x"))
                .build();

        assertEquals("cloud-services", built.id());
        assertEquals(CompetencyKind.of("domain-knowledge"), built.kind());
        assertEquals(Optional.of("Runs systems on public clouds."), built.description());
        assertEquals(List.of("AWS", "Azure", "Google Cloud"), built.examples());
        assertEquals("ESCO", built.frameworkReferences().get(0).framework());
    }

    @Test
    void build_leavesOptionalPartsEmpty() {
        Competency built = competency("api-design").build();

        assertEquals(Optional.empty(), built.description());
        assertTrue(built.examples().isEmpty());
        assertTrue(built.frameworkReferences().isEmpty());
    }

    @Test
    void build_reportsMissingAttributes() {
        ContentException e = rejection(() -> Competency.builder().build());

        assertEquals(List.of(problem("id", null, "is required"), problem("kind", null, "is required"),
                problem("name", null, "is required")), e.violations());
        assertTrue(e.getMessage().startsWith("Competency is invalid: 3 problems"), e.getMessage());
    }

    @Test
    void build_rejectsIdThatIsNotASlug() {
        assertRejected(() -> competency("API design").build(), problem("id", "API design", SLUG));
    }

    @Test
    void build_rejectsBlankNameDescriptionAndExample() {
        assertRejected(() -> competency("api-design").name("").description(" ").addExamples("REST", "  ").build(),
                problem("description", " ", "must not be blank"),
                problem("examples[1]", "  ", "must not be blank"),
                problem("name", "", "must not be blank"));
    }

    @Test
    void builder_rejectsNullExampleAndFrameworkReferenceByName() {
        assertNullRejected("examples element", () -> competency("api-design").addExamples((String) null));
        assertNullRejected("frameworkReferences element",
                () -> competency("api-design").addFrameworkReferences((FrameworkReference) null));
        assertNullRejected("builder", () -> competency("api-design").addFrameworkReferences((FrameworkReference.Builder) null));
    }

    @Test
    void equality_followsEveryAttribute() {
        assertEquals(competency("a").description("d").build(), competency("a").description("d").build());
        assertEquals(competency("a").build().hashCode(), competency("a").build().hashCode());
        assertTrue(!competency("a").build().equals(competency("a").kind(CompetencyKind.INTERPERSONAL).build()));
    }

    @Test
    void builder_optionalSetterTakesEmptyAsAbsentAndRejectsNull() {
        Competency competency = Competency.builder().id("sql").name("SQL").kind(CompetencyKind.TECHNICAL)
                .description("d").description(java.util.Optional.empty()).build();

        assertEquals(java.util.Optional.empty(), competency.description());
        assertNullRejected("description", () -> Competency.builder().description((String) null));
    }
}
