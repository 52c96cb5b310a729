package io.github.interviewkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void of_rendersTextQuotedAndOtherValuesPlain() {
        assertEquals("\"api design\"", Violation.of("id", "api design", "m").value());
        assertEquals("3", Violation.of("minimumRating", 3, "m").value());
        assertEquals("1.50", Violation.of("weight", new BigDecimal("1.50"), "m").value());
        assertEquals("[a, b]", Violation.of("criteria", List.of("a", "b"), "m").value());
        assertNull(Violation.of("id", null, "m").value());
    }

    @Test
    void of_shortensLongValuesToEightyCharacters() {
        String value = Violation.of("text", "x".repeat(200), "m").value();

        assertEquals(80, value.length());
        assertEquals("\"" + "x".repeat(76) + "...", value);
        assertEquals("\"" + "x".repeat(78) + "\"", Violation.of("text", "x".repeat(78), "m").value());
    }

    @Test
    void of_rejectsNullPathOrMessage() {
        assertEquals("path", assertThrows(NullPointerException.class, () -> Violation.of(null, "v", "m")).getMessage());
        assertEquals("message", assertThrows(NullPointerException.class, () -> Violation.of("p", "v", null)).getMessage());
    }

    @Test
    void toString_showsPathMessageAndValue() {
        assertEquals("questions[3].competencies[0]: names no competency of this role (was \"k8s\")",
                Violation.of("questions[3].competencies[0]", "k8s", "names no competency of this role").toString());
    }

    @Test
    void toString_namesTheDocumentForTheEmptyPathAndNothingForNoValue() {
        assertEquals("(document): is required (was nothing)", Violation.of("", null, "is required").toString());
    }

    @Test
    void toString_addsLineAndColumnWhenLocated() {
        assertEquals("id: must be a slug (was \"X\") at line 3, column 5",
                Violation.of("id", "X", "must be a slug").at(3, 5).toString());
    }

    @Test
    void at_locatesACopy() {
        Violation plain = Violation.of("id", "X", "m");
        Violation located = plain.at(1, 2);

        assertEquals(OptionalInt.of(1), located.line());
        assertEquals(OptionalInt.of(2), located.column());
        assertEquals(OptionalInt.empty(), plain.line());
        assertEquals(OptionalInt.empty(), plain.column());
        assertNotEquals(plain, located);
        assertEquals(plain.path(), located.path());
        assertEquals(plain.message(), located.message());
    }

    @Test
    void at_rejectsPositionsBelowOne() {
        Violation violation = Violation.of("id", "X", "m");

        assertEquals("line and column start at 1, got 0:1",
                assertThrows(IllegalArgumentException.class, () -> violation.at(0, 1)).getMessage());
        assertEquals("line and column start at 1, got 1:0",
                assertThrows(IllegalArgumentException.class, () -> violation.at(1, 0)).getMessage());
    }

    @Test
    void under_joinsPropertyPathsWithADot() {
        assertEquals("rubric.criteria[0].id", Violation.of("criteria[0].id", "x", "m").under("rubric").path());
    }

    @Test
    void under_appendsIndexPathsWithoutADot() {
        assertEquals("questions[3].competencies[0]",
                Violation.of("[0]", "x", "m").under("questions[3].competencies").path());
    }

    @Test
    void under_givesTheEmptyPathTheParentPath() {
        assertEquals("questions[3]", Violation.of("", "x", "m").under("questions[3]").path());
    }

    @Test
    void under_emptyParentLeavesTheViolation() {
        Violation violation = Violation.of("id", "x", "m");

        assertSame(violation, violation.under(""));
    }

    @Test
    void under_keepsValueMessageAndLocation() {
        Violation moved = Violation.of("id", "x", "m").at(4, 2).under("competencies[1]");

        assertEquals(Violation.of("competencies[1].id", "x", "m").at(4, 2), moved);
    }

    @Test
    void equality_followsEveryPart() {
        Violation violation = Violation.of("id", "x", "m");

        assertEquals(violation, Violation.of("id", "x", "m"));
        assertEquals(violation.hashCode(), Violation.of("id", "x", "m").hashCode());
        assertNotEquals(violation, Violation.of("id", "y", "m"));
        assertNotEquals(violation, Violation.of("id", null, "m"));
        assertNotEquals(violation, Violation.of("id", "x", "n"));
        assertNotEquals(violation, Violation.of("name", "x", "m"));
        assertNotEquals(violation.at(1, 1), violation.at(1, 2));
    }
}
