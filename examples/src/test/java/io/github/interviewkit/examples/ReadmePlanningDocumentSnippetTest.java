package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.planning.Interview;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.planning.Plan;
import io.github.interviewkit.planning.PlanningOptions;
import io.github.interviewkit.planning.PlanningProblem;
import org.junit.jupiter.api.Test;

/** The README's snippet of a planning problem and a plan as documents, kept compiling and running. */
class ReadmePlanningDocumentSnippetTest {
    @Test
    void snippet_writesAndReadsTheProblem_andWritesThePlan() {
        Role kit = BackendArchitect.role();
        PlanningProblem problem = PlanningProblem.builder().role(kit)
                .addInterviews(Interview.builder().id("technical").stage(QuestionCategory.TECHNICAL).minutes(45)
                        .addInterviewers("alice", "bob").build())
                .options(PlanningOptions.builder().reservedMinutes(5).build())
                .build();
        Plan plan = InterviewPlanner.standard().plan(problem).plan().orElseThrow();
        // --- README snippet begins
        String yaml = problem.write(ContentFormat.YAML);           // names the role by id and contentVersion
        PlanningProblem again = PlanningProblem.read(yaml, ContentFormat.YAML, kit); // the caller supplies the role
        String json = plan.write(ContentFormat.JSON);              // plans are written, not read
        String schema = PlanningProblem.jsonSchema();              // JSON Schema 2020-12; Plan.jsonSchema() too
        // --- README snippet ends

        assertEquals(problem, again);
        assertTrue(yaml.startsWith("role: \"backend-architect\"\n") || yaml.startsWith("role: backend-architect\n"), yaml);
        assertTrue(json.contains("\"questionCount\": " + plan.questionCount()), json);
        assertTrue(schema.contains("https://interviewkit.github.io/schemas/1/planning-problem.schema.json"));
    }

    @Test
    void readme_showsTheSnippet() {
        ReadmeSnippets.assertReadmeShowsSnippetOf(
                "src/test/java/io/github/interviewkit/examples/ReadmePlanningDocumentSnippetTest.java");
    }
}
