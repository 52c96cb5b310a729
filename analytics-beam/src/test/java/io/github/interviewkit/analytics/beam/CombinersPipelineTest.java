package io.github.interviewkit.analytics.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.interviewkit.analytics.AdverseImpactReport;
import io.github.interviewkit.analytics.CategorySet;
import io.github.interviewkit.analytics.CoincidenceCounts;
import io.github.interviewkit.analytics.KrippendorffsAlpha;
import io.github.interviewkit.analytics.MeasurementLevel;
import io.github.interviewkit.analytics.SelectionCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

/** The combiners in a pipeline on the DirectRunner, globally and per key, against the single-pass values. */
class CombinersPipelineTest {
    private static final CategorySet FIVE = CategorySet.of(1, 2, 3, 4, 5);

    @Test
    void alpha_globallyAndPerKey_equalsTheSinglePassValues() {
        Random random = new Random(11L);
        List<KV<String, CoincidenceCounts>> units = new ArrayList<>();
        List<int[]> a = new ArrayList<>();
        List<int[]> all = new ArrayList<>();
        for (int u = 0; u < 400; u++) {
            int[] row = new int[4];
            int truth = 1 + random.nextInt(5);
            for (int r = 0; r < row.length; r++) {
                row[r] = random.nextInt(6) == 0 ? 0 : Math.max(1, Math.min(5, truth + random.nextInt(3) - 1));
            }
            String key = u % 3 == 0 ? "a" : "b";
            units.add(KV.of(key, CoincidenceCounts.of(FIVE, new int[][] {row}, 0)));
            all.add(row);
            if (key.equals("a")) {
                a.add(row);
            }
        }
        double overall = CoincidenceCounts.of(FIVE, all.toArray(new int[0][]), 0).alpha(MeasurementLevel.ORDINAL)
                .alpha().value().orElseThrow();
        double ofA = CoincidenceCounts.of(FIVE, a.toArray(new int[0][]), 0).alpha(MeasurementLevel.ORDINAL)
                .alpha().value().orElseThrow();

        TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(true);
        AnalyticsCoders.registerIn(pipeline.getCoderRegistry());
        PCollection<KV<String, CoincidenceCounts>> input = pipeline.apply(Create.of(units));
        PCollection<Double> global = input.apply("Values", org.apache.beam.sdk.transforms.Values.create())
                .apply("Globally", KrippendorffsAlphaCombine.globally(FIVE, MeasurementLevel.ORDINAL))
                .apply("AlphaValue", org.apache.beam.sdk.transforms.MapElements.into(TypeDescriptors.doubles())
                        .via((KrippendorffsAlpha alpha) -> alpha.alpha().value().orElseThrow()));
        PCollection<KV<String, Double>> perKey = input
                .apply("PerKey", KrippendorffsAlphaCombine.<String>perKey(MeasurementLevel.ORDINAL))
                .apply("KeyValue", org.apache.beam.sdk.transforms.MapElements
                        .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.doubles()))
                        .via((KV<String, KrippendorffsAlpha> kv) -> KV.of(kv.getKey(),
                                kv.getValue().alpha().value().orElseThrow())));
        PAssert.thatSingleton(global).isEqualTo(overall);
        PAssert.that(perKey).satisfies(rows -> {
            for (KV<String, Double> row : rows) {
                if (row.getKey().equals("a")) {
                    assertEquals(ofA, row.getValue(), 0.0);
                }
            }
            return null;
        });
        pipeline.run().waitUntilFinish();
    }

    @Test
    void alpha_globallyOnNoInput_isUndefinedWithTheReason() {
        TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(true);
        PCollection<String> reason = pipeline.apply(Create.empty(AnalyticsCoders.coincidenceCounts()))
                .apply(KrippendorffsAlphaCombine.globally(FIVE, MeasurementLevel.NOMINAL))
                .apply(org.apache.beam.sdk.transforms.MapElements.into(TypeDescriptors.strings())
                        .via((KrippendorffsAlpha alpha) -> alpha.alpha().undefinedReason().orElseThrow()));
        PAssert.thatSingleton(reason).isEqualTo("no unit has two or more ratings to pair");
        pipeline.run().waitUntilFinish();
    }

    @Test
    void adverseImpact_perKey_namesTheReferenceGroup() {
        TestPipeline pipeline = TestPipeline.create().enableAbandonedNodeEnforcement(true);
        List<KV<String, SelectionCounts>> outcomes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            outcomes.add(KV.of("tenant", SelectionCounts.ofOutcome("white", i < 60)));
            outcomes.add(KV.of("tenant", SelectionCounts.ofOutcome("american-indian", i < 45)));
        }
        PCollection<KV<String, String>> references = pipeline.apply(Create.of(outcomes)
                        .withCoder(org.apache.beam.sdk.coders.KvCoder.of(
                                org.apache.beam.sdk.coders.StringUtf8Coder.of(), AnalyticsCoders.selectionCounts())))
                .apply(AdverseImpactCombine.<String>perKey())
                .apply(org.apache.beam.sdk.transforms.MapElements
                        .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                        .via((KV<String, AdverseImpactReport> kv) -> KV.of(kv.getKey(),
                                kv.getValue().referenceGroup().orElseThrow() + " shortfall "
                                        + kv.getValue().group("american-indian").orElseThrow().shortfall())));
        PAssert.that(references).containsInAnyOrder(List.of(KV.of("tenant", "white shortfall 3")));
        pipeline.run().waitUntilFinish();
    }
}
