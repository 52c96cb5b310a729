package io.github.interviewkit.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewTest {
    private static List<String> problems(ContentException failure) {
        return failure.violations().stream().map(Violation::toString).toList();
    }

    @Test
    void build_keepsEveryAttribute() {
        Interview interview = Interview.builder().id("technical-1").stage(QuestionCategory.TECHNICAL).minutes(60)
                .addInterviewers("alice", "bob").addMustCover("system-design").addOnlyCriteria("system-design", "database-systems")
                .build();

        assertEquals("technical-1", interview.id());
        assertEquals(QuestionCategory.TECHNICAL, interview.stage());
        assertEquals(60, interview.minutes());
        assertEquals(List.of("alice", "bob"), interview.interviewers());
        assertEquals(List.of("system-design"), interview.mustCover());
        assertEquals(List.of("system-design", "database-systems"), interview.onlyCriteria());
        assertEquals(interview, Interview.builder().from(interview).build());
        assertEquals("technical-1 (technical, 60 min, alice, bob; must cover system-design; only system-design, "
                + "database-systems)", interview.toString());
    }

    @Test
    void build_reportsEveryProblemAtOnce() {
        ContentException failure = assertThrows(ContentException.class, () -> Interview.builder().id("Technical 1")
                .minutes(0).addMustCover("system-design", " ", "system-design").addOnlyCriteria("x", "x").build());

        assertEquals(List.of(
                "id: must be a slug: lower-case letters and digits joined by single hyphens (was \"Technical 1\")",
                "interviewers: needs at least one interviewer (was nothing)",
                "minutes: must be at least 1 (was 0)",
                "mustCover[1]: must not be blank (was \" \")",
                "mustCover[2]: repeats the criterion of mustCover[0] (was \"system-design\")",
                "onlyCriteria[1]: repeats the criterion of onlyCriteria[0] (was \"x\")",
                "stage: is required (was nothing)"), problems(failure));
    }

    @Test
    void build_requiresIdAndMinutes_andRejectsRepeatedInterviewers() {
        ContentException failure = assertThrows(ContentException.class, () -> Interview.builder()
                .stage(QuestionCategory.SCREENING).addInterviewers("riley", "riley").build());

        assertEquals(List.of("id: is required (was nothing)",
                "interviewers[1]: repeats the interviewer of interviewers[0] (was \"riley\")",
                "minutes: is required (was nothing)"), problems(failure));
    }

    @Test
    void setters_rejectNullNamingTheArgument() {
        Interview.Builder builder = Interview.builder();
        assertEquals("id", assertThrows(NullPointerException.class, () -> builder.id(null)).getMessage());
        assertEquals("stage", assertThrows(NullPointerException.class, () -> builder.stage(null)).getMessage());
        assertEquals("interviewerIds[1]", assertThrows(NullPointerException.class,
                () -> builder.addInterviewers("alice", null)).getMessage());
        assertEquals("criterionIds", assertThrows(NullPointerException.class,
                () -> builder.addMustCover((String[]) null)).getMessage());
        assertEquals("interview", assertThrows(NullPointerException.class, () -> builder.from(null)).getMessage());
    }
}
