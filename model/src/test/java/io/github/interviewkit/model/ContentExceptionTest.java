package io.github.interviewkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentExceptionTest {
    private static final String NL = System.lineSeparator();

    @Test
    void message_listsEveryViolation() {
        ContentException e = new ContentException("backend-architect.yaml", List.of(
                Violation.of("id", "X", "must be a slug").at(1, 5),
                Violation.of("questions[3].competencies[0]", "k8s", "names no competency of this role")));

        assertEquals("backend-architect.yaml is invalid: 2 problems" + NL
                + "  - id: must be a slug (was \"X\") at line 1, column 5" + NL
                + "  - questions[3].competencies[0]: names no competency of this role (was \"k8s\")", e.getMessage());
    }

    @Test
    void message_countsOneProblemInTheSingular() {
        assertEquals("Role is invalid: 1 problem" + NL + "  - title: is required (was nothing)",
                new ContentException("Role", List.of(Violation.of("title", null, "is required"))).getMessage());
    }

    @Test
    void constructor_rejectsEmptyList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ContentException("Role", List.of()));

        assertEquals("a ContentException needs at least one violation", e.getMessage());
    }

    @Test
    void violations_areACopyInTheGivenOrder() {
        List<Violation> given = new ArrayList<>(List.of(Violation.of("b", 1, "m"), Violation.of("a", 2, "m")));
        ContentException e = new ContentException("Role", given);
        given.clear();

        assertEquals(List.of(Violation.of("b", 1, "m"), Violation.of("a", 2, "m")), e.violations());
        assertThrows(UnsupportedOperationException.class, () -> e.violations().clear());
    }

    @Test
    void cause_isKept() {
        IllegalStateException cause = new IllegalStateException("parse failed");

        assertSame(cause, new ContentException("f", List.of(Violation.of("", null, "m")), cause).getCause());
    }

    @Test
    void isAnInterviewKitException() {
        assertInstanceOf(InterviewKitException.class, new ContentException("f", List.of(Violation.of("", null, "m"))));
    }

    @Test
    void serialization_keepsTheViolations() throws Exception {
        ContentException original = new ContentException("Role", List.of(
                Violation.of("questions[0].text", null, "is required").at(3, 5), Violation.of("id", "X", "must be a slug")));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }

        ContentException copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ContentException) in.readObject();
        }

        assertEquals(original.violations(), copy.violations());
        assertEquals(original.getMessage(), copy.getMessage());
    }
}
