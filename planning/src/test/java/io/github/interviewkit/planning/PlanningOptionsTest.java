package io.github.interviewkit.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanningOptionsTest {
    @Test
    void defaults_areTheIssuesDefaults() {
        PlanningOptions defaults = PlanningOptions.defaults();

        assertEquals(0, defaults.reservedMinutes());
        assertEquals(2, defaults.interviewersPerMustHave());
        assertEquals(1, defaults.interviewersPerCriterion());
        assertTrue(defaults.maxQuestionsPerInterview().isEmpty());
        assertTrue(defaults.defaultQuestionMinutes().isEmpty());
        assertEquals(List.of(), defaults.pins());
        assertEquals(List.of(), defaults.bans());
        assertEquals(defaults, PlanningOptions.builder().build());
    }

    @Test
    void build_keepsEveryOption() {
        PlanningOptions options = PlanningOptions.builder().reservedMinutes(5).interviewersPerMustHave(3)
                .interviewersPerCriterion(2).maxQuestionsPerInterview(4).defaultQuestionMinutes(7)
                .pin("mentoring", "behavioural").ban("team-conflict", "behavioural").build();

        assertEquals(5, options.reservedMinutes());
        assertEquals(3, options.interviewersPerMustHave());
        assertEquals(2, options.interviewersPerCriterion());
        assertEquals(4, options.maxQuestionsPerInterview().getAsInt());
        assertEquals(7, options.defaultQuestionMinutes().getAsInt());
        assertEquals(List.of(Placement.of("mentoring", "behavioural")), options.pins());
        assertEquals(List.of(Placement.of("team-conflict", "behavioural")), options.bans());
        assertEquals(options, PlanningOptions.builder().from(options).build());
    }

    @Test
    void build_reportsEveryProblemAtOnce() {
        ContentException failure = assertThrows(ContentException.class, () -> PlanningOptions.builder()
                .reservedMinutes(-1).interviewersPerMustHave(0).interviewersPerCriterion(0).maxQuestionsPerInterview(0)
                .defaultQuestionMinutes(0)
                .pin("mentoring", "behavioural").pin("mentoring", "behavioural").pin("mentoring", "technical")
                .ban("mentoring", "behavioural").ban("team-conflict", "behavioural").ban("team-conflict", "behavioural")
                .build());

        assertEquals(List.of(
                "bans[0]: bans what pins[0] pins (was \"mentoring in behavioural\")",
                "bans[2]: repeats bans[1] (was \"team-conflict in behavioural\")",
                "defaultQuestionMinutes: must be at least 1 (was 0)",
                "interviewersPerCriterion: must be at least 1 (was 0)",
                "interviewersPerMustHave: must be at least 1 (was 0)",
                "maxQuestionsPerInterview: must be at least 1 (was 0)",
                "pins[1]: repeats pins[0] (was \"mentoring in behavioural\")",
                "pins[2].question: is already pinned by pins[0]; a question is asked at most once in the loop (was \"mentoring\")",
                "reservedMinutes: must not be negative (was -1)"),
                failure.violations().stream().map(Violation::toString).toList());
    }

    @Test
    void setters_rejectNullNamingTheArgument() {
        assertEquals("questionId", assertThrows(NullPointerException.class,
                () -> PlanningOptions.builder().pin(null, "technical")).getMessage());
        assertEquals("interviewId", assertThrows(NullPointerException.class,
                () -> PlanningOptions.builder().ban("mentoring", null)).getMessage());
        assertEquals("question", assertThrows(NullPointerException.class, () -> Placement.of(null, "x")).getMessage());
    }
}
