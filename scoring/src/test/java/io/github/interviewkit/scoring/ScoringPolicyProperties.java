package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.io.ContentFormat;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Round trips of scoring policies through JSON and YAML. */
class ScoringPolicyProperties {
    static Gen<ScoringPolicy> policies() {
        Gen<Integer> small = integers().between(0, 2);
        Gen<Integer> permille = integers().between(0, 1000);
        Gen<Integer> size = integers().between(1, 9);
        return in -> {
            int[] thresholds = {permille.generate(in), permille.generate(in), permille.generate(in)};
            java.util.Arrays.sort(thresholds);
            ScoringPolicy.Builder builder = ScoringPolicy.builder()
                    .aggregation(Aggregation.values()[small.generate(in)])
                    .rubricGates(small.generate(in) > 0)
                    .criticalPitfallAction(PitfallAction.values()[small.generate(in)])
                    .majorPitfallAction(PitfallAction.values()[small.generate(in)])
                    .minorPitfallAction(PitfallAction.values()[small.generate(in)])
                    .pitfallCap(Recommendation.values()[small.generate(in) + 1])
                    .noHireThreshold(BigDecimal.valueOf(thresholds[0], 3))
                    .hireThreshold(BigDecimal.valueOf(thresholds[1], 3))
                    .strongHireThreshold(BigDecimal.valueOf(thresholds[2], 3))
                    .disagreementSpread(size.generate(in))
                    .minimumPanelSize(size.generate(in));
            int criteria = small.generate(in);
            for (int i = 0; i < criteria; i++) {
                builder.putWeights("criterion-" + i, BigDecimal.valueOf(permille.generate(in) + 1, 2))
                        .putCriterionAggregation("criterion-" + i, Aggregation.values()[small.generate(in)])
                        .putMinimumRatings("criterion-" + i, size.generate(in));
            }
            String[] stages = {"screening", "technical", "take-home"};
            for (int h = 0; h < small.generate(in); h++) {
                builder.addHurdles(Hurdle.of(QuestionCategory.of(stages[h]), BigDecimal.valueOf(permille.generate(in), 3)));
            }
            return builder.build();
        };
    }

    @Test
    void writeThenRead_givesAnEqualPolicy() {
        qt().forAll(policies()).checkAssert(policy -> {
            for (ContentFormat format : ContentFormat.values()) {
                String text = policy.write(format);
                ScoringPolicy read = ScoringPolicy.read(text, format);
                assertEquals(policy, read, text);
                assertEquals(text, read.write(format));
            }
        });
    }
}
