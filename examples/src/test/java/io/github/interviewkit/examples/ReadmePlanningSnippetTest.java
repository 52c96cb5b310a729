package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.planning.ChoiceReason;
import io.github.interviewkit.planning.Interview;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.planning.Plan;
import io.github.interviewkit.planning.PlanningOptions;
import io.github.interviewkit.planning.PlanningProblem;
import io.github.interviewkit.planning.PlanningResult;
import io.github.interviewkit.planning.PlanningStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planning snippet of the README, kept compiling and running. */
class ReadmePlanningSnippetTest {
    @Test
    void snippet_plansAScreenAndATechnicalInterview() {
        // --- README snippet begins
        Role kit = BackendArchitect.role();
        PlanningProblem problem = PlanningProblem.builder().role(kit)
                .addInterviews(
                        Interview.builder().id("screening").stage(QuestionCategory.SCREENING).minutes(15)
                                .addInterviewers("riley").build(),
                        Interview.builder().id("technical").stage(QuestionCategory.TECHNICAL).minutes(45)
                                .addInterviewers("alice", "bob").addMustCover("database-systems").build())
                .options(PlanningOptions.builder().reservedMinutes(5).ban("backend-security", "technical").build())
                .build();                                  // throws ContentException listing every problem
        PlanningResult result = InterviewPlanner.builder().timeLimit(Duration.ofSeconds(2)).build().plan(problem);
        Plan plan = result.plan().orElseThrow();           // IMPOSSIBLE instead: result.conflict() says why
        String explained = plan.explanation();             // questions and why, unused minutes, who sees what
        // --- README snippet ends

        // Screening: 10 minutes hold attraction (3), relevant-experience (5) and salary (2). Technical:
        // 40 minutes; coverage 14 needs high-load-data, microservices-considerations and
        // restful-api-design or sync-async-communication (34 minutes; the smaller sorted list wins).
        assertEquals(PlanningStatus.OPTIMAL, result.status());
        assertEquals(List.of(List.of("attraction-to-role", "relevant-experience", "salary-expectations"),
                List.of("high-load-data", "microservices-considerations", "restful-api-design")), plan.order());
        assertEquals(List.of(ChoiceReason.MUST_COVER, ChoiceReason.COVERAGE), plan.interview("technical").orElseThrow()
                .questions().stream().filter(question -> question.id().equals("high-load-data")).findFirst()
                .orElseThrow().reasons());
        assertTrue(explained.startsWith("Plan for Backend Architect (backend-architect): 2 interviews, 6 questions, "
                + "44 planned minutes; proved optimal.\n"), explained);
    }

    @Test
    void readme_showsTheSnippet() {
        ReadmeSnippets.assertReadmeShowsSnippetOf(
                "src/test/java/io/github/interviewkit/examples/ReadmePlanningSnippetTest.java");
    }
}
