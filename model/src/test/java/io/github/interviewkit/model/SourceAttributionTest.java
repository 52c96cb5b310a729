package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceAttributionTest {

    @Test
    void build_acceptsEveryAttribute() {
        SourceAttribution built = SourceAttribution.builder().title("Guide").reference("https://example.org/guide")
                .addQuoted("questions[*].text").addAuthored("rubric.criteria[*].anchors").note("Adapted.").build();

        assertEquals(Optional.of("https://example.org/guide"), built.reference());
        assertEquals(List.of("questions[*].text"), built.quoted());
        assertEquals(List.of("rubric.criteria[*].anchors"), built.authored());
        assertEquals(Optional.of("Adapted."), built.note());
    }

    @Test
    void build_reportsMissingTitle() {
        assertRejected(() -> SourceAttribution.builder().build(), problem("title", null, "is required"));
    }

    @Test
    void build_rejectsBlankParts() {
        assertRejected(() -> SourceAttribution.builder().title(" ").reference("").addQuoted("a", " ")
                        .addAuthored("").note("\t").build(),
                problem("authored[0]", "", "must not be blank"),
                problem("note", "\t", "must not be blank"),
                problem("quoted[1]", " ", "must not be blank"),
                problem("reference", "", "must not be blank"),
                problem("title", " ", "must not be blank"));
    }
}
