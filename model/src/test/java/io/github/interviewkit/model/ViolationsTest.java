package io.github.interviewkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    private static Violation at(String path) {
        return Violation.of(path, null, "m");
    }

    @Test
    void sorted_comparesListIndexesAsNumbers() {
        List<Violation> sorted = sorted(List.of(at("questions[10].id"), at("questions[2].id"),
                at("questions[1].text"), at("questions[2]")));

        assertEquals(List.of(at("questions[1].text"), at("questions[2]"), at("questions[2].id"),
                at("questions[10].id")), sorted);
    }

    @Test
    void sorted_putsTheWholeDocumentFirstAndPropertiesInAlphabeticalOrder() {
        assertEquals(List.of(at(""), at("id"), at("rubric.criteria[0]"), at("rubric.scale"), at("title")),
                sorted(List.of(at("title"), at("rubric.scale"), at("id"), at("rubric.criteria[0]"),
                        at(""))));
    }

    @Test
    void sorted_putsLocatedViolationsFirstByLineAndColumn() {
        Violation late = at("a").at(7, 1);
        Violation early = at("z").at(2, 9);
        Violation sameLine = at("b").at(2, 3);

        assertEquals(List.of(sameLine, early, late, at("a")),
                sorted(List.of(at("a"), late, early, sameLine)));
    }

    @Test
    void sorted_ordersByMessageWithinAPathAndDropsDuplicates() {
        Violation second = Violation.of("p", null, "b");
        Violation first = Violation.of("p", null, "a");

        assertEquals(List.of(first, second), sorted(List.of(second, first, second)));
    }

    @Test
    void comparePaths_treatsAnIndexThatIsNotANumberAsText() {
        assertTrue(Violations.comparePaths("anchors[a]", "anchors[b]") < 0);
        assertTrue(Violations.comparePaths("anchors[9]", "anchors[10]") < 0);
        assertEquals(0, Violations.comparePaths("a.b[1]", "a.b[1]"));
    }

    @Test
    void comparePaths_putsNumberedIndexesBeforeTextKeys() {
        assertTrue(Violations.comparePaths("ratings[3]", "ratings[20]") < 0);
        assertTrue(Violations.comparePaths("ratings[20]", "ratings[2x]") < 0);
        assertTrue(Violations.comparePaths("ratings[3]", "ratings[2x]") < 0);
        assertTrue(Violations.comparePaths("ratings[2x]", "ratings[3]") > 0);
    }

    @Test
    void collector_keepsTheFirstViolationsAndCountsTheRest() {
        Violations problems = Violations.collector(2);
        for (int i = 0; i < 5; i++) {
            problems.add(at("p" + i));
        }
        problems.add(at("p0"));

        assertEquals(List.of(at("p0"), at("p1")), problems.list());
        assertEquals(3, problems.omitted());
        assertEquals(5, problems.count());
        assertTrue(problems.isFull());
    }

    @Test
    void collector_throwsOneExceptionThatSaysHowManyWereOmitted() {
        Violations problems = Violations.collector(1);
        problems.add(at("a"));
        problems.add(at("b"));

        ContentException thrown = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> problems.throwIfAny("Role"));
        assertEquals(List.of(at("a")), thrown.violations());
        assertEquals(1, thrown.omitted());
        assertEquals("Role is invalid: 2 problems, the first 1 listed\n  - a: m (was nothing)", thrown.getMessage());
    }

    @Test
    void collector_throwsNothingWhenEmpty() {
        Violations problems = Violations.collector();
        problems.throwIfAny("Role");
        assertTrue(problems.isEmpty());
        assertFalse(problems.isFull());
    }

    @Test
    void collector_rejectsAMaximumBelowOne() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Violations.collector(0));
    }

    @Test
    void under_placesPathsBelowAParent() {
        Violations problems = Violations.collector();
        problems.under("questions[2]").add("text", null, "m");
        problems.under("questions[2]").under("competencies").add("[0]", null, "m");

        assertEquals(List.of(at("questions[2].competencies[0]"), at("questions[2].text")), problems.list());
    }

    @Test
    void comparePaths_isTotalOnMalformedBrackets() {
        assertTrue(Violations.comparePaths("anchors[", "anchors[x") < 0);
        assertTrue(Violations.comparePaths("[", "[x") < 0);
        assertEquals(0, Violations.comparePaths("a[", "a["));
    }

    private static List<Violation> sorted(List<Violation> violations) {
        Violations collector = Violations.collector(1_000);
        collector.addAll(violations);
        return collector.list();
    }
}
