package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertNullRejected;
import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static io.github.interviewkit.model.ValidValues.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QuestionTest {

    @Test
    void build_acceptsEveryAttribute() {
        Question built = question("design-an-api", "api-design").addCriteria("system-design")
                .addFollowUps("How would you version it?", "What breaks first?")
                .strongAnswer("Names consumers, versioning and failure modes.")
                .addPitfalls("overengineering").estimatedMinutes(15).category(QuestionCategory.of("take-home"))
                .build();

        assertEquals(List.of("api-design"), built.competencies());
        assertEquals(List.of("system-design"), built.criteria());
        assertEquals(List.of("How would you version it?", "What breaks first?"), built.followUps());
        assertEquals(Optional.of("Names consumers, versioning and failure modes."), built.strongAnswer());
        assertEquals(OptionalInt.of(15), built.estimatedMinutes());
        assertEquals(QuestionCategory.of("take-home"), built.category());
    }

    @Test
    void logistics_defaultsToFalse() {
        assertFalse(question("q").build().logistics());
    }

    @Test
    void build_reportsMissingAttributes() {
        assertRejected(() -> Question.builder().build(),
                problem("category", null, "is required"),
                problem("id", null, "is required"),
                problem("text", null, "is required"));
    }

    @Test
    void build_rejectsEstimatedMinutesThatAreNotPositive() {
        assertRejected(() -> question("q").estimatedMinutes(0).build(),
                problem("estimatedMinutes", 0, "must be greater than 0"));
        assertRejected(() -> question("q").estimatedMinutes(-5).build(),
                problem("estimatedMinutes", -5, "must be greater than 0"));
    }

    @Test
    void build_rejectsBlankTextFollowUpAndStrongAnswer() {
        assertRejected(() -> question("q").text(" ").addFollowUps("Why?", "").strongAnswer("\n").build(),
                problem("followUps[1]", "", "must not be blank"),
                problem("strongAnswer", "\n", "must not be blank"),
                problem("text", " ", "must not be blank"));
    }

    @Test
    void builder_rejectsNullReferencesByName() {
        assertNullRejected("competencies element", () -> question("q").addCompetencies((String) null));
        assertNullRejected("criteria element", () -> question("q").addCriteria((String) null));
        assertNullRejected("pitfalls element", () -> question("q").addPitfalls((String) null));
    }

    @Test
    void build_rejectsIdThatIsNotASlug() {
        assertRejected(() -> question("Q1").build(),
                problem("id", "Q1", "must be a slug: lower-case letters and digits joined by single hyphens"));
    }
}
