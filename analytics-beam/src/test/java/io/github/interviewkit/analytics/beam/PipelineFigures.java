package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.CalibrationPolicy;
import java.math.BigDecimal;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;

/**
 * The DirectRunner's time per scorecard on the 100,000-scorecard set of the pipeline test, with
 * and without its immutability check. Not part of the build; run it with
 * {@code mvn -B -pl analytics-beam -am test -Dtest=PipelineFigures -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PipelineFigures {
    @Test
    void timePerScorecardOnTheDirectRunner() {
        GeneratedData.Data data = GeneratedData.generate(20261202L, 50, 500);
        for (boolean enforce : new boolean[] {false, true, false, true}) {
            DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
            options.setEnforceImmutability(enforce);
            options.setTargetParallelism(2);
            TestPipeline pipeline = TestPipeline.fromOptions(options).enableAbandonedNodeEnforcement(false);
            AnalyticsPipeline.Tables tables = AnalyticsPipeline.builder().panelParser(GeneratedData.PARSER)
                    .key(GeneratedData::keyOf).flow(GeneratedData.FLOW)
                    .calibrationPolicy(CalibrationPolicy.of(new BigDecimal("0.25"), 20)).build()
                    .tables(pipeline.apply("Panels", Create.of(data.panelLines)),
                            pipeline.apply("Outcomes", Create.of(data.outcomeLines)));
            tables.adverseImpact().apply(Count.globally());
            long start = System.nanoTime();
            pipeline.run().waitUntilFinish();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("immutability check %-5s: %.1f s for %d scorecards, %.1f us per scorecard%n", enforce,
                    seconds, data.scorecards, seconds * 1e6 / data.scorecards);
        }
    }
}
