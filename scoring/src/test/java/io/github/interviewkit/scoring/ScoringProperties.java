package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.interviewkit.scoring.PanelGenerators.RawPanel;
import io.github.interviewkit.scoring.ScoringStrategy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The laws of the built-in strategies, over generated panels of {@link TestRoles#SMALL}. */
class ScoringProperties {
    private static final ScoringPolicy HURDLES = ScoringPolicy.builder()
            .addHurdles(Hurdle.of(io.github.interviewkit.model.QuestionCategory.SCREENING, new BigDecimal("0.4")))
            .build();
    /** Compensatory: no gate, and pitfalls only noted. */
    private static final ScoringPolicy COMPENSATORY = ScoringPolicy.builder().rubricGates(false)
            .criticalPitfallAction(PitfallAction.NOTE).majorPitfallAction(PitfallAction.NOTE).build();

    private static PanelScorer structured(ScoringPolicy policy) {
        return ScoringEngine.builder().registerBuiltIns().policy(policy).build().scorer(TestRoles.SMALL);
    }

    static List<PanelScorer> everyBuiltIn() {
        List<PanelScorer> scorers = new ArrayList<>();
        for (ScoringStrategy strategy : ScoringStrategies.all()) {
            scorers.add(strategy.prepare(TestRoles.SMALL, HURDLES));
        }
        return scorers;
    }

    @Test
    void sameInput_sameReport() {
        qt().forAll(PanelGenerators.panels(20)).checkAssert(raw -> {
            for (int s = 0; s < ScoringStrategies.all().size(); s++) {
                Report first = everyBuiltIn().get(s).score(raw.panel());
                Report second = everyBuiltIn().get(s).score(raw.panel());
                assertEquals(first, second);
                assertEquals(first.toJson(), second.toJson());
            }
        });
    }

    @Test
    void interviewerOrder_neverChangesTheReport() {
        qt().forAll(PanelGenerators.panels(20), integers().between(0, 1000)).checkAssert((raw, seed) -> {
            List<Scorecard> shuffled = new ArrayList<>(raw.cards());
            Collections.shuffle(shuffled, new java.util.Random(seed));
            Panel reordered = Panel.of(TestRoles.SMALL, shuffled);
            for (PanelScorer scorer : everyBuiltIn()) {
                Report original = scorer.score(raw.panel());
                assertEquals(original, scorer.score(reordered));
                assertEquals(original.toJson(), scorer.score(reordered).toJson());
            }
        });
    }

    @Test
    void raisingAnyRating_neverLowersTheCompensatoryRecommendation() {
        PanelScorer scorer = structured(COMPENSATORY);
        qt().forAll(PanelGenerators.panels(20), integers().between(0, 5), integers().between(0, 2),
                integers().between(1, 3)).checkAssert((raw, interviewer, criterion, step) -> {
                    int k = interviewer % raw.ratings.length;
                    int level = raw.ratings[k][criterion];
                    if (level == 0 || level == 4) {
                        return;
                    }
                    Report before = scorer.score(raw.panel());
                    Report after = scorer.score(raw.withRating(k, criterion, Math.min(4, level + step)).panel());
                    assertTrue(after.recommendation().isAtLeast(before.recommendation()),
                            before.recommendation() + " became " + after.recommendation());
                    assertTrue(after.composite().getAsDouble() >= before.composite().getAsDouble());
                });
    }

    @Test
    void composite_staysInItsRange() {
        qt().forAll(PanelGenerators.panels(30)).checkAssert(raw -> {
            for (PanelScorer scorer : everyBuiltIn()) {
                scorer.score(raw.panel()).composite().ifPresent(composite ->
                        assertTrue(composite >= 0 && composite <= 1, "composite " + composite));
            }
        });
    }

    @Test
    void mustHaveFailure_alwaysRejects() {
        PanelScorer scorer = structured(ScoringPolicy.defaults());
        qt().forAll(PanelGenerators.panels(30), integers().between(1, 2)).checkAssert((raw, low) -> {
            // Every interviewer who assessed system-design (minimum 3) rated it 1 or 2; interviewer 0 did.
            RawPanel failing = raw.withRating(0, 0, low);
            for (int k = 1; k < raw.ratings.length; k++) {
                if (failing.ratings[k][0] > 2) {
                    failing = failing.withRating(k, 0, low);
                }
            }
            Recommendation outcome = scorer.score(failing.panel()).recommendation();
            assertTrue(outcome == Recommendation.NO_HIRE || outcome == Recommendation.STRONG_NO_HIRE,
                    "a failed must-have gave " + outcome);
        });
    }

    @Test
    void removingAllRatingsOfAMustHave_givesIncomplete() {
        PanelScorer scorer = structured(ScoringPolicy.defaults());
        // The critical pitfall vetoes, and a veto already decides: leave it out of these panels.
        qt().forAll(PanelGenerators.panels(30)).checkAssert(raw -> {
            RawPanel without = raw;
            for (int k = 0; k < raw.ratings.length; k++) {
                without = without.withRating(k, 0, 0);
                raw.pitfalls[k][0] = false;
            }
            assertEquals(Recommendation.INCOMPLETE, scorer.score(without.panel()).recommendation());
        });
    }

    private static final BigDecimal[] WEIGHTS = {new BigDecimal("0.1"), new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("0.3"),
        new BigDecimal("0.7"), BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("3")};

    @Test
    void thresholdDecision_agreesWithExactRationalArithmetic() {
        qt().forAll(PanelGenerators.panels(0), integers().between(0, 7), integers().between(0, 7),
                integers().between(0, 7)).checkAssert((raw, a, b, c) -> {
                    BigDecimal[] weights = {WEIGHTS[a], WEIGHTS[b], WEIGHTS[c]};
                    ScoringPolicy policy = ScoringPolicy.builder().from(COMPENSATORY)
                            .strongHireThreshold(new BigDecimal("0.5")).hireThreshold(new BigDecimal("0.4"))
                            .noHireThreshold(new BigDecimal("0.25"))
                            .putWeights("system-design", weights[0]).putWeights("communication", weights[1])
                            .putWeights("coding", weights[2]).build();
                    Report report = structured(policy).score(raw.panel());
                    BigInteger[] exact = exactComposite(raw, weights);
                    if (exact == null) {
                        assertEquals(Recommendation.INCOMPLETE, report.recommendation());
                        return;
                    }
                    assertEquals(band(exact), report.recommendation());
                });
    }

    /** The composite as numerator and denominator, computed independently; null without evidence. */
    private static BigInteger[] exactComposite(RawPanel raw, BigDecimal[] weights) {
        // sum_i w_i (mean_i - 1) / (3 sum_i w_i), with mean_i = s_i / n_i, as one fraction.
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal weightTotal = BigDecimal.ZERO;
        BigInteger denominators = BigInteger.ONE;
        int[] sums = new int[3];
        int[] counts = new int[3];
        for (int[] card : raw.ratings) {
            for (int i = 0; i < 3; i++) {
                if (card[i] > 0) {
                    sums[i] += card[i];
                    counts[i]++;
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            if (counts[i] > 0) {
                denominators = denominators.multiply(BigInteger.valueOf(counts[i]));
            }
        }
        if (denominators.equals(BigInteger.ONE) && counts[0] + counts[1] + counts[2] == 0) {
            return null;
        }
        for (int i = 0; i < 3; i++) {
            if (counts[i] > 0) {
                BigDecimal share = new BigDecimal(denominators.divide(BigInteger.valueOf(counts[i])));
                numerator = numerator.add(weights[i].multiply(BigDecimal.valueOf(sums[i] - counts[i])).multiply(share));
                weightTotal = weightTotal.add(weights[i]);
            }
        }
        BigDecimal denominator = weightTotal.multiply(BigDecimal.valueOf(3)).multiply(new BigDecimal(denominators));
        int scale = Math.max(numerator.scale(), denominator.scale());
        return new BigInteger[] {numerator.setScale(scale).unscaledValue(), denominator.setScale(scale).unscaledValue()};
    }

    private static Recommendation band(BigInteger[] composite) {
        // Thresholds where sums of tenths are often exactly on the boundary: 1/2, 2/5, 1/4.
        if (atLeast(composite, 1, 2)) {
            return Recommendation.STRONG_HIRE;
        }
        if (atLeast(composite, 2, 5)) {
            return Recommendation.HIRE;
        }
        return atLeast(composite, 1, 4) ? Recommendation.NO_HIRE : Recommendation.STRONG_NO_HIRE;
    }

    private static boolean atLeast(BigInteger[] composite, int numerator, int denominator) {
        return composite[0].multiply(BigInteger.valueOf(denominator))
                .compareTo(composite[1].multiply(BigInteger.valueOf(numerator))) >= 0;
    }
}
