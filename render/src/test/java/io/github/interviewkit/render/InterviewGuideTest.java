package io.github.interviewkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Violations;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InterviewGuideTest {
    @Test
    void everyProblemIsReportedTogether() {
        ContentException e = assertThrows(ContentException.class, () -> InterviewGuide.builder().id(" ").title("")
                .minutes(0).addInterviewers("alice", "alice", " ").addQuestions().build());
        assertEquals(List.of("id", "interviewers[1]", "interviewers[2]", "minutes", "questions", "role", "title"),
                e.violations().stream().map(v -> v.path()).toList());
    }

    @Test
    void idsTheRoleDoesNotHoldAreProblems() {
        Violations problems = Violations.collector();
        Optional<InterviewGuide> guide = InterviewGuide.builder().role(Fixtures.KIT).id("x")
                .addQuestions("restful-api-design", "no-such-question", "restful-api-design")
                .addCriteria("no-such-criterion").tryBuild(problems);
        assertTrue(guide.isEmpty());
        assertEquals(List.of("criteria[0]: is not a criterion of the role backend-architect",
                        "questions[1]: is not a question of the role backend-architect",
                        "questions[2]: repeats questions[0]"),
                problems.list().stream().map(v -> v.path() + ": " + v.message()).toList());
    }

    @Test
    void theStageAndCriteriaDefaultToWhatTheQuestionsSay() {
        InterviewGuide guide = InterviewGuide.builder().role(Fixtures.KIT).id("technical-1")
                .addQuestions("high-load-data").build();
        assertEquals(QuestionCategory.TECHNICAL, guide.stage());
        // In rubric order, whatever the question's order.
        assertEquals(List.of("system-design", "database-systems"), guide.criteria().stream().map(c -> c.id()).toList());
        assertEquals(List.of("database-systems", "system-design"),
                Fixtures.KIT.question("high-load-data").orElseThrow().criteria());
        assertEquals(OptionalInt.empty(), guide.minutes());
        assertEquals(Optional.empty(), guide.title());
        assertEquals(List.of(), guide.interviewers());
        assertEquals("technical-1 (backend-architect, technical, 1 questions)", guide.toString());
    }

    @Test
    void givenCriteriaAreRatedInTheOrderGivenAndGuidesCompareByValue() {
        InterviewGuide.Builder builder = InterviewGuide.builder().role(Fixtures.KIT).id("t").title("T").minutes(30)
                .stage(QuestionCategory.TECHNICAL).addAllInterviewers(List.of("alice"))
                .addAllQuestions(List.of("high-load-data")).addCriteria("cloud-architecture", "system-design");
        InterviewGuide guide = builder.build();
        assertEquals(List.of("cloud-architecture", "system-design"), guide.criteria().stream().map(c -> c.id()).toList());
        assertEquals(guide, builder.build());
        assertEquals(guide.hashCode(), builder.build().hashCode());
        assertNotEquals(guide, builder.id("u").build());
        assertEquals(Optional.of("T"), guide.title());
        assertEquals(OptionalInt.of(30), guide.minutes());
        assertEquals(Fixtures.KIT, guide.role());
        assertEquals("t", guide.id());
    }

    @Test
    void aNullArgumentIsNamed() {
        assertEquals("questionIds[0]", assertThrows(NullPointerException.class,
                () -> InterviewGuide.builder().addQuestions((String) null)).getMessage());
        assertEquals("role", assertThrows(NullPointerException.class,
                () -> InterviewGuide.builder().role(null)).getMessage());
    }
}
