package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadRoleExampleTest {
    @Test
    void run_printsTheRoleThenTheReportOfTheBrokenCopy() {
        String out = Printed.by(ReadRoleExample::run);

        assertTrue(out.startsWith("Data Engineer (data-engineer, content 1.0.0)\n"), out);
        assertTrue(out.contains("Salary: 100000–150000.50 EUR annual\n"), out);
        assertTrue(out.contains("  - Writes correct, efficient queries (weight 2.5, must-have: at least 3)\n"), out);
        assertTrue(out.contains("  [screening, logistics] What's your current notice period?\n"), out);
        assertTrue(out.contains("YAML role is invalid: 2 problems"), out);
        assertTrue(out.contains("rubric.criteria[0].weight: must be a number (was \"heavy\")"), out);
        assertTrue(out.contains("questions[0].competencies[0]: names no competency of this role (was \"sequel\")"), out);
    }

    @Test
    void readExampleRole_readsTheBundledFile() {
        assertEquals("data-engineer", ReadRoleExample.readExampleRole().id());
    }
}
