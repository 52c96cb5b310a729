package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlanInterviewExampleTest {
    /*
     * The plan is derived by hand in planning's InterviewPlannerTest.fourInterviewLoop_plansTheExactOptimum;
     * here the printed form of it.
     */
    @Test
    void run_printsTheProvedOptimalPlanWithReasonsAndCoverage() {
        String out = Printed.by(PlanInterviewExample::run);

        assertTrue(out.startsWith("Status: OPTIMAL\n"
                + "Plan for Backend Architect (backend-architect): 4 interviews, 10 questions, 78 planned minutes; "
                + "proved optimal.\nWeighted coverage 14 of 14.\n"), out);
        assertTrue(out.contains("\nscreening (screening, 15 min: 5 reserved, 10 planned, 0 unused) with riley\n"
                + "  - attraction-to-role (3 min) informs no criterion; probes excellent-communication\n"
                + "      why: it fills 3 minutes; it informs no criterion\n"), out);
        assertTrue(out.contains("\ntechnical-1 (technical, 30 min: 5 reserved, 22 planned, 3 unused) with alice\n"
                + "  - high-load-data (12 min) informs database-systems, system-design; probes database-management, "
                + "scalability-and-performance-tuning, distributed-systems\n"
                + "      why: without it `database-systems` would be seen by nobody instead of 1\n"), out);
        assertTrue(out.contains("  - restful-api-design (10 min) informs system-design, explains-architectural-choices; "
                + "probes api-design, attention-to-detail\n"
                + "      why: without it `explains-architectural-choices` would be seen by 1 interviewer instead of 2\n"), out);
        assertTrue(out.contains("\nbehavioural (behavioural, 30 min: 5 reserved, 24 planned, 1 unused) with carol\n"), out);
        assertTrue(out.endsWith("Coverage:\n"
                + "  - system-design (must-have, weight 3, needs 2): seen by alice, bob, carol in technical-1, technical-2, "
                + "behavioural -> 6\n"
                + "  - languages-and-frameworks (weight 1, needs 1): seen by bob, riley in screening, technical-2 -> 1\n"
                + "  - explains-architectural-choices (must-have, weight 2, needs 2): seen by bob, carol in technical-2, "
                + "behavioural -> 4\n"
                + "  - database-systems (weight 2, needs 1): seen by alice in technical-1 -> 2\n"
                + "  - cloud-architecture (weight 1, needs 1): seen by bob in technical-2 -> 1\n"), out);
    }
}
