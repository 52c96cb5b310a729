package io.github.interviewkit.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Backend Architect kit planned exactly. Every expected plan is derived by hand from the kit
 * (backend-architect.yaml) and the model in {@link InterviewPlanner}; the derivation is in the
 * comments. The kit's technical questions are restful-api-design (10 min; system-design,
 * explains-architectural-choices), high-load-data (12; database-systems, system-design),
 * sync-async-communication (10; system-design, explains-architectural-choices), backend-security
 * (10; system-design) and microservices-considerations (12; system-design, cloud-architecture,
 * languages-and-frameworks): 54 minutes in all. Weights: system-design 3 and
 * explains-architectural-choices 2 (must-haves, 2 interviewers each), database-systems 2,
 * languages-and-frameworks 1, cloud-architecture 1 (1 interviewer each); the most coverage is
 * 3*2 + 2*2 + 2 + 1 + 1 = 14.
 */
class InterviewPlannerTest {
    private static final InterviewPlanner PLANNER = InterviewPlanner.standard();

    private static Plan optimal(PlanningProblem problem) {
        PlanningResult result = PLANNER.plan(problem);
        assertEquals(PlanningStatus.OPTIMAL, result.status(), result::toString);
        return result.plan().orElseThrow();
    }

    private static List<String> asked(PlannedInterview interview) {
        return interview.questions().stream().map(PlannedQuestion::id).toList();
    }

    /*
     * 45 minutes, 5 reserved: 40 for questions. Coverage 14 needs every criterion seen, by both
     * interviewers of the one interview: high-load-data (the only question on database-systems),
     * microservices-considerations (the only one on cloud-architecture) and one of restful-api-design
     * or sync-async-communication (explains-architectural-choices): 34 minutes; a fourth question
     * (10 more) would need 44. The two 34-minute plans tie on minutes and on three questions; sorted,
     * [high-load-data, microservices-considerations, restful-api-design] is smaller than
     * [..., sync-async-communication].
     */
    @Test
    void technical45_plansTheThreeQuestionsThatCoverEveryCriterion() {
        Plan plan = optimal(KitLoops.technical(45, 5));
        PlannedInterview technical = plan.interviews().get(0);

        assertEquals(List.of("restful-api-design", "high-load-data", "microservices-considerations"), asked(technical));
        assertEquals(List.of(List.of("high-load-data", "microservices-considerations", "restful-api-design")), plan.order());
        assertEquals(34, technical.plannedMinutes());
        assertEquals(6, technical.unusedMinutes());
        assertEquals(0, new BigDecimal("14").compareTo(plan.weightedCoverage()));
        assertEquals(0, new BigDecimal("14").compareTo(plan.maximumWeightedCoverage()));
        assertEquals(List.of("alice", "bob"), plan.coverage("system-design").orElseThrow().interviewers());
        assertTrue(plan.optimality().isProved());

        // Each question is the only one on some criterion: removing it loses coverage.
        assertEquals(List.of(
                "without it `explains-architectural-choices` would be seen by nobody instead of 2",
                "without it `database-systems` would be seen by nobody instead of 2",
                "without it `languages-and-frameworks` would be seen by nobody instead of 2 and `cloud-architecture` by nobody instead of 2"),
                technical.questions().stream().map(PlannedQuestion::why).toList());
        technical.questions().forEach(question -> assertEquals(List.of(ChoiceReason.COVERAGE), question.reasons()));
        PlannedQuestion restful = technical.questions().get(0);
        assertEquals(List.of("system-design", "explains-architectural-choices"), restful.criteria());
        assertEquals(List.of("api-design", "attention-to-detail"), restful.competencies());
        assertEquals(10, restful.minutes());
        assertTrue(restful.minutesEstimated());
    }

    /*
     * 45 minutes, none reserved: three 44-minute plans hold four questions (high-load-data and
     * microservices-considerations with two of the 10-minute ones); all five take 54. Sorted,
     * [backend-security, high-load-data, microservices-considerations, restful-api-design] is the
     * smallest: backend-security sorts first, then restful-api-design before sync-async-communication.
     */
    @Test
    void technical45WithoutReserve_tieBreaksOnSortedIds() {
        Plan plan = optimal(KitLoops.technical(45, 0));

        assertEquals(List.of(List.of("backend-security", "high-load-data", "microservices-considerations",
                "restful-api-design")), plan.order());
        assertEquals(44, plan.plannedMinutes());
        assertEquals(1, plan.interviews().get(0).unusedMinutes());
    }

    /* 60 minutes, 5 reserved: all five technical questions (54 minutes) fit in 55. */
    @Test
    void technical60_plansEveryTechnicalQuestion() {
        Plan plan = optimal(KitLoops.technical(60, 5));

        assertEquals(List.of("restful-api-design", "high-load-data", "sync-async-communication", "backend-security",
                "microservices-considerations"), asked(plan.interviews().get(0)));
        assertEquals(54, plan.plannedMinutes());
        assertEquals(1, plan.interviews().get(0).unusedMinutes());
    }

    /* 90 minutes, 5 reserved: the bank has only 54 technical minutes; 31 of 85 stay unused. */
    @Test
    void technical90_plansEveryTechnicalQuestionAndLeavesTheRestUnused() {
        Plan plan = optimal(KitLoops.technical(90, 5));

        assertEquals(5, plan.questionCount());
        assertEquals(54, plan.plannedMinutes());
        assertEquals(31, plan.interviews().get(0).unusedMinutes());
        assertEquals(0, new BigDecimal("14").compareTo(plan.weightedCoverage()));
    }

    /*
     * Four interviews (KitLoops.fourInterviews): 10 + 25 + 25 + 25 minutes for questions.
     * (a) 14 is reachable, so the best plan has it. (b) Screening holds at most 10 of its 12 minutes:
     * {attraction 3, relevant-experience 5, salary 2} or {attraction, relevant-experience, notice 1,
     * interviewing-elsewhere 1}. A technical interview holds two questions at most (three take 30 or
     * more), so the two hold the four longest, 44 minutes, which must include high-load-data and
     * microservices-considerations (the only questions on database-systems and cloud-architecture).
     * The behavioural questions (8, 8, 8, 10, 5) fill at most 24 of 25: the three 8-minute ones.
     * 10 + 44 + 24 = 78. (c) Screening takes the three-question set; 10 questions. (d) technical-1's
     * smallest sorted pair that leaves a feasible technical-2 is [backend-security, high-load-data]
     * (backend-security alone cannot reach 44 in all); technical-2 then holds
     * microservices-considerations and restful-api-design (before sync-async-communication).
     */
    @Test
    void fourInterviewLoop_plansTheExactOptimum() {
        Plan plan = optimal(KitLoops.fourInterviews());

        assertEquals(List.of(
                List.of("attraction-to-role", "relevant-experience", "salary-expectations"),
                List.of("backend-security", "high-load-data"),
                List.of("microservices-considerations", "restful-api-design"),
                List.of("challenging-project", "mentoring", "team-conflict")), plan.order());
        assertEquals(78, plan.plannedMinutes());
        assertEquals(10, plan.questionCount());
        assertEquals(List.of(0, 3, 3, 1), plan.interviews().stream().map(PlannedInterview::unusedMinutes).toList());
        assertEquals(0, new BigDecimal("14").compareTo(plan.weightedCoverage()));

        // Who sees what: system-design by alice (both her questions), bob and carol (challenging-project).
        assertEquals(List.of("alice", "bob", "carol"), plan.coverage("system-design").orElseThrow().interviewers());
        assertEquals(List.of("technical-1", "technical-2", "behavioural"),
                plan.coverage("system-design").orElseThrow().interviews());
        assertEquals(List.of("bob", "carol"), plan.coverage("explains-architectural-choices").orElseThrow().interviewers());
        assertEquals(List.of("bob", "riley"), plan.coverage("languages-and-frameworks").orElseThrow().interviewers());
        assertEquals(List.of("alice"), plan.coverage("database-systems").orElseThrow().interviewers());
        assertEquals(List.of("bob"), plan.coverage("cloud-architecture").orElseThrow().interviewers());

        // Why: restful-api-design is bob's only question on explains-architectural-choices, which
        // carol sees too; backend-security adds minutes only, since high-load-data shows alice
        // system-design; relevant-experience is not needed for languages-and-frameworks (bob sees it).
        PlannedInterview technical2 = plan.interview("technical-2").orElseThrow();
        assertEquals("without it `explains-architectural-choices` would be seen by 1 interviewer instead of 2",
                technical2.questions().get(0).why());
        PlannedQuestion security = plan.interview("technical-1").orElseThrow().questions().get(1);
        assertEquals("backend-security", security.id());
        assertEquals(List.of(ChoiceReason.MINUTES), security.reasons());
        assertEquals("it fills 10 minutes; every criterion it informs is covered as required without it", security.why());
        PlannedQuestion salary = plan.interview("screening").orElseThrow().questions().get(2);
        assertEquals("it fills 2 minutes; it informs no criterion", salary.why());
    }

    @Test
    void pinnedQuestion_isPlacedAndSaysSo() {
        PlanningProblem pinned = PlanningProblem.builder().from(KitLoops.technical(45, 5))
                .options(PlanningOptions.builder().reservedMinutes(5).pin("backend-security", "technical").build()).build();
        Plan plan = optimal(pinned);

        // backend-security (10) leaves 30 of 40. The must-have explains-architectural-choices needs
        // restful-api-design or sync-async-communication (10): 20 left, room for one of
        // high-load-data (database-systems, +2) or microservices-considerations (cloud-architecture
        // and languages-and-frameworks, +1 +1), not both: coverage 6 + 4 + 2 = 12, 32 minutes, and
        // nothing else fits in the last 8. Of the four such plans the smallest sorted one wins.
        assertEquals(List.of(List.of("backend-security", "high-load-data", "restful-api-design")), plan.order());
        assertEquals(0, new BigDecimal("12").compareTo(plan.weightedCoverage()));
        PlannedQuestion security = plan.interviews().get(0).questions().stream()
                .filter(question -> question.id().equals("backend-security")).findFirst().orElseThrow();
        assertEquals(List.of(ChoiceReason.PINNED), security.reasons());
    }

    @Test
    void sameProblem_samePlanAndSameSolverCounts() {
        PlanningResult first = PLANNER.plan(KitLoops.fourInterviews());
        PlanningResult second = PLANNER.plan(KitLoops.fourInterviews());

        assertEquals(first.plan(), second.plan());
        assertEquals(first.statistics(), second.statistics());
        assertEquals(first, second);
        assertTrue(first.statistics().nodes() > 0 && first.statistics().solverRuns() == 4, first.statistics()::toString);
    }

    @Test
    void plan_printsNothing() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            PLANNER.plan(KitLoops.fourInterviews());
            PLANNER.plan(KitLoops.technical(45, 44));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    /*
     * The search cut off after every number of nodes up to the whole search (a node limit, unlike a
     * time limit, cuts at the same place on every run). Whatever was searched, a plan satisfies every
     * hard constraint and its bound holds against the optimum derived above: coverage 14, 78
     * minutes, 10 questions.
     */
    @Test
    void stoppedSearch_givesAValidPlanAndAValidBound_orNothing() {
        PlanningProblem problem = KitLoops.fourInterviews();
        long whole = PLANNER.plan(problem).statistics().nodes();
        Set<PlanningStatus> statuses = EnumSet.noneOf(PlanningStatus.class);
        Set<Objective> open = EnumSet.noneOf(Objective.class);
        for (long nodes = 1; nodes <= whole + 1; nodes++) {
            PlanningResult result = InterviewPlanner.withNodeLimit(nodes).plan(problem);
            statuses.add(result.status());
            assertTrue(result.conflict().isEmpty());
            if (result.status() == PlanningStatus.UNKNOWN) {
                assertTrue(result.plan().isEmpty());
                continue;
            }
            Plan plan = result.plan().orElseThrow();
            assertEquals(List.of(), BruteForce.broken(problem, plan.order()));
            if (result.status() == PlanningStatus.OPTIMAL) {
                assertEquals(optimal(problem), plan);
                continue;
            }
            assertEquals(PlanningStatus.FEASIBLE, result.status());
            Optimality optimality = plan.optimality();
            Objective part = optimality.openObjective().orElseThrow();
            open.add(part);
            BigDecimal bound = optimality.bound().orElse(null);
            switch (part) {
                case COVERAGE -> {
                    assertTrue(plan.weightedCoverage().compareTo(new BigDecimal("14")) <= 0);
                    assertTrue(bound.compareTo(new BigDecimal("14")) >= 0, optimality::toString);
                }
                case MINUTES -> {
                    assertEquals(0, plan.weightedCoverage().compareTo(new BigDecimal("14")));
                    assertTrue(plan.plannedMinutes() <= 78 && bound.intValueExact() >= 78, optimality::toString);
                }
                case QUESTIONS -> {
                    assertEquals(78, plan.plannedMinutes());
                    assertTrue(plan.questionCount() >= 10 && bound.intValueExact() <= 10, optimality::toString);
                }
                default -> {
                    assertEquals(10, plan.questionCount());
                    assertTrue(optimality.bound().isEmpty());
                }
            }
            if (bound != null) {
                assertEquals(0, optimality.gap().orElseThrow().compareTo(bound.subtract(value(plan, part)).abs()));
            }
        }
        assertEquals(EnumSet.of(PlanningStatus.UNKNOWN, PlanningStatus.FEASIBLE, PlanningStatus.OPTIMAL), statuses);
        assertTrue(!open.isEmpty(), open::toString);
    }

    private static BigDecimal value(Plan plan, Objective part) {
        return switch (part) {
            case COVERAGE -> plan.weightedCoverage();
            case MINUTES -> BigDecimal.valueOf(plan.plannedMinutes());
            default -> BigDecimal.valueOf(plan.questionCount());
        };
    }

    @Test
    void timeLimitThatLeavesNoTime_findsNothing() {
        PlanningResult result = InterviewPlanner.builder().timeLimit(Duration.ofNanos(1)).build().plan(KitLoops.fourInterviews());

        assertEquals(PlanningStatus.UNKNOWN, result.status());
        assertEquals("The time limit stopped the search before a plan was found or the loop was shown impossible.",
                result.explanation());
    }

    @Test
    void timeLimit_mustBePositive() {
        assertThrows(NullPointerException.class, () -> InterviewPlanner.builder().timeLimit(null));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> InterviewPlanner.builder().timeLimit(Duration.ZERO));
        assertEquals("limit must be positive, got PT0S", zero.getMessage());
        assertEquals(Duration.ofSeconds(2), InterviewPlanner.builder().timeLimit(Duration.ofSeconds(2)).build().timeLimit().orElseThrow());
    }

    @Test
    void plan_rejectsNull() {
        NullPointerException missing = assertThrows(NullPointerException.class, () -> PLANNER.plan(null));
        assertEquals("problem", missing.getMessage());
    }
}
