package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.CalibrationSums;
import io.github.interviewkit.analytics.CategoryCounts;
import io.github.interviewkit.analytics.CategorySet;
import io.github.interviewkit.analytics.CoincidenceCounts;
import io.github.interviewkit.analytics.ContingencyTable;
import io.github.interviewkit.analytics.CriterionPassCounts;
import io.github.interviewkit.analytics.IccSums;
import io.github.interviewkit.analytics.RankSums;
import io.github.interviewkit.analytics.SelectionCounts;
import io.github.interviewkit.analytics.StageCounts;
import io.github.interviewkit.scoring.Panel;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.jupiter.api.Test;

/** Every coder of a partial form, under Beam's CoderProperties: round trip, determinism, serialisability. */
class AnalyticsCodersTest {
    private static final CategorySet FOUR = CategorySet.of(1, 2, 3, 4);
    private static final int[][] ROWS = {{1, 2, 2, 0}, {4, 4, 3, 4}, {2, 0, 0, 0}, {1, 1, 1, 2}};

    private static <T> void holds(Coder<T> coder, T value, T equal) throws Exception {
        CoderProperties.coderDecodeEncodeEqual(coder, value);
        CoderProperties.coderDeterministic(coder, value, equal);
        CoderProperties.coderSerializable(coder);
        CoderProperties.coderConsistentWithEquals(coder, value, equal);
        CoderProperties.structuralValueDecodeEncodeEqual(coder, value);
    }

    @Test
    void agreementCoders_roundTripDeterministically() throws Exception {
        holds(AnalyticsCoders.coincidenceCounts(), CoincidenceCounts.of(FOUR, ROWS, 0),
                CoincidenceCounts.of(FOUR, new int[][] {ROWS[0], ROWS[1]}, 0)
                        .merge(CoincidenceCounts.of(FOUR, new int[][] {ROWS[2], ROWS[3]}, 0)));
        holds(AnalyticsCoders.coincidenceCounts(), CoincidenceCounts.empty(FOUR), CoincidenceCounts.empty(FOUR));
        holds(AnalyticsCoders.categoryCounts(), CategoryCounts.of(FOUR, ROWS, 0), CategoryCounts.of(FOUR, ROWS, 0));
        holds(AnalyticsCoders.contingencyTable(), ContingencyTable.of(FOUR, ROWS, 0, 0, 1),
                ContingencyTable.of(FOUR, ROWS, 0, 0, 1));
        double[][] scores = {{1e12 + 1, 1e12 + 2.5}, {1e12 + 3, 1e12 + 3}, {1e12, 1e12 + 4}};
        holds(AnalyticsCoders.iccSums(), IccSums.of(scores), IccSums.of(scores));
        holds(AnalyticsCoders.rankSums(), RankSums.of(scores), RankSums.of(scores));
    }

    @Test
    void calibrationAndImpactCoders_roundTripDeterministically() throws Exception {
        Panel panel = GeneratedData.parse("tenant-00|c00001|a:1,2,3;b:2,-,4;c:4,4,4");
        holds(AnalyticsCoders.calibrationSums(), CalibrationSums.of(panel), CalibrationSums.of(panel));
        holds(AnalyticsCoders.selectionCounts(), SelectionCounts.ofOutcome("g", true).merge(SelectionCounts.ofOutcome("h", false)),
                SelectionCounts.ofOutcome("h", false).merge(SelectionCounts.ofOutcome("g", true)));
        StageCounts stages = StageCounts.ofCandidate(GeneratedData.FLOW, "g", "interview", true);
        holds(AnalyticsCoders.stageCounts(), stages, StageCounts.empty(GeneratedData.FLOW).merge(stages));
        CriterionPassCounts criteria = CriterionPassCounts.ofCandidate("g", Map.of("design", true, "coding", false));
        holds(AnalyticsCoders.criterionPassCounts(), criteria, CriterionPassCounts.empty().merge(criteria));
    }

    @Test
    void accumulatorCoder_roundTripsEmptyAndFullAccumulators() throws Exception {
        Accumulator.Coder<CoincidenceCounts> coder = new Accumulator.Coder<>(Summary.COINCIDENCE_COUNTS);
        CoderProperties.coderDecodeEncodeEqual(coder, new Accumulator<>(null));
        CoderProperties.coderDecodeEncodeEqual(coder, new Accumulator<>(CoincidenceCounts.of(FOUR, ROWS, 0)));
        CoderProperties.coderDeterministic(coder, new Accumulator<>(CoincidenceCounts.of(FOUR, ROWS, 0)),
                new Accumulator<>(CoincidenceCounts.of(FOUR, ROWS, 0)));
        CoderProperties.coderSerializable(coder);
        for (Coder<?> each : List.of(coder, AnalyticsCoders.coincidenceCounts())) {
            each.verifyDeterministic();
        }
    }
}
