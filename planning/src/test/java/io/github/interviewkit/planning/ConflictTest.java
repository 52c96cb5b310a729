package io.github.interviewkit.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Impossible loops of the Backend Architect kit and the conflicts that explain them. Each expected
 * conflict is derived by hand: the constraints in it cannot hold together, and dropping any one of
 * them leaves a loop that has a plan; where a loop has several such sets, the comment follows the
 * order in which {@link ConflictFinder} tries to drop constraints (the last named ones first).
 */
class ConflictTest {
    private static Conflict conflict(PlanningProblem problem) {
        PlanningResult result = InterviewPlanner.standard().plan(problem);
        assertEquals(PlanningStatus.IMPOSSIBLE, result.status(), result::toString);
        assertTrue(result.plan().isEmpty());
        Conflict conflict = result.conflict().orElseThrow();
        assertTrue(conflict.isMinimal());
        return conflict;
    }

    private static PlanningProblem loop(PlanningOptions options, Interview... interviews) {
        return PlanningProblem.builder().role(BackendArchitect.role()).addInterviews(interviews).options(options).build();
    }

    /*
     * Only technical and behavioural questions inform system-design, and the loop's one technical
     * interview has one interviewer. explains-architectural-choices fails the same way on its own;
     * it is tried first, found not to be needed (system-design still fails), and dropped.
     */
    @Test
    void mustHaveWithOneInterviewer_isTheWholeConflict() {
        Conflict conflict = conflict(loop(PlanningOptions.builder().reservedMinutes(5).build(),
                KitLoops.interview("technical", QuestionCategory.TECHNICAL, 45, "alice")));

        assertEquals(List.of(LoopConstraint.Kind.MUST_HAVE), conflict.constraints().stream().map(LoopConstraint::kind).toList());
        assertEquals("system-design", conflict.constraints().get(0).criterionId().orElseThrow());
        assertEquals(List.of("must-have `system-design` needs 2 interviewers, but only the 45-minute technical interview "
                + "`technical` can hold a question on it, and it has 1 interviewer: alice"), conflict.sentences());
        assertEquals("No plan satisfies these constraints together, and each one is needed: must-have `system-design` "
                + "needs 2 interviewers, but only the 45-minute technical interview `technical` can hold a question on it, "
                + "and it has 1 interviewer: alice.", conflict.explanation());
    }

    /*
     * The technical interview has two interviewers but 15 - 7 = 8 minutes for questions, and the
     * shortest question on system-design takes 10. The same holds for explains-architectural-choices,
     * which is dropped as above.
     */
    @Test
    void mustHaveInATooShortInterview_namesTheMustHaveAndTheLength() {
        Conflict conflict = conflict(loop(PlanningOptions.builder().reservedMinutes(7).build(),
                KitLoops.interview("screening", QuestionCategory.SCREENING, 15, "riley"),
                KitLoops.interview("technical", QuestionCategory.TECHNICAL, 15, "alice", "bob")));

        assertEquals(List.of(
                "must-have `system-design` needs 2 interviewers, and only the 15-minute technical interview `technical` "
                        + "can hold a question on it",
                "the 15-minute technical interview `technical` leaves 8 minutes for questions (7 reserved), and its "
                        + "shortest question on `system-design` needs 10 minutes"), conflict.sentences());
        assertEquals(List.of(LoopConstraint.Kind.MUST_HAVE, LoopConstraint.Kind.INTERVIEW_LENGTH),
                conflict.constraints().stream().map(LoopConstraint::kind).toList());
    }

    /*
     * 25 minutes for questions and three pinned questions of 12, 12 and 10. The last pin
     * (restful-api-design) is tried first: without it the two other pins take 24 and leave no room
     * for a question on the must-have explains-architectural-choices (10), so it is not needed.
     * Each of the two remaining pins, the length and that must-have is needed (without
     * high-load-data's pin, for example, 12 + 10 = 22 fits); system-design is then not needed.
     */
    @Test
    void pinsThatCrowdOutAMustHave_giveTheSmallestSetThatCannotHold() {
        Conflict conflict = conflict(loop(PlanningOptions.builder().reservedMinutes(5)
                        .pin("high-load-data", "technical").pin("microservices-considerations", "technical")
                        .pin("restful-api-design", "technical").build(),
                KitLoops.interview("screening", QuestionCategory.SCREENING, 15, "riley"),
                KitLoops.interview("technical", QuestionCategory.TECHNICAL, 30, "alice", "bob")));

        assertEquals(List.of(
                "must-have `explains-architectural-choices` needs 2 interviewers, and only the 30-minute technical "
                        + "interview `technical` can hold a question on it",
                "the 30-minute technical interview `technical` leaves 25 minutes for questions (5 reserved), and its "
                        + "pinned questions `high-load-data` and `microservices-considerations` need 24 minutes, and its "
                        + "shortest question on `explains-architectural-choices` needs 10 minutes",
                "question `high-load-data` (12 minutes) is pinned to the 30-minute technical interview `technical`",
                "question `microservices-considerations` (12 minutes) is pinned to the 30-minute technical interview "
                        + "`technical`"), conflict.sentences());
        assertEquals(List.of("high-load-data", "microservices-considerations"), conflict.constraints().stream()
                .filter(constraint -> constraint.kind() == LoopConstraint.Kind.PIN)
                .map(constraint -> constraint.questionId().orElseThrow()).toList());
    }

    /*
     * Cut off after every number of nodes, the narrowing may stop early: the set it gives still
     * cannot hold (checked by brute force) and says it may not be minimal.
     */
    @Test
    void stoppedNarrowing_givesASetThatStillCannotHold() {
        PlanningProblem problem = loop(PlanningOptions.builder().reservedMinutes(5)
                        .pin("high-load-data", "technical").pin("microservices-considerations", "technical")
                        .pin("restful-api-design", "technical").build(),
                KitLoops.interview("screening", QuestionCategory.SCREENING, 15, "riley"),
                KitLoops.interview("technical", QuestionCategory.TECHNICAL, 30, "alice", "bob"));
        long whole = InterviewPlanner.standard().plan(problem).statistics().nodes();
        int stopped = 0;
        for (long nodes = 1; nodes <= whole + 1; nodes++) {
            PlanningResult result = InterviewPlanner.withNodeLimit(nodes).plan(problem);
            if (result.status() == PlanningStatus.UNKNOWN) {
                continue;
            }
            assertEquals(PlanningStatus.IMPOSSIBLE, result.status());
            Conflict conflict = result.conflict().orElseThrow();
            List<BruteForce.Rule> rules = conflict.constraints().stream().map(BruteForce.Rule::of).toList();
            assertFalse(BruteForce.feasible(problem, rules::contains), conflict::explanation);
            if (!conflict.isMinimal()) {
                stopped++;
                assertTrue(conflict.explanation().startsWith("No plan satisfies these constraints together (the limit "
                        + "stopped the search for a smaller set): "), conflict::explanation);
            }
        }
        assertTrue(stopped > 0, "no narrowing was stopped");
        assertTrue(InterviewPlanner.withNodeLimit(whole + 1).plan(problem).conflict().orElseThrow().isMinimal());
    }

    @Test
    void focusNoQuestionOfTheStageCanMeet_isTheWholeConflict() {
        Interview behavioural = Interview.builder().id("behavioural").stage(QuestionCategory.BEHAVIOURAL).minutes(30)
                .addInterviewers("carol").addMustCover("database-systems").build();
        Conflict conflict = conflict(loop(PlanningOptions.defaults(),
                KitLoops.interview("technical", QuestionCategory.TECHNICAL, 60, "alice", "bob"), behavioural));

        assertEquals(List.of("interview `behavioural` must include a question on `database-systems`, but none of the "
                + "questions it can hold informs `database-systems`"), conflict.sentences());
    }

    /* Only high-load-data informs database-systems, and it does not inform explains-architectural-choices. */
    @Test
    void onlyCriteriaThatExcludeAMustHave_nameBoth() {
        Interview technical = Interview.builder().id("technical").stage(QuestionCategory.TECHNICAL).minutes(60)
                .addInterviewers("alice", "bob").addOnlyCriteria("database-systems").build();
        Conflict conflict = conflict(loop(PlanningOptions.defaults(), technical));

        assertEquals(List.of(
                "must-have `explains-architectural-choices` needs 2 interviewers, but no interview of the loop can hold "
                        + "a question on it",
                "every question in interview `technical` must inform `database-systems`"), conflict.sentences());
        assertEquals("technical", conflict.constraints().get(1).interviewId().orElseThrow());
    }

    @Test
    void reserveLongerThanTheInterview_isTheWholeConflict() {
        Conflict conflict = conflict(loop(PlanningOptions.builder().reservedMinutes(10).build(),
                KitLoops.interview("screening", QuestionCategory.SCREENING, 5, "riley"),
                KitLoops.interview("technical", QuestionCategory.TECHNICAL, 60, "alice", "bob")));

        assertEquals(List.of("the 5-minute screening interview `screening` is shorter than its 10 reserved minutes"),
                conflict.sentences());
        assertEquals("the questions in interview `screening` and its 10 reserved minutes fit in its 5 minutes",
                conflict.constraints().get(0).rule());
    }
}
