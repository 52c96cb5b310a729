package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertNullRejected;
import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static io.github.interviewkit.model.ValidValues.pitfall;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PitfallTest {

    @Test
    void build_acceptsEveryAttribute() {
        Pitfall built = pitfall("overengineering", "system-design", "simplicity").severity(Severity.CRITICAL).build();

        assertEquals(Severity.CRITICAL, built.severity());
        assertEquals(List.of("system-design", "simplicity"), built.criteria());
    }

    @Test
    void build_reportsMissingAttributes() {
        assertRejected(() -> Pitfall.builder().build(),
                problem("description", null, "is required"),
                problem("id", null, "is required"),
                problem("severity", null, "is required"));
    }

    @Test
    void build_rejectsBlankDescriptionAndNullCriterion() {
        assertRejected(() -> pitfall("p").description(" ").build(),
                problem("description", " ", "must not be blank"));
        assertNullRejected("criteria element", () -> pitfall("p").addCriteria((String) null));
    }

    @Test
    void severity_idsAreLowerCaseAndOrderedFromLeastToMost() {
        assertEquals(List.of("minor", "major", "critical"),
                List.of(Severity.values()).stream().map(Severity::id).toList());
    }
}
