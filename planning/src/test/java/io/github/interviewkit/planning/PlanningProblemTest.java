package io.github.interviewkit.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.Violations;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanningProblemTest {
    private static List<String> problems(ContentException failure) {
        return failure.violations().stream().map(Violation::toString).toList();
    }

    @Test
    void build_checksTheLoopAgainstTheRole_everyProblemWithItsPath() {
        Interview technical = Interview.builder().id("technical").stage(QuestionCategory.TECHNICAL).minutes(45)
                .addInterviewers("alice").addMustCover("system-design", "sql-skills").build();
        Interview again = Interview.builder().from(technical).addMustCover().build();
        Interview takeHome = Interview.builder().id("take-home").stage(QuestionCategory.of("take-home")).minutes(90)
                .addInterviewers("bob").addOnlyCriteria("cloud").build();
        PlanningOptions options = PlanningOptions.builder()
                .pin("mentoring", "technical")
                .pin("no-such-question", "final")
                .ban("restful-api-design", "behavioural")
                .build();

        ContentException failure = assertThrows(ContentException.class, () -> PlanningProblem.builder()
                .role(BackendArchitect.role()).addInterviews(technical, takeHome, again).options(options).build());

        assertEquals(List.of(
                "interviews[0].mustCover[1]: names no criterion of role 'backend-architect' (was \"sql-skills\")",
                "interviews[1].onlyCriteria[0]: names no criterion of role 'backend-architect' (was \"cloud\")",
                "interviews[1].stage: no question of role 'backend-architect' has this stage (was \"take-home\")",
                "interviews[2].id: repeats the id of interviews[0] (was \"technical\")",
                "interviews[2].mustCover[1]: names no criterion of role 'backend-architect' (was \"sql-skills\")",
                "options.bans[0].interview: names no interview of the loop (was \"behavioural\")",
                "options.pins[0]: question 'mentoring' is a behavioural question and interview 'technical' a technical "
                        + "interview; a question is placed only in an interview of its stage (was \"mentoring in technical\")",
                "options.pins[1].interview: names no interview of the loop (was \"final\")",
                "options.pins[1].question: names no question of role 'backend-architect' (was \"no-such-question\")"),
                problems(failure));
    }

    @Test
    void build_rejectsPinningAQuestionWithoutMinutes_unlessDefaultMinutesAreSet() {
        Role role = Role.builder().from(BackendArchitect.role())
                .questions(BackendArchitect.role().questions().stream().map(question -> question.id().equals("mentoring")
                        ? Question.builder().from(question).estimatedMinutes(java.util.OptionalInt.empty()).build()
                        : question).toList())
                .build();
        Interview behavioural = Interview.builder().id("behavioural").stage(QuestionCategory.BEHAVIOURAL).minutes(30)
                .addInterviewers("carol", "dan").build();
        PlanningProblem.Builder problem = PlanningProblem.builder().role(role).addInterviews(behavioural);

        ContentException failure = assertThrows(ContentException.class,
                () -> problem.options(PlanningOptions.builder().pin("mentoring", "behavioural").build()).build());
        assertEquals(List.of("options.pins[0].question: has no estimated minutes and options.defaultQuestionMinutes is not "
                + "set, so it cannot be planned (was \"mentoring\")"), problems(failure));

        PlanningProblem withDefault = problem.options(PlanningOptions.builder().defaultQuestionMinutes(6)
                .pin("mentoring", "behavioural").build()).build();
        assertEquals(6, withDefault.minutesOf(withDefault.role().question("mentoring").orElseThrow()).getAsInt());
        PlannedQuestion mentoring = InterviewPlanner.standard().plan(withDefault).plan().orElseThrow().interviews().get(0)
                .questions().stream().filter(question -> question.id().equals("mentoring")).findFirst().orElseThrow();
        assertEquals(6, mentoring.minutes());
        assertFalse(mentoring.minutesEstimated());
    }

    /* Parts given as builders are built with the problem: their problems come with its own, under their paths. */
    @Test
    void build_reportsTheProblemsOfPartsGivenAsBuilders_underTheirPaths() {
        PlanningProblem.Builder problem = PlanningProblem.builder().role(BackendArchitect.role())
                .addInterviews(Interview.builder().id("technical").stage(QuestionCategory.TECHNICAL).minutes(45)
                        .addInterviewers("alice", "bob"))
                .addInterviews(Interview.builder().id("Bad Id").minutes(0).addInterviewers("carol").addMustCover("nope"))
                .options(PlanningOptions.builder().reservedMinutes(-1).pin("mentoring", "technical"));
        List<String> expected = List.of(
                "interviews[1].id: must be a slug: lower-case letters and digits joined by single hyphens (was \"Bad Id\")",
                "interviews[1].minutes: must be at least 1 (was 0)",
                "interviews[1].stage: is required (was nothing)",
                "options.reservedMinutes: must not be negative (was -1)");

        assertEquals(expected, problems(assertThrows(ContentException.class, problem::build)));
        Violations collected = Violations.collector();
        assertTrue(problem.tryBuild(collected.under("plan")).isEmpty());
        assertEquals(expected.stream().map(line -> "plan." + line).toList(),
                collected.list().stream().map(Violation::toString).toList());
    }

    @Test
    void build_ofPartsGivenAsBuilders_equalsTheSameFromValues() {
        Interview.Builder technical = Interview.builder().id("technical").stage(QuestionCategory.TECHNICAL).minutes(45)
                .addInterviewers("alice", "bob");
        PlanningOptions.Builder options = PlanningOptions.builder().reservedMinutes(5);
        PlanningProblem fromBuilders = PlanningProblem.builder().role(BackendArchitect.role()).addInterviews(technical)
                .options(options).build();

        assertEquals(KitLoops.technical(45, 5), fromBuilders);
        assertEquals(fromBuilders, PlanningProblem.builder().from(fromBuilders).build());
    }

    @Test
    void build_requiresARoleAndAnInterview() {
        ContentException failure = assertThrows(ContentException.class, () -> PlanningProblem.builder().build());
        assertEquals(List.of("interviews: needs at least one interview (was nothing)", "role: is required (was nothing)"),
                problems(failure));
    }

    @Test
    void build_rejectsWeightsTooFineForTheSolver() {
        Role base = BackendArchitect.role();
        List<EvaluationCriterion> fine = base.rubric().criteria().stream().map(criterion -> EvaluationCriterion.builder()
                .from(criterion).weight(new BigDecimal("1.0000001")).build()).toList();
        Role role = Role.builder().from(base).rubric(io.github.interviewkit.model.Rubric.builder().from(base.rubric())
                .criteria(fine).build()).build();

        ContentException failure = assertThrows(ContentException.class, () -> PlanningProblem.builder().role(role)
                .addInterviews(KitLoops.interview("technical", QuestionCategory.TECHNICAL, 60, "alice", "bob")).build());
        assertEquals(List.of("role.rubric.criteria: the weights, scaled to integers, give a weighted coverage above "
                + "21474836, more than the exact solver represents (was \"5 criteria\")"), problems(failure));
    }

    @Test
    void required_followsTheOptions() {
        PlanningProblem problem = PlanningProblem.builder().from(KitLoops.technical(60, 5))
                .options(PlanningOptions.builder().interviewersPerMustHave(3).interviewersPerCriterion(2).build()).build();
        Role role = problem.role();

        assertEquals(3, problem.required(role.criterion("system-design").orElseThrow()));
        assertEquals(2, problem.required(role.criterion("database-systems").orElseThrow()));
        assertEquals("technical", problem.interview("technical").orElseThrow().id());
    }

    @Test
    void setters_rejectNullNamingTheArgument() {
        assertEquals("role", assertThrows(NullPointerException.class, () -> PlanningProblem.builder().role(null)).getMessage());
        assertEquals("interviews[0]", assertThrows(NullPointerException.class,
                () -> PlanningProblem.builder().addInterviews((Interview) null)).getMessage());
        assertEquals("options", assertThrows(NullPointerException.class,
                () -> PlanningProblem.builder().options((PlanningOptions) null)).getMessage());
    }
}
