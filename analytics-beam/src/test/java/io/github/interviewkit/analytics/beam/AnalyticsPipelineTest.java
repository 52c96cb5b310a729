package io.github.interviewkit.analytics.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.analytics.AdverseImpact;
import io.github.interviewkit.analytics.CalibrationPolicy;
import io.github.interviewkit.analytics.MeasurementLevel;
import io.github.interviewkit.analytics.PanelAnalytics;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.ScoringInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyticsPipelineTest {
    private static final CalibrationPolicy POLICY = CalibrationPolicy.of(new BigDecimal("0.25"), 20);
    private static final int PASSING_LEVEL = 3;

    private static AnalyticsPipeline.Builder configured() {
        return AnalyticsPipeline.builder().panelParser(GeneratedData.PARSER).key(GeneratedData::keyOf)
                .flow(GeneratedData.FLOW).passingLevel(PASSING_LEVEL).calibrationPolicy(POLICY);
    }

    private static TestPipeline pipeline() {
        // Outside a JUnit 4 rule, TestPipeline needs its run enforcement set explicitly.
        return TestPipeline.create().enableAbandonedNodeEnforcement(true);
    }

    /**
     * For the large run: the DirectRunner's immutability check (every element encoded before and
     * after each step) is what the smaller tests here exercise; at 100,000 scorecards it would
     * dominate the build's time without checking anything more.
     */
    private static TestPipeline largePipeline() {
        DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
        options.setEnforceImmutability(false);
        options.setTargetParallelism(2);
        return TestPipeline.fromOptions(options).enableAbandonedNodeEnforcement(true);
    }

    /** The three tables as the single-machine API computes them, key by key, formatted by the same rows. */
    private static Map<String, List<String>> singleMachine(GeneratedData.Data data) {
        Map<String, List<Panel>> panels = new TreeMap<>();
        for (String line : data.panelLines) {
            Panel panel = GeneratedData.parse(line);
            panels.computeIfAbsent(GeneratedData.keyOf(panel), k -> new ArrayList<>()).add(panel);
        }
        Map<String, List<String[]>> outcomes = new TreeMap<>();
        Map<String, String> groupOf = new HashMap<>();
        for (String line : data.outcomeLines.subList(1, data.outcomeLines.size())) {
            String[] cells = line.split(",");
            outcomes.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
            groupOf.put(cells[1], cells[2]);
        }
        Map<String, List<String>> tables = new HashMap<>();
        tables.put("agreement", new ArrayList<>());
        tables.put("calibration", new ArrayList<>());
        tables.put("adverse-impact", new ArrayList<>());
        panels.forEach((key, ofKey) -> {
            PanelAnalytics analytics = PanelAnalytics.of(ofKey);
            tables.get("agreement").add(AnalyticsTables.agreementRow(key, analytics.ratings().units(),
                    analytics.krippendorffsAlpha(MeasurementLevel.NOMINAL),
                    analytics.krippendorffsAlpha(MeasurementLevel.ORDINAL),
                    analytics.krippendorffsAlpha(MeasurementLevel.INTERVAL), analytics.fleissKappa()));
            tables.get("calibration").addAll(AnalyticsTables.calibrationRows(key, analytics.calibration(POLICY)));
            tables.get("adverse-impact").addAll(AnalyticsTables.adverseImpactRows(key,
                    AdverseImpact.perCriterion(ofKey, panel -> groupOf.get(panel.candidateId()), PASSING_LEVEL)));
        });
        outcomes.forEach((key, ofKey) -> tables.get("adverse-impact").addAll(AnalyticsTables.adverseImpactRows(key,
                GeneratedData.FLOW.analyze(ofKey, o -> o[2], o -> o[3], o -> o[4].equals("true")))));
        return tables;
    }

    @Test
    void tables_equalTheSingleMachineResultsPerKey_for100000ScorecardsIn50Keys() {
        GeneratedData.Data data = GeneratedData.generate(20261202L, 50, 500);
        assertEquals(100_000, data.scorecards);
        Map<String, List<String>> expected = singleMachine(data);
        assertEquals(50, expected.get("agreement").size());

        TestPipeline pipeline = largePipeline();
        AnalyticsPipeline.Tables tables = configured().build().tables(
                pipeline.apply("Panels", Create.of(data.panelLines)),
                pipeline.apply("Outcomes", Create.of(data.outcomeLines)));
        PAssert.that(tables.agreement()).containsInAnyOrder(expected.get("agreement"));
        PAssert.that(tables.calibration()).containsInAnyOrder(expected.get("calibration"));
        PAssert.that(tables.adverseImpact()).containsInAnyOrder(expected.get("adverse-impact"));
        pipeline.run().waitUntilFinish();
    }

    @Test
    void pipeline_readsTheFilesAndWritesOneSortedTableEach(@TempDir Path directory) throws IOException {
        GeneratedData.Data data = GeneratedData.generate(7L, 3, 40);
        Files.write(directory.resolve("panels-1.jsonl"), data.panelLines.subList(0, 60));
        Files.write(directory.resolve("panels-2.jsonl"), data.panelLines.subList(60, 120));
        List<String> outcomes = data.outcomeLines;
        Files.write(directory.resolve("outcomes-1.csv"), outcomes.subList(0, 50));
        List<String> second = new ArrayList<>(List.of(AnalyticsPipeline.OUTCOMES_HEADER));
        second.addAll(outcomes.subList(50, outcomes.size()));
        Files.write(directory.resolve("outcomes-2.csv"), second);

        Pipeline pipeline = pipeline();
        pipeline.apply(configured().panels(directory.resolve("panels-*.jsonl").toString())
                .outcomes(directory.resolve("outcomes-*.csv").toString())
                .output(directory.resolve("out").toString() + "/").build());
        pipeline.run().waitUntilFinish();

        Map<String, List<String>> expected = singleMachine(data);
        for (Map.Entry<String, List<String>> table : expected.entrySet()) {
            List<String> written = Files.readAllLines(directory.resolve("out").resolve(table.getKey() + ".csv"));
            List<String> sorted = new ArrayList<>(table.getValue());
            sorted.sort(null);
            assertEquals(headerOf(table.getKey()), written.get(0));
            assertEquals(sorted, written.subList(1, written.size()), table.getKey());
        }
    }

    private static String headerOf(String table) {
        return AnalyticsTables.header(switch (table) {
            case "agreement" -> AnalyticsTables.AGREEMENT_HEADER;
            case "calibration" -> AnalyticsTables.CALIBRATION_HEADER;
            default -> AnalyticsTables.ADVERSE_IMPACT_HEADER;
        });
    }

    @Test
    void outcomesWrittenByInterop_areReadBackByThePipeline() {
        // Issue #12: SelectionOutcomes writes outcomes "in the shape the adverse-impact analysis reads
        // back". Rewrite the generated outcomes through it and expect the same adverse-impact table.
        GeneratedData.Data data = GeneratedData.generate(11L, 4, 30);
        io.github.interviewkit.interop.SelectionOutcomes table = io.github.interviewkit.interop.SelectionOutcomes.table();
        for (String line : data.outcomeLines) {
            if (line.equals(AnalyticsPipeline.OUTCOMES_HEADER)) {
                continue;
            }
            String[] field = line.split(",", -1);
            table.add(field[0], field[1], field[2], io.github.interviewkit.model.QuestionCategory.of(field[3]),
                    Boolean.parseBoolean(field[4]));
        }
        List<String> written = table.csv().lines().toList();
        assertEquals(AnalyticsPipeline.OUTCOMES_HEADER, written.get(0));
        assertEquals(data.outcomeLines.stream().filter(line -> !line.equals(AnalyticsPipeline.OUTCOMES_HEADER)).toList(),
                written.subList(1, written.size()));
        TestPipeline pipeline = pipeline();
        AnalyticsPipeline.Tables tables = configured().build().tables(
                pipeline.apply("Panels", Create.of(data.panelLines)), pipeline.apply("Outcomes", Create.of(written)));
        PAssert.that(tables.adverseImpact()).containsInAnyOrder(singleMachine(data).get("adverse-impact"));
        pipeline.run().waitUntilFinish();
    }

    @Test
    void pipeline_failsOnAnOutcomeWhoseStageIsNotInTheFlow() {
        GeneratedData.Data data = GeneratedData.generate(3L, 1, 5);
        List<String> outcomes = new ArrayList<>(data.outcomeLines);
        outcomes.add("tenant-00,tenant-00/c99999,group-a,onsite,true");
        TestPipeline pipeline = pipeline();
        AnalyticsPipeline.Tables tables = configured().build().tables(
                pipeline.apply("Panels", Create.of(data.panelLines)), pipeline.apply("Outcomes", Create.of(outcomes)));
        PCollection<String> rows = tables.adverseImpact();
        PAssert.that(rows).satisfies(any -> null);
        Pipeline.PipelineExecutionException failed = assertThrows(Pipeline.PipelineExecutionException.class,
                () -> pipeline.run().waitUntilFinish());
        assertTrue(failed.getCause() instanceof ScoringInputException, String.valueOf(failed.getCause()));
        assertTrue(failed.getCause().getMessage().contains("onsite"), failed.getCause().getMessage());
    }

    @Test
    void builder_namesTheMissingPart() {
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> AnalyticsPipeline.builder().panelParser(GeneratedData.PARSER).flow(GeneratedData.FLOW).build());
        assertEquals("key", missing.getMessage());
    }
}
