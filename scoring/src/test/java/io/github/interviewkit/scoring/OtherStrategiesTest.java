package io.github.interviewkit.scoring;

import static io.github.interviewkit.scoring.StructuredStrategyTest.codes;
import static io.github.interviewkit.scoring.StructuredStrategyTest.find;
import static io.github.interviewkit.scoring.TestRoles.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherStrategiesTest {
    private static Report score(io.github.interviewkit.scoring.ScoringStrategy strategy, ScoringPolicy policy,
                                Scorecard... cards) {
        return strategy.prepare(TestRoles.SMALL, policy).score(Panel.of(TestRoles.SMALL, List.of(cards)));
    }

    private static Scorecard staged(String interviewer, QuestionCategory stage, int level) {
        return Scorecard.builder().candidateId("c-1").interviewerId(interviewer).stage(stage)
                .rate("system-design", level).rate("communication", level).rate("coding", level).build();
    }

    @Test
    void barRaiser_oneLowestRatingOnAMustHaveBlocksAHire() {
        Scorecard[] cards = {card("zed", 1, 4, 4), card("amy", 4, 4, 4), card("bo", 4, 4, 4)};
        assertEquals(Recommendation.STRONG_HIRE,
                score(ScoringStrategies.structured(), ScoringPolicy.defaults(), cards).recommendation(),
                "the mean of 1, 4, 4 reaches the minimum 3, so the structured rule hires");
        Report report = score(ScoringStrategies.barRaiser(), ScoringPolicy.defaults(), cards);
        assertEquals(Recommendation.NO_HIRE, report.recommendation());
        Finding veto = find(report.trace(), "bar-raiser-veto");
        assertEquals(List.of("zed"), veto.parameters().get("interviewers"));
        assertEquals("bar-raiser", report.strategyId());
    }

    @Test
    void barRaiser_lowestRatingOnANonMustHaveDoesNotVeto() {
        Report report = score(ScoringStrategies.barRaiser(), ScoringPolicy.defaults(), card("a", 4, 1, 4),
                card("b", 4, 4, 4));
        assertTrue(report.recommendation().isHire());
        assertTrue(codes(report.trace()).contains("bar-raiser-clear"));
    }

    private static final ScoringPolicy HURDLES = ScoringPolicy.builder()
            .addHurdles(Hurdle.of(QuestionCategory.SCREENING, new BigDecimal("0.5")))
            .addHurdles(Hurdle.of(QuestionCategory.TECHNICAL, new BigDecimal("2").divide(new BigDecimal("3"), 9,
                    java.math.RoundingMode.DOWN)))
            .build();

    @Test
    void multipleHurdle_passesEveryStageThenDecidesWithTheStructuredRule() {
        Report report = score(ScoringStrategies.multipleHurdle(), HURDLES,
                staged("s", QuestionCategory.SCREENING, 3), staged("t", QuestionCategory.TECHNICAL, 4),
                staged("u", QuestionCategory.TECHNICAL, 4));
        assertEquals(List.of("hurdle-passed", "hurdle-passed", "aggregate", "criterion-aggregated",
                "criterion-aggregated", "criterion-aggregated", "must-have-passed", "pitfalls-none", "composite",
                "threshold", "decision"), codes(report.trace()));
        assertEquals(Recommendation.STRONG_HIRE, report.recommendation());
    }

    @Test
    void multipleHurdle_failedStageRejectsAndLaterStagesDoNotCount() {
        Report report = score(ScoringStrategies.multipleHurdle(), HURDLES,
                staged("s", QuestionCategory.SCREENING, 2), staged("t", QuestionCategory.TECHNICAL, 4));
        assertEquals(Recommendation.NO_HIRE, report.recommendation());
        assertEquals(List.of("hurdle-failed", "decision"), codes(report.trace()));
        assertEquals("screening", report.trace().get(0).parameters().get("stage"));
    }

    @Test
    void multipleHurdle_compositeExactlyAtTheCutOffPasses() {
        ScoringPolicy policy = ScoringPolicy.builder()
                .addHurdles(Hurdle.of(QuestionCategory.SCREENING, new BigDecimal("0.5"))).build();
        // Mean 2.5 on every criterion: (2.5 - 1) / 3 = 0.5 exactly.
        Report report = score(ScoringStrategies.multipleHurdle(), policy,
                staged("s", QuestionCategory.SCREENING, 2), staged("r", QuestionCategory.SCREENING, 3));
        assertEquals("hurdle-passed", report.trace().get(0).code());
    }

    @Test
    void multipleHurdle_missingStageIsIncomplete() {
        Report report = score(ScoringStrategies.multipleHurdle(), HURDLES, staged("t", QuestionCategory.TECHNICAL, 4));
        assertEquals(Recommendation.INCOMPLETE, report.recommendation());
        assertEquals("hurdle-missing", report.trace().get(0).code());
    }

    @Test
    void multipleHurdle_needsAtLeastOneHurdle() {
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> ScoringStrategies.multipleHurdle().prepare(TestRoles.SMALL, ScoringPolicy.defaults()));
        assertEquals(List.of("hurdles"), e.violations().stream().map(Violation::path).toList());
    }

    @Test
    void builtIns_haveDistinctSlugIdsInIdOrder() {
        assertEquals(List.of("bar-raiser", "multiple-hurdle", "structured"),
                ScoringStrategies.all().stream().map(s -> s.id()).toList());
        assertFalse(ScoringStrategies.structured().description().isBlank());
    }
}
