package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartExampleTest {
    @Test
    void buildRole_givesAValidRoleThatSurvivesAYamlRoundTrip() {
        Role role = QuickStartExample.buildRole();

        assertEquals("data-engineer", role.id());
        assertEquals(role, QuickStartExample.writeThenRead());
    }

    @Test
    void buildRole_withoutItsCompetency_isRejectedWithThePathOfTheBrokenReference() {
        ContentException e = assertThrows(ContentException.class,
                () -> Role.builder().from(QuickStartExample.buildRole()).competencies(List.of()).build());

        assertEquals("rubric.criteria[0].competencies[0]", e.violations().get(0).path());
        assertEquals("names no competency of this role", e.violations().get(0).message());
    }

    @Test
    void readme_showsTheQuickStartAsItIsHere() {
        ReadmeSnippets.assertReadmeShowsSnippetOf("src/main/java/io/github/interviewkit/examples/QuickStartExample.java");
    }
}
