package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violations;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's snippet of checking a value without an exception, kept compiling and running. */
class ReadmeModelSnippetTest {
    @Test
    void snippet_collectsEveryProblemInsteadOfThrowing() {
        Role.Builder builder = Role.builder().id("Data Engineer").title(" ");
        // --- README snippet begins
        Violations problems = Violations.collector();
        Optional<Role> role = builder.tryBuild(problems);                // empty when anything is wrong
        List<String> marks = problems.list().stream()                    // one entry per problem, by path
                .map(p -> p.path() + ": " + p.message()).toList();
        // --- README snippet ends

        assertTrue(role.isEmpty());
        assertTrue(marks.stream().anyMatch(m -> m.startsWith("id: ")), marks::toString);
        assertTrue(marks.stream().anyMatch(m -> m.startsWith("title: ")), marks::toString);
        assertTrue(marks.stream().anyMatch(m -> m.startsWith("rubric: ")), marks::toString);
    }

    @Test
    void readme_showsTheSnippetAsItIsHere() {
        ReadmeSnippets.assertReadmeShowsSnippetOf("src/test/java/io/github/interviewkit/examples/ReadmeModelSnippetTest.java");
    }
}
