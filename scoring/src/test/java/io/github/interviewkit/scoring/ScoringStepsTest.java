package io.github.interviewkit.scoring;

import static io.github.interviewkit.scoring.StructuredStrategyTest.blank;
import static io.github.interviewkit.scoring.StructuredStrategyTest.codes;
import static io.github.interviewkit.scoring.TestRoles.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.QuestionCategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringStepsTest {
    private static final Panel HIRE = Panel.of(TestRoles.SMALL, List.of(card("a", 3, 3, 3), card("b", 4, 3, 3),
            card("c", 3, 4, 3)));

    private static Report score(ScoringStrategy strategy, ScoringPolicy policy, Panel panel) {
        return strategy.prepare(TestRoles.SMALL, policy).score(panel);
    }

    private static Report score(ScoringSteps steps, Panel panel) {
        return score(steps.strategy("custom", "A strategy of the tests"), ScoringPolicy.defaults(), panel);
    }

    /** Vetoes when anyone voted strong no-hire: a rule the built-ins do not have. */
    private static final ScoringStep STRONG_NO_VOTE = ScoringStep.of("strong-no-vote", state -> {
        for (Scorecard scorecard : state.panel().scorecards()) {
            if (scorecard.vote().orElse(null) == Recommendation.STRONG_NO_HIRE) {
                state.veto(Finding.of("strong-no-vote", "{interviewer} voted strong no-hire",
                        Map.of("interviewer", scorecard.interviewerId())));
            }
        }
    });

    @Test
    void builtIns_areTheirStepSequences() {
        assertEquals(List.of("aggregate", "must-have-gates", "pitfall-rules", "composite", "thresholds", "flags"),
                ScoringSteps.structured().names());
        assertEquals(List.of("aggregate", "must-have-gates", "bar-raiser-veto", "pitfall-rules", "composite",
                "thresholds", "flags"), ScoringSteps.barRaiser().names());
        assertEquals(List.of("hurdles", "aggregate", "must-have-gates", "pitfall-rules", "composite", "thresholds",
                "flags"), ScoringSteps.multipleHurdle().names());
    }

    @Test
    void strategy_fromTheStructuredSteps_scoresExactlyAsTheBuiltIn() {
        Report builtIn = score(ScoringStrategies.structured(), ScoringPolicy.defaults(), HIRE);
        Report composed = score(ScoringSteps.structured().strategy("structured", "the same steps"),
                ScoringPolicy.defaults(), HIRE);

        assertEquals(builtIn, composed);
        assertEquals(builtIn.toJson(), composed.toJson());
    }

    @Test
    void after_addsAVetoToTheStructuredRule() {
        Panel panel = Panel.of(TestRoles.SMALL, List.of(card("a", 4, 4, 4), card("b", 4, 4, 4),
                blank("c").from(card("c", 4, 4, 4)).vote(Recommendation.STRONG_NO_HIRE).build()));
        assertEquals(Recommendation.STRONG_HIRE,
                score(ScoringStrategies.structured(), ScoringPolicy.defaults(), panel).recommendation());

        Report vetoed = score(ScoringSteps.structured().after(ScoringSteps.MUST_HAVE_GATES, STRONG_NO_VOTE), panel);

        assertEquals(Recommendation.NO_HIRE, vetoed.recommendation());
        assertEquals(List.of("aggregate", "criterion-aggregated", "criterion-aggregated", "criterion-aggregated",
                "must-have-passed", "strong-no-vote", "pitfalls-none", "composite", "threshold", "decision"),
                codes(vetoed.trace()));
        assertEquals("c voted strong no-hire", vetoed.trace().get(5).text());
        assertEquals("Recommendation “no hire”: rejected by a must-have or a veto", vetoed.trace().get(9).text());
        assertEquals("custom", vetoed.strategyId());
    }

    @Test
    void before_then_replace_without_changeTheSequenceByName() {
        ScoringStep audit = ScoringStep.reporting("audit", state -> state.addStep(Finding.of("audited",
                "Audited", Map.of())));
        ScoringSteps steps = ScoringSteps.structured();

        assertEquals("strong-no-vote", steps.before(ScoringSteps.COMPOSITE, STRONG_NO_VOTE).names().get(3));
        assertEquals("audit", steps.then(audit).names().get(6));
        assertSame(STRONG_NO_VOTE, steps.replace(ScoringSteps.PITFALL_RULES, STRONG_NO_VOTE).step("strong-no-vote"));
        assertFalse(steps.without(ScoringSteps.PITFALL_RULES).names().contains("pitfall-rules"));
        assertEquals(6, steps.names().size(), "a sequence never changes");
        assertEquals(ScoringSteps.structured(), steps);
    }

    @Test
    void replace_wrapsAStepInOneOfYourOwn() {
        ScoringStep gates = ScoringSteps.structured().step(ScoringSteps.MUST_HAVE_GATES);
        ScoringStep counted = ScoringStep.prepared("counted-gates", (role, policy) -> {
            ScoringStep.Prepared inner = gates.prepare(role, policy);
            return state -> {
                int before = state.trace().size();
                inner.run(state);
                state.addStep(Finding.of("gates-counted", "{gates} gate steps",
                        Map.of("gates", state.trace().size() - before)));
            };
        });

        Report report = score(ScoringSteps.structured().replace(ScoringSteps.MUST_HAVE_GATES, counted), HIRE);

        assertEquals("gates-counted", report.trace().get(5).code());
        assertEquals(1, report.trace().get(5).parameters().get("gates"));
    }

    @Test
    void prepared_runsItsPreparationOncePerRole() {
        List<String> prepared = new ArrayList<>();
        ScoringStep step = ScoringStep.prepared("coding-floor", (role, policy) -> {
            prepared.add(role.id());
            int coding = role.rubric().criteria().stream().map(c -> c.id()).toList().indexOf("coding");
            return state -> {
                if (state.figures().criterion(coding).minimum().orElse(4) < 2) {
                    state.veto(Finding.of("coding-floor", "Someone rated coding below 2", Map.of()));
                }
            };
        });
        PanelScorer scorer = ScoringSteps.structured().after(ScoringSteps.MUST_HAVE_GATES, step)
                .strategy("floor", "Structured plus a coding floor").prepare(TestRoles.SMALL, ScoringPolicy.defaults());

        Recommendation low = scorer.score(Panel.of(TestRoles.SMALL, List.of(card("a", 4, 4, 1)))).recommendation();
        Recommendation high = scorer.score(HIRE).recommendation();

        assertEquals(List.of("test-engineer"), prepared);
        assertEquals(Recommendation.NO_HIRE, low);
        assertTrue(high.isHire());
    }

    @Test
    void decidingSteps_afterTheDecisionAreSkipped_reportingStepsStillRun() {
        ScoringPolicy hurdle = ScoringPolicy.builder().addHurdles(Hurdle.of(QuestionCategory.SCREENING,
                new BigDecimal("0.5"))).build();
        ScoringStep mustNotRun = ScoringStep.of("must-not-run", state -> {
            throw new AssertionError("a deciding step ran after the decision");
        });
        ScoringStrategy strategy = ScoringSteps.multipleHurdle().after(ScoringSteps.HURDLES, mustNotRun)
                .strategy("early", "hurdles decide first");

        Report report = score(strategy, hurdle, HIRE);

        assertEquals(Recommendation.INCOMPLETE, report.recommendation(), "no scorecard of the screening stage");
        assertEquals(List.of("hurdle-missing", "decision"), codes(report.trace()));
        assertEquals(List.of("uncovered-competencies"), codes(report.flags()), "the flags step reported");
    }

    @Test
    void reportingStep_mayAddFindingsButNotChangeTheVerdict() {
        ScoringStep flagger = ScoringStep.reporting("flagger", state -> state.addFlag(Finding.of("seen",
                "Seen as {outcome}", Map.of("outcome", state.recommendation().orElseThrow().id()))));
        ScoringStep rejecter = ScoringStep.reporting("rejecter", ScoringState::reject);

        Report flagged = score(ScoringSteps.structured().then(flagger), HIRE);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> score(ScoringSteps.structured().then(rejecter), HIRE));

        assertEquals("Seen as hire", flagged.flags().get(flagged.flags().size() - 1).text());
        assertTrue(e.getMessage().startsWith("the recommendation is decided (hire)"), e.getMessage());
    }

    @Test
    void decide_byAStepOfYourOwn_recordsTheDecisionWithItsReason() {
        ScoringSteps steps = ScoringSteps.of(ScoringSteps.aggregate(), ScoringStep.of("always-hire",
                state -> state.decide(Recommendation.HIRE, "the hiring manager says so")), ScoringSteps.flags());

        Report report = score(steps, HIRE);

        Finding decision = report.trace().get(report.trace().size() - 1);
        assertEquals(Map.of("recommendation", "hire", "reason", "the hiring manager says so"), decision.parameters());
        assertEquals("Recommendation “hire”: the hiring manager says so", decision.text());
        assertEquals("Empfehlung „Einstellen“: the hiring manager says so", decision.text(java.util.Locale.GERMAN));
    }

    @Test
    void verdict_withNothingToDecideOn_failsNamingWhatIsMissing() {
        ScoringSteps steps = ScoringSteps.structured().without(ScoringSteps.THRESHOLDS);

        ScoringException e = assertThrows(ScoringException.class, () -> score(steps, HIRE));

        assertEquals("strategy 'custom' has nothing to decide on for candidate 'c-1': no step decided, proposed an"
                + " outcome (the thresholds step does), rejected the candidate or found evidence missing", e.getMessage());
    }

    @Test
    void verdict_decidesWithoutAProposal_whenARejectionOrMissingEvidenceDecides() {
        ScoringSteps gatesOnly = ScoringSteps.of(ScoringSteps.aggregate(), ScoringSteps.mustHaveGates());

        Report rejected = score(gatesOnly, Panel.of(TestRoles.SMALL, List.of(card("a", 1, 4, 4))));
        Report incomplete = score(gatesOnly, Panel.of(TestRoles.SMALL, List.of(blank("a").rate("coding", 4).build())));

        assertEquals(Recommendation.NO_HIRE, rejected.recommendation());
        assertEquals("Recommendation “no hire”: rejected by a must-have or a veto",
                rejected.trace().get(rejected.trace().size() - 1).text());
        assertEquals(Recommendation.INCOMPLETE, incomplete.recommendation());
    }

    @Test
    void state_changesOnlyWhileItsStepRuns() {
        ScoringState[] kept = new ScoringState[1];
        score(ScoringSteps.structured().after(ScoringSteps.AGGREGATE, ScoringStep.of("keeps", s -> kept[0] = s)), HIRE);

        assertThrows(IllegalStateException.class, () -> kept[0].addStep(Finding.of("late", "Late", Map.of())));
        assertThrows(IllegalStateException.class, kept[0]::reject);
        assertEquals(Recommendation.HIRE, kept[0].recommendation().orElseThrow());
        assertFalse(kept[0].toString().contains("Strong"), "no scorecard contents: " + kept[0]);
    }

    @Test
    void state_verdictMethodsCheckTheirArguments() {
        List<Throwable> thrown = new ArrayList<>();
        ScoringStep probe = ScoringStep.of("probe", state -> {
            thrown.add(assertThrows(IllegalArgumentException.class, () -> state.capAt(Recommendation.INCOMPLETE)));
            thrown.add(assertThrows(IllegalArgumentException.class, () -> state.propose(Recommendation.INCOMPLETE)));
            thrown.add(assertThrows(NullPointerException.class, () -> state.capAt(null)));
            thrown.add(assertThrows(IllegalArgumentException.class, () -> state.decide(Recommendation.HIRE, " ")));
            thrown.add(assertThrows(NullPointerException.class, () -> state.addStep(null)));
            state.capAt(Recommendation.HIRE);
            state.capAt(Recommendation.STRONG_HIRE);
        });

        Report report = score(ScoringSteps.structured().after(ScoringSteps.AGGREGATE, probe),
                Panel.of(TestRoles.SMALL, List.of(card("a", 4, 4, 4), card("b", 4, 4, 4), card("c", 4, 4, 4))));

        assertEquals(5, thrown.size());
        assertEquals("cap", thrown.get(2).getMessage());
        assertEquals(Recommendation.HIRE, report.recommendation(), "the lower cap holds: " + report.render());
        assertEquals("Recommendation “hire”, by the thresholds of the composite, capped by a pitfall",
                report.trace().get(report.trace().size() - 1).text());
    }

    @Test
    void of_rejectsBrokenSequences() {
        ScoringStep other = ScoringStep.of("aggregate", state -> { });

        assertEquals("two steps are named 'aggregate'; step names must be unique", assertThrows(
                IllegalArgumentException.class, () -> ScoringSteps.of(ScoringSteps.aggregate(), other)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScoringSteps.structured().then(STRONG_NO_VOTE))
                .getMessage().startsWith("the deciding step 'strong-no-vote' comes after the reporting step 'flags'"));
        assertThrows(IllegalArgumentException.class, ScoringSteps::of);
        assertThrows(IllegalArgumentException.class, () -> ScoringSteps.of(ScoringSteps.flags())
                .without(ScoringSteps.FLAGS));
        assertEquals("steps", assertThrows(NullPointerException.class,
                () -> ScoringSteps.of((List<ScoringStep>) null)).getMessage());
        assertThrows(NullPointerException.class, () -> ScoringSteps.of(ScoringSteps.aggregate(), null));
        assertEquals("no step is named 'nope'; the steps are [aggregate, must-have-gates, pitfall-rules, composite,"
                + " thresholds, flags]", assertThrows(IllegalArgumentException.class,
                () -> ScoringSteps.structured().after("nope", STRONG_NO_VOTE)).getMessage());
    }

    @Test
    void names_andIds_areSlugs() {
        assertEquals("name must be a slug such as must-have-gates, was \"No Slug\"", assertThrows(
                IllegalArgumentException.class, () -> ScoringStep.of("No Slug", state -> { })).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class,
                () -> ScoringStep.of(null, state -> { })).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScoringSteps.structured().strategy("Bad Id", "x"));
        assertThrows(IllegalArgumentException.class, () -> ScoringSteps.structured().strategy("ok", " "));
    }

    @Test
    void prepare_failsWhenAStepPreparesNothing() {
        ScoringStep empty = ScoringStep.prepared("empty", (role, policy) -> null);

        ScoringException e = assertThrows(ScoringException.class, () -> ScoringSteps.structured()
                .after(ScoringSteps.AGGREGATE, empty).strategy("x", "y").prepare(TestRoles.SMALL,
                        ScoringPolicy.defaults()));

        assertEquals("step 'empty' prepared nothing for role 'test-engineer'", e.getMessage());
    }

    @Test
    void hurdles_needAHurdleInThePolicy() {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> ScoringSteps.structured()
                .before(ScoringSteps.AGGREGATE, ScoringSteps.hurdles()).strategy("h", "hurdles")
                .prepare(TestRoles.SMALL, ScoringPolicy.defaults()));

        assertEquals("hurdles", e.violations().get(0).path());
    }

    @Test
    void toString_namesTheStepsAndTheStrategy() {
        assertEquals("ScoringSteps[hurdles, aggregate, must-have-gates, pitfall-rules, composite, thresholds, flags]",
                ScoringSteps.multipleHurdle().toString());
        assertEquals("reporting step flags", ScoringSteps.flags().toString());
        assertEquals("step strong-no-vote", STRONG_NO_VOTE.toString());
        assertEquals("structured scorer for role test-engineer with the steps " + ScoringSteps.structured().names(),
                ScoringStrategies.structured().prepare(TestRoles.SMALL, ScoringPolicy.defaults()).toString());
    }

    /** The snippets of {@link ScoringStep}'s and {@link ScoringSteps}' class documentation, kept running here. */
    @Test
    void javadocSnippets_run() {
        ScoringStep strongNoVote = ScoringStep.of("strong-no-vote", state -> {
            for (Scorecard card : state.panel().scorecards()) {
                if (card.vote().orElse(null) == Recommendation.STRONG_NO_HIRE) {
                    state.veto(Finding.of("strong-no-vote", "{interviewer} voted strong no-hire",
                            Map.of("interviewer", card.interviewerId())));
                }
            }
        });
        ScoringStrategy strategy = ScoringSteps.structured()
                .after(ScoringSteps.MUST_HAVE_GATES, strongNoVote)
                .strategy("structured-with-vote-veto", "The structured rule; a strong no-hire vote vetoes");
        ScoringStep myVeto = strongNoVote;
        ScoringStrategy strict = ScoringSteps.structured()
                .after(ScoringSteps.MUST_HAVE_GATES, myVeto)      // a ScoringStep of your own
                .strategy("strict", "The structured rule plus my veto");

        Panel panel = Panel.of(TestRoles.SMALL, List.of(blank("a").from(card("a", 4, 4, 4))
                .vote(Recommendation.STRONG_NO_HIRE).build()));
        assertEquals(Recommendation.NO_HIRE, score(strategy, ScoringPolicy.defaults(), panel).recommendation());
        assertEquals(Recommendation.NO_HIRE, score(strict, ScoringPolicy.defaults(), panel).recommendation());
    }
}
