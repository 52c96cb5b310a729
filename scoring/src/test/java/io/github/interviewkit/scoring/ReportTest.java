package io.github.interviewkit.scoring;

import static io.github.interviewkit.scoring.TestRoles.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static Report report() {
        return StructuredStrategyTest.score(card("b", 4, 2, 3), card("a", 3, 4, 3));
    }

    @Test
    void toJson_holdsTheDecisionFiguresFlagsAndTraceInAStableLayout() throws Exception {
        String json = report().toJson();
        assertEquals(json, report().toJson());
        JsonNode tree = new ObjectMapper().readTree(json);
        List<String> fields = new java.util.ArrayList<>();
        tree.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("strategy", "role", "candidate", "recommendation", "composite", "criteria", "coverage",
                "flags", "trace"), fields);
        assertEquals("hire", tree.get("recommendation").asText());
        assertEquals("system-design", tree.get("criteria").get(0).get("criterion").asText());
        assertEquals(2, tree.get("criteria").get(1).get("spread").asInt());
        assertEquals("criterion-disagreement", tree.get("flags").get(0).get("code").asText());
        assertEquals("criterion-aggregated", tree.get("trace").get(1).get("code").asText());
        assertEquals(2, tree.get("trace").get(1).get("parameters").get("n").asInt());
        assertEquals("must-have-passed", tree.get("trace").get(4).get("code").asText());
        assertEquals(3, tree.get("trace").get(4).get("parameters").get("minimum").asInt());
        assertTrue(tree.get("trace").get(4).get("text").asText().startsWith("Must-have “system-design”"));
    }

    @Test
    void toJson_writesAMissingCompositeAsNull() throws Exception {
        Report report = StructuredStrategyTest.score(ScoringPolicy.builder().rubricGates(false).build(),
                StructuredStrategyTest.blank("a").build());
        assertTrue(new ObjectMapper().readTree(report.toJson()).get("composite").isNull());
    }

    @Test
    void builder_needsARecommendationAndATraceStep() {
        Panel panel = Panel.of(TestRoles.SMALL, List.of(card("a", 3, 3, 3)));
        assertThrows(ScoringException.class, () -> Report.builder("mine", panel).build());
        assertThrows(ScoringException.class,
                () -> Report.builder("mine", panel).recommendation(Recommendation.HIRE).build());
        assertThrows(ScoringException.class, () -> Report.builder("mine", panel).composite(1.5));
        Report report = Report.builder("mine", panel).recommendation(Recommendation.HIRE).composite(0.5)
                .addStep(Finding.of("mine", "Decided {how}", Map.of("how", "by hand"))).build();
        assertEquals("Decided by hand", report.trace().get(0).text());
    }

    @Test
    void finding_rejectsParametersJsonCannotCarry() {
        assertThrows(ScoringException.class, () -> Finding.of("code", "text", Map.of("bad", new Object())));
        assertThrows(ScoringException.class, () -> Finding.of(" ", "text", Map.of()));
        assertEquals("parameters", assertThrows(NullPointerException.class, () -> Finding.of("code", "text", null)).getMessage());
    }

    @Test
    void competencyCoverage_checksItsLists() {
        assertEquals(true, CompetencyCoverage.of("api", List.of("a", "b"), List.of("a")).covered());
        assertThrows(ScoringException.class, () -> CompetencyCoverage.of("api", List.of("a"), List.of("b")));
        assertEquals("criteria", assertThrows(NullPointerException.class,
                () -> CompetencyCoverage.of("api", null, List.of())).getMessage());
        assertThrows(ScoringException.class,
                () -> CompetencyCoverage.of("api", java.util.Arrays.asList("a", null), List.of()));
    }

    @Test
    void criterionFigures_rejectInconsistentFigures() {
        assertThrows(ScoringException.class, () -> CriterionFigures.of("c", 2, 5.0, 1, 4));
        assertThrows(ScoringException.class, () -> CriterionFigures.of("c", 0, 2.0, 1, 4));
        assertEquals(3, CriterionFigures.of("c", 2, 2.5, 1, 4).spread().getAsInt());
    }

    @Test
    void findingText_showsDecimalsRoundedDownToFourPlaces_parametersKeepTheFullValue() {
        Finding finding = Finding.of("composite", "Composite {composite} against {threshold}",
                java.util.Map.of("composite", 0.59999999, "threshold", 2.0 / 3));

        assertEquals("Composite 0.5999 against 0.6666", finding.text());
        assertEquals(0.59999999, finding.parameters().get("composite"));
        assertEquals("Whole 3", Finding.of("whole", "Whole {n}", java.util.Map.of("n", 3.0)).text());
    }

    @Test
    void toBuilder_copiesEverything_soTheCopyEqualsTheScoredReport() {
        Report scored = report();

        Report copy = scored.toBuilder().build();

        assertEquals(scored, copy);
        assertEquals(copy, scored);
        assertEquals(scored.hashCode(), copy.hashCode());
        assertEquals(scored.toJson(), copy.toJson());
        assertEquals(scored.render(), copy.render());
    }

    @Test
    void toBuilder_letsAStrategyDecorateTheReportOfAnother() {
        Report scored = report();

        Report decorated = scored.toBuilder().strategyId("structured-reviewed")
                .recommendation(scored.recommendation().atMost(Recommendation.NO_HIRE))
                .addStep(Finding.of("reviewed", "A reviewer lowered the outcome to {outcome}",
                        Map.of("outcome", "no-hire"))).build();

        assertEquals("structured-reviewed", decorated.strategyId());
        assertEquals(Recommendation.NO_HIRE, decorated.recommendation());
        assertEquals(scored.trace().size() + 1, decorated.trace().size());
        assertEquals(scored.trace(), decorated.trace().subList(0, scored.trace().size()));
        assertEquals(scored.criteria(), decorated.criteria());
        assertEquals(scored.flags(), decorated.flags());
        assertEquals(Recommendation.HIRE, scored.recommendation(), "the scored report is unchanged");
        assertThrows(ScoringException.class, () -> scored.toBuilder().strategyId(" "));
        assertEquals("strategyId", assertThrows(NullPointerException.class,
                () -> scored.toBuilder().strategyId(null)).getMessage());
    }

    @Test
    void equality_comparesValues_notHowTheReportIsHeld() {
        Report scored = report();
        Report other = StructuredStrategyTest.score(card("b", 4, 2, 3), card("a", 3, 4, 4));

        assertEquals(scored, report());
        assertEquals(scored.hashCode(), report().hashCode());
        assertFalse(scored.equals(other));
        assertFalse(scored.equals(scored.toBuilder().strategyId("other").build()));
    }

    @Test
    void render_staysEnglish_andNumbersTheSteps() {
        String text = report().render();

        assertTrue(text.contains("  2. [criterion-aggregated] “system-design”: 2 ratings from 3 to 4, a spread of 1;"
                + " aggregate 3.5\n"), text);
        assertTrue(text.contains("  - [small-panel] The panel has 2 interviewers, fewer than the recommended 3\n"), text);
    }
}
