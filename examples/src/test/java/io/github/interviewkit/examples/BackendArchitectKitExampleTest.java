package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackendArchitectKitExampleTest {
    @Test
    void entryPointAndDiscovery_giveTheSameKit() {
        assertEquals("backend-architect", BackendArchitectKitExample.byEntryPoint().id());
        assertSame(BackendArchitectKitExample.byEntryPoint(), BackendArchitectKitExample.byDiscovery());
    }

    @Test
    void run_printsQuestionsByStageCriteriaWithMustHavesAndTheSalaryCheck() {
        String out = Printed.by(BackendArchitectKitExample::run);

        assertTrue(out.startsWith("Backend Architect (backend-architect, content 1.0.0)\n"
                + "Found by discovery too: the same instance\n"), out);
        assertTrue(out.contains("  screening (5)\n    - What attracted you to the Backend Architect role?\n"), out);
        assertTrue(out.contains("    - What are your salary expectations?  [logistics, not rated]\n"), out);
        assertTrue(out.contains("  technical (5)\n    - What is your approach to designing a RESTful API?"
                + "  -> system-design, explains-architectural-choices\n"), out);
        assertTrue(out.contains("  behavioural (5)\n"), out);
        assertTrue(out.contains("Criteria (rated 1 Strong no to 4 Strong yes):\n"
                + "  - Understanding of system design principles (weight 3, must-have: at least 3 Yes)\n"
                + "  - Knowledge of relevant programming languages and frameworks (weight 1)\n"), out);
        assertTrue(out.contains("  - Ability to explain architectural choices clearly (weight 2, must-have: at least 3 Yes)\n"),
                out);
        assertTrue(out.endsWith("A salary expectation of 150000 USD is WITHIN the band 120000–180000 USD annual\n"), out);
    }
}
