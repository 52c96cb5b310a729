package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void readme_showsTheQuickStartAsItIsHere() throws IOException {
        Path readme = Path.of(System.getProperty("user.dir")).resolveSibling("README.md");
        Path source = Path.of(System.getProperty("user.dir"),
                "src/main/java/io/github/interviewkit/examples/QuickStartExample.java");
        List<String> code = Files.readAllLines(source).stream()
                .dropWhile(line -> !line.contains("RatingScale scale = RatingScale.of("))
                .takeWhile(line -> !line.contains("return role;"))
                .map(String::strip).toList();
        String text = Files.readString(readme);

        for (String line : code) {
            assertTrue(text.contains(line), "README lacks: " + line);
        }
    }
}
