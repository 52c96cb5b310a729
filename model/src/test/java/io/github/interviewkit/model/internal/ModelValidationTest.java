package io.github.interviewkit.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    private static Violation at(String path) {
        return Violation.of(path, null, "m");
    }

    @Test
    void sorted_comparesListIndexesAsNumbers() {
        List<Violation> sorted = ModelValidation.sorted(List.of(at("questions[10].id"), at("questions[2].id"),
                at("questions[1].text"), at("questions[2]")));

        assertEquals(List.of(at("questions[1].text"), at("questions[2]"), at("questions[2].id"),
                at("questions[10].id")), sorted);
    }

    @Test
    void sorted_putsTheWholeDocumentFirstAndPropertiesInAlphabeticalOrder() {
        assertEquals(List.of(at(""), at("id"), at("rubric.criteria[0]"), at("rubric.scale"), at("title")),
                ModelValidation.sorted(List.of(at("title"), at("rubric.scale"), at("id"), at("rubric.criteria[0]"),
                        at(""))));
    }

    @Test
    void sorted_putsLocatedViolationsFirstByLineAndColumn() {
        Violation late = at("a").at(7, 1);
        Violation early = at("z").at(2, 9);
        Violation sameLine = at("b").at(2, 3);

        assertEquals(List.of(sameLine, early, late, at("a")),
                ModelValidation.sorted(List.of(at("a"), late, early, sameLine)));
    }

    @Test
    void sorted_ordersByMessageWithinAPathAndDropsDuplicates() {
        Violation second = Violation.of("p", null, "b");
        Violation first = Violation.of("p", null, "a");

        assertEquals(List.of(first, second), ModelValidation.sorted(List.of(second, first, second)));
    }

    @Test
    void comparePaths_treatsAnIndexThatIsNotANumberAsText() {
        assertTrue(ModelValidation.comparePaths("anchors[a]", "anchors[b]") < 0);
        assertTrue(ModelValidation.comparePaths("anchors[9]", "anchors[10]") < 0);
        assertEquals(0, ModelValidation.comparePaths("a.b[1]", "a.b[1]"));
    }

    @Test
    void comparePaths_putsNumberedIndexesBeforeTextKeys() {
        assertTrue(ModelValidation.comparePaths("ratings[3]", "ratings[20]") < 0);
        assertTrue(ModelValidation.comparePaths("ratings[20]", "ratings[2x]") < 0);
        assertTrue(ModelValidation.comparePaths("ratings[3]", "ratings[2x]") < 0);
        assertTrue(ModelValidation.comparePaths("ratings[2x]", "ratings[3]") > 0);
    }

    @Test
    void validate_returnsNothingForAValidValue() {
        assertEquals(List.of(),
                ModelValidation.validate(Competency.builder().id("a").name("A").kind(CompetencyKind.TECHNICAL).build()));
    }

    @Test
    void deferringChecks_skipsBuildTimeChecksOnlyInsideTheAction() {
        Competency invalid = ModelValidation.deferringChecks(() -> {
            assertTrue(ModelValidation.checksDeferred());
            return Competency.builder().id("Not A Slug").build();
        });

        assertFalse(ModelValidation.checksDeferred());
        assertEquals(3, ModelValidation.validate(invalid).size());
    }

    @Test
    void deferringChecks_restoresAnOuterDeferral() {
        ModelValidation.deferringChecks(() -> {
            ModelValidation.deferringChecks(() -> null);
            assertTrue(ModelValidation.checksDeferred());
            return null;
        });
        assertFalse(ModelValidation.checksDeferred());
    }
}
