package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertNullRejected;
import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static io.github.interviewkit.model.ValidValues.criterion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EvaluationCriterionTest {

    @Test
    void build_defaultsToWeightOneAndNotMustHave() {
        EvaluationCriterion built = criterion("clarity").build();

        assertEquals(BigDecimal.ONE, built.weight());
        assertFalse(built.mustHave());
        assertEquals(OptionalInt.empty(), built.minimumRating());
    }

    @Test
    void build_acceptsMustHaveWithMinimum() {
        EvaluationCriterion built = criterion("depth", "api-design").weight(new BigDecimal("2.5")).mustHave(true)
                .minimumRating(3).build();

        assertEquals(new BigDecimal("2.5"), built.weight());
        assertEquals(OptionalInt.of(3), built.minimumRating());
    }

    @Test
    void build_reportsMissingAttributes() {
        assertRejected(() -> EvaluationCriterion.builder().build(),
                problem("description", null, "is required"),
                problem("id", null, "is required"));
    }

    @Test
    void build_rejectsWeightThatIsNotPositive() {
        assertRejected(() -> criterion("c").weight(BigDecimal.ZERO).build(),
                problem("weight", BigDecimal.ZERO, "must be greater than 0"));
        assertRejected(() -> criterion("c").weight(new BigDecimal("-0.5")).build(),
                problem("weight", new BigDecimal("-0.5"), "must be greater than 0"));
    }

    @Test
    void builder_rejectsNullWeightByName() {
        assertNullRejected("weight", () -> criterion("c").weight(null));
    }

    @Test
    void build_rejectsMustHaveWithoutMinimum() {
        assertRejected(() -> criterion("c").mustHave(true).build(),
                problem("minimumRating", null, "is required for a must-have criterion"));
    }

    @Test
    void build_rejectsMinimumWithoutMustHave() {
        assertRejected(() -> criterion("c").minimumRating(2).build(),
                problem("minimumRating", 2, "applies only to a must-have criterion; set mustHave or remove it"));
    }

    @Test
    void build_rejectsBlankAnchor() {
        assertRejected(() -> criterion("c").putAnchors(3, " ").build(),
                problem("anchors[3]", " ", "must not be blank"));
    }

    @Test
    void builder_rejectsNullCompetencyAndAnchorWithoutLevelAsArguments() {
        java.util.Map<Integer, String> withoutLevel = new java.util.HashMap<>();
        withoutLevel.put(null, "Somewhere");

        assertEquals("competencies element", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> criterion("c").addCompetencies((String) null)).getMessage());
        assertEquals("level", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> criterion("c").putAllAnchors(withoutLevel)).getMessage());
    }

    @Test
    void equality_ignoresTheOrderAnchorsWereGivenIn() {
        EvaluationCriterion ascending = criterion("c").anchors(Map.of()).putAnchors(1, "a").putAnchors(2, "b").build();
        EvaluationCriterion descending = criterion("c").anchors(Map.of()).putAnchors(2, "b").putAnchors(1, "a").build();

        assertEquals(ascending, descending);
        assertEquals(ascending.hashCode(), descending.hashCode());
    }

    @Test
    void equality_followsTheScaleOfTheWeight() {
        assertNotEquals(criterion("c").weight(new BigDecimal("2")).build(),
                criterion("c").weight(new BigDecimal("2.0")).build());
    }
}
