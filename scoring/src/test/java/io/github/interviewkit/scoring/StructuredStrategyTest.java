package io.github.interviewkit.scoring;

import static io.github.interviewkit.scoring.TestRoles.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredStrategyTest {
    private static final ScoringPolicy NO_GATES = ScoringPolicy.builder().rubricGates(false).build();

    static Report score(ScoringPolicy policy, Scorecard... cards) {
        return ScoringStrategies.structured().prepare(TestRoles.SMALL, policy).score(Panel.of(TestRoles.SMALL, List.of(cards)));
    }

    static Report score(Scorecard... cards) {
        return score(ScoringPolicy.defaults(), cards);
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    static Finding find(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(
                () -> new AssertionError("no " + code + " in " + codes(findings)));
    }

    static Scorecard.Builder blank(String interviewer) {
        return Scorecard.builder().candidateId("c-1").interviewerId(interviewer).stage(QuestionCategory.TECHNICAL);
    }

    @Test
    void aggregate_meanMinMaxSpreadPerCriterion_andUnassessedLeftOut() {
        Report report = score(card("a", 3, 2, 4), card("b", 4, 4, 4),
                blank("c").rate("system-design", 4).notAssessed("coding").build());
        CriterionFigures systemDesign = report.criteria().get(0);
        assertEquals("system-design", systemDesign.criterionId());
        assertEquals(3, systemDesign.assessments());
        assertEquals(11.0 / 3, systemDesign.aggregate().getAsDouble(), 1e-15);
        assertEquals(3, systemDesign.minimum().getAsInt());
        assertEquals(4, systemDesign.maximum().getAsInt());
        assertEquals(1, systemDesign.spread().getAsInt());
        CriterionFigures communication = report.criteria().get(1);
        assertEquals(2, communication.assessments());
        assertEquals(3.0, communication.aggregate().getAsDouble());
        assertEquals(2, communication.spread().getAsInt());
        assertEquals(2, report.criteria().get(2).assessments());
    }

    @Test
    void aggregate_medianAndTrimmedMeanAsConfigured() {
        ScoringPolicy policy = ScoringPolicy.builder().aggregation(Aggregation.MEDIAN)
                .putCriterionAggregation("coding", Aggregation.TRIMMED_MEAN).build();
        Report report = score(policy, card("a", 1, 1, 1), card("b", 3, 2, 2), card("c", 4, 2, 4), card("d", 4, 4, 4));
        assertEquals(3.5, report.criteria().get(0).aggregate().getAsDouble(), "median of 1,3,4,4");
        assertEquals(2.0, report.criteria().get(1).aggregate().getAsDouble(), "median of 1,2,2,4");
        assertEquals(3.0, report.criteria().get(2).aggregate().getAsDouble(), "trimmed mean of 1,2,4,4 drops 1 and 4");
    }

    @Test
    void aggregate_trimmedMeanOfTwoRatingsIsThePlainMean() {
        ScoringPolicy policy = ScoringPolicy.builder().aggregation(Aggregation.TRIMMED_MEAN).build();
        assertEquals(2.5, score(policy, card("a", 3, 2, 2), card("b", 3, 3, 3)).criteria().get(1).aggregate().getAsDouble());
    }

    @Test
    void composite_isTheWeightedMeanOfNormalisedAggregates() {
        // system-design weight 2 at 4 -> 1.0; communication weight 1 at 1 -> 0; coding weight 1 at 3 -> 2/3.
        Report report = score(NO_GATES, card("a", 4, 1, 3));
        assertEquals((2 * 1.0 + 0 + 2.0 / 3) / 4, report.composite().getAsDouble(), 1e-15);
    }

    @Test
    void composite_usesPolicyWeightOverrides() {
        ScoringPolicy policy = ScoringPolicy.builder().rubricGates(false).putWeights("system-design", BigDecimal.ONE)
                .putWeights("communication", new BigDecimal("2")).build();
        Report report = score(policy, card("a", 4, 1, 3));
        assertEquals((1.0 + 0 + 2.0 / 3) / 4, report.composite().getAsDouble(), 1e-15);
    }

    @Test
    void composite_leavesOutCriteriaNobodyAssessed() {
        Report report = score(NO_GATES, blank("a").rate("communication", 4).build());
        assertEquals(1.0, report.composite().getAsDouble());
        assertEquals(0, report.criteria().get(0).assessments());
    }

    @Test
    void thresholds_mapCompositeToEachBand() {
        assertEquals(Recommendation.STRONG_HIRE, score(NO_GATES, card("a", 4, 4, 4)).recommendation());
        assertEquals(Recommendation.HIRE, score(NO_GATES, card("a", 3, 3, 3)).recommendation());
        assertEquals(Recommendation.NO_HIRE, score(NO_GATES, card("a", 2, 3, 2)).recommendation());
        assertEquals(Recommendation.STRONG_NO_HIRE, score(NO_GATES, card("a", 1, 1, 2)).recommendation());
    }

    /** Five interviewers whose composite is exactly 0.6: (2*2 + 1*1.6 + 1*1.6) / (3*4). */
    private static Scorecard[] exactlyAtPointSix() {
        return new Scorecard[] {card("a", 3, 3, 3), card("b", 3, 3, 3), card("c", 3, 3, 3), card("d", 3, 2, 2),
            card("e", 3, 2, 2)};
    }

    @Test
    void thresholds_compositeExactlyOnTheHireThresholdIsAHire() {
        Report report = score(exactlyAtPointSix());
        assertEquals(0.6, report.composite().getAsDouble());
        assertEquals(Recommendation.HIRE, report.recommendation());
        assertEquals(new BigDecimal("0.60"), find(report.trace(), "threshold").parameters().get("threshold"));
    }

    @Test
    void thresholds_compositeJustBelowTheThresholdIsNotAHire() {
        ScoringPolicy policy = ScoringPolicy.builder().hireThreshold(new BigDecimal("0.600000001")).build();
        assertEquals(Recommendation.NO_HIRE, score(policy, exactlyAtPointSix()).recommendation());
    }

    @Test
    void thresholds_decidedExactlyWhereDoubleArithmeticFallsShort() {
        // Weights 0.1 each; aggregates 1, 3 and 3.5: the composite is exactly (0 + 2 + 2.5) / 9 = 0.5,
        // but the same sum in doubles gives 0.49999999999999994.
        ScoringPolicy policy = ScoringPolicy.builder().rubricGates(false).putWeights("system-design", new BigDecimal("0.1"))
                .putWeights("communication", new BigDecimal("0.1")).putWeights("coding", new BigDecimal("0.1"))
                .hireThreshold(new BigDecimal("0.5")).build();
        double naive = 0.1 * (1 - 1) + 0.1 * (3 - 1) + 0.1 * (3.5 - 1);
        assertTrue(naive / (0.30000000000000004 * 3) < 0.5, "the double arithmetic falls short of 0.5");
        Report report = score(policy, card("a", 1, 3, 3), card("b", 1, 3, 4));
        assertEquals(Recommendation.HIRE, report.recommendation());
        assertEquals(0.5, report.composite().getAsDouble());
    }

    @Test
    void mustHave_belowMinimumRejectsWhateverTheComposite() {
        Report report = score(card("a", 2, 4, 4), card("b", 2, 4, 4), card("c", 3, 4, 4));
        assertTrue(report.composite().getAsDouble() >= 0.6, "the composite alone would hire");
        assertEquals(Recommendation.NO_HIRE, report.recommendation());
        Finding failed = find(report.trace(), "must-have-failed");
        assertEquals("system-design", failed.parameters().get("criterion"));
        assertEquals(3, failed.parameters().get("minimum"));
    }

    @Test
    void mustHave_aggregateExactlyAtMinimumPasses() {
        Report report = score(card("a", 2, 3, 3), card("b", 3, 3, 3), card("c", 4, 3, 3));
        assertEquals(Recommendation.HIRE, report.recommendation());
        assertEquals("must-have-passed", codes(report.trace()).get(4));
    }

    @Test
    void mustHave_medianBetweenTwoRatingsIsComparedExactly() {
        ScoringPolicy median = ScoringPolicy.builder().aggregation(Aggregation.MEDIAN).build();
        // Median of 2, 3, 4, 4 is 3.5: passes; of 2, 2, 3, 4 is 2.5: fails the minimum 3.
        assertEquals("must-have-passed", codes(score(median, card("a", 2, 3, 3), card("b", 3, 3, 3),
                card("c", 4, 3, 3), card("d", 4, 3, 3)).trace()).get(4));
        assertEquals("must-have-failed", codes(score(median, card("a", 2, 3, 3), card("b", 2, 3, 3),
                card("c", 3, 3, 3), card("d", 4, 3, 3)).trace()).get(4));
    }

    @Test
    void mustHave_failureKeepsAStrongNoHireStrong() {
        assertEquals(Recommendation.STRONG_NO_HIRE, score(card("a", 1, 1, 1)).recommendation());
    }

    @Test
    void mustHave_nobodyAssessedGivesIncompleteNeverAPass() {
        Report report = score(blank("a").rate("communication", 4).rate("coding", 4).build(),
                blank("b").notAssessed("system-design").rate("communication", 4).rate("coding", 4).build());
        assertEquals(Recommendation.INCOMPLETE, report.recommendation());
        assertEquals(1.0, report.composite().getAsDouble());
        assertEquals("system-design", find(report.trace(), "must-have-unassessed").parameters().get("criterion"));
    }

    @Test
    void mustHave_policyMinimumRatingsAddAGate() {
        ScoringPolicy policy = ScoringPolicy.builder().putMinimumRatings("communication", 3).build();
        Report report = score(policy, card("a", 4, 2, 4));
        assertEquals(Recommendation.NO_HIRE, report.recommendation());
        assertEquals("communication", find(report.trace(), "must-have-failed").parameters().get("criterion"));
    }

    @Test
    void mustHave_rubricGatesCanBeSwitchedOff() {
        assertEquals(Recommendation.HIRE, score(NO_GATES, card("a", 2, 4, 4)).recommendation());
        assertFalse(codes(score(NO_GATES, card("a", 2, 4, 4)).trace()).contains("must-have-failed"));
    }

    @Test
    void rejection_beatsIncomplete() {
        ScoringPolicy policy = ScoringPolicy.builder().putMinimumRatings("coding", 3).build();
        Report report = score(policy, blank("a").rate("coding", 1).rate("communication", 4).build());
        assertEquals(Recommendation.NO_HIRE, report.recommendation());
        assertTrue(codes(report.trace()).containsAll(List.of("must-have-unassessed", "must-have-failed")));
    }

    @Test
    void pitfall_criticalVetoes() {
        Report report = score(blank("a").rate("system-design", 4).rate("communication", 4).rate("coding", 4)
                .addObservedPitfalls("no-security").build());
        assertEquals(Recommendation.NO_HIRE, report.recommendation());
        Finding veto = find(report.trace(), "pitfall-veto");
        assertEquals("no-security", veto.parameters().get("pitfall"));
        assertEquals("critical", veto.parameters().get("severity"));
    }

    @Test
    void pitfall_majorCapsTheOutcome() {
        Report report = score(blank("a").rate("system-design", 4).rate("communication", 4).rate("coding", 4)
                .addObservedPitfalls("overcomplicates").build(), card("b", 4, 4, 4));
        assertEquals(Recommendation.HIRE, report.recommendation());
        assertEquals(1, find(report.trace(), "pitfall-cap").parameters().get("observers"));
    }

    @Test
    void pitfall_capDoesNotRaiseALowerOutcome() {
        Report report = score(NO_GATES, blank("a").rate("system-design", 2).rate("communication", 2)
                .addObservedPitfalls("overcomplicates").build());
        assertEquals(Recommendation.NO_HIRE, report.recommendation());
    }

    @Test
    void pitfall_minorIsNotedOnly() {
        Report report = score(blank("a").rate("system-design", 4).rate("communication", 4).rate("coding", 4)
                .addObservedPitfalls("verbose").build());
        assertEquals(Recommendation.STRONG_HIRE, report.recommendation());
        assertEquals("verbose", find(report.trace(), "pitfall-noted").parameters().get("pitfall"));
    }

    @Test
    void pitfall_actionsAndCapAreConfigurable() {
        ScoringPolicy policy = ScoringPolicy.builder().criticalPitfallAction(PitfallAction.NOTE)
                .minorPitfallAction(PitfallAction.CAP).pitfallCap(Recommendation.NO_HIRE).build();
        Scorecard critical = blank("a").rate("system-design", 4).rate("communication", 4).rate("coding", 4)
                .addObservedPitfalls("no-security").build();
        Scorecard minor = blank("a").rate("system-design", 4).rate("communication", 4).rate("coding", 4)
                .addObservedPitfalls("verbose").build();
        assertEquals(Recommendation.STRONG_HIRE, score(policy, critical).recommendation());
        assertEquals(Recommendation.NO_HIRE, score(policy, minor).recommendation());
    }

    @Test
    void noEvidence_givesIncompleteWithoutComposite() {
        Report report = score(NO_GATES, blank("a").build());
        assertEquals(Recommendation.INCOMPLETE, report.recommendation());
        assertTrue(report.composite().isEmpty());
        assertTrue(codes(report.trace()).contains("no-evidence"));
    }

    @Test
    void trace_runsTheStepsInTheDocumentedOrder() {
        Report report = score(blank("a").rate("system-design", 4).rate("communication", 3).rate("coding", 3)
                .addObservedPitfalls("verbose").build());
        assertEquals(List.of("aggregate", "criterion-aggregated", "criterion-aggregated", "criterion-aggregated",
                "must-have-passed", "pitfall-noted", "composite", "threshold", "decision"), codes(report.trace()));
        assertEquals("“system-design”: 1 rating of 4; aggregate 4", report.trace().get(1).text());
        assertEquals("Must-have “system-design”: the aggregate 4 reaches the minimum 3",
                report.trace().get(4).text());
    }

    @Test
    void flag_criterionDisagreementAtOrOverTheSpread() {
        Report report = score(card("a", 4, 2, 3), card("b", 3, 4, 4), card("c", 3, 3, 3));
        List<Finding> disagreements = report.flags().stream()
                .filter(f -> f.code().equals("criterion-disagreement")).toList();
        assertEquals(1, disagreements.size(), "spread 2 on communication is flagged, spread 1 elsewhere is not");
        assertEquals("communication", disagreements.get(0).parameters().get("criterion"));
        assertEquals(2, disagreements.get(0).parameters().get("spread"));
    }

    @Test
    void flag_votesThatDisagreeWithTheOutcome() {
        Report report = score(blank("zoe").rate("system-design", 4).rate("communication", 4).rate("coding", 4)
                        .vote(Recommendation.NO_HIRE).build(),
                blank("adam").rate("system-design", 4).vote(Recommendation.STRONG_NO_HIRE).build(),
                blank("bea").rate("system-design", 4).vote(Recommendation.HIRE).build());
        assertEquals(Recommendation.STRONG_HIRE, report.recommendation());
        Finding flag = find(report.flags(), "votes-disagree");
        assertEquals(List.of("adam", "zoe"), flag.parameters().get("interviewers"));
        assertEquals(3, flag.parameters().get("votes"));
    }

    @Test
    void flag_votesNeverChangeTheOutcome() {
        Report without = score(card("a", 3, 3, 3), card("b", 3, 3, 3), card("c", 3, 3, 3));
        Report with = score(blank("a").from(card("a", 3, 3, 3)).vote(Recommendation.STRONG_NO_HIRE).build(),
                blank("b").from(card("b", 3, 3, 3)).vote(Recommendation.STRONG_NO_HIRE).build(),
                blank("c").from(card("c", 3, 3, 3)).vote(Recommendation.STRONG_NO_HIRE).build());
        assertEquals(without.recommendation(), with.recommendation());
        assertEquals(without.composite(), with.composite());
        assertEquals(without.trace(), with.trace());
    }

    @Test
    void flag_uncoveredCompetenciesAndCoverage() {
        Report report = score(blank("a").rate("system-design", 4).rate("communication", 4).build());
        assertEquals(List.of("coding", "leadership"), find(report.flags(), "uncovered-competencies")
                .parameters().get("competencies"));
        CompetencyCoverage apiDesign = report.coverage().get(0);
        assertEquals("api-design", apiDesign.competencyId());
        assertTrue(apiDesign.covered());
        assertEquals(List.of("system-design"), apiDesign.assessedCriteria());
        assertFalse(report.coverage().get(3).covered());
        assertEquals(List.of(), report.coverage().get(3).criteria());
    }

    @Test
    void flag_panelSmallerThanRecommended() {
        assertEquals(2, find(score(card("a", 3, 3, 3), card("b", 3, 3, 3)).flags(), "small-panel")
                .parameters().get("size"));
        assertFalse(codes(score(card("a", 3, 3, 3), card("b", 3, 3, 3), card("c", 3, 3, 3)).flags())
                .contains("small-panel"));
    }

    @Test
    void report_rendersTheRecommendationTraceAndFlags() {
        String text = score(card("a", 3, 3, 3)).render();
        assertTrue(text.startsWith("Recommendation for candidate c-1 (role test-engineer, strategy structured): hire,"
                + " composite 0.6667\n"), text);
        assertTrue(text.contains("  9. [decision] Recommendation “hire”, by the thresholds of the composite\n"), text);
        assertTrue(text.contains("  - [small-panel] The panel has 1 interviewer, fewer than the recommended 3\n"), text);
    }

    @Test
    void trace_recordsThatTheGateAndPitfallStepsFoundNothing() {
        Role noMustHave = Role.builder().from(TestRoles.SMALL)
                .rubric(Rubric.builder().from(TestRoles.SMALL.rubric()).criteria(List.of(
                        TestRoles.criterion("system-design", "api-design", "2", false, 0),
                        TestRoles.criterion("communication", "communication", "1", false, 0))).build())
                .build();
        Scorecard card = Scorecard.builder().candidateId("c-1").interviewerId("a").stage(QuestionCategory.TECHNICAL)
                .rate("system-design", 3).rate("communication", 3).build();

        Report report = ScoringStrategies.structured().prepare(noMustHave, ScoringPolicy.defaults())
                .score(Panel.of(noMustHave, List.of(card)));

        assertEquals(List.of("aggregate", "criterion-aggregated", "criterion-aggregated", "must-have-none",
                "pitfalls-none", "composite", "threshold", "decision"), codes(report.trace()));
    }

    @Test
    void trace_pitfallsNone_isAbsentWhenAPitfallIsObserved() {
        Scorecard observed = Scorecard.builder().from(card("a", 3, 3, 3)).addObservedPitfalls("verbose").build();

        List<String> codes = codes(score(observed).trace());

        assertTrue(codes.contains("pitfall-noted"), codes.toString());
        assertFalse(codes.contains("pitfalls-none"), codes.toString());
        assertFalse(codes.contains("must-have-none"), codes.toString());
    }
}
