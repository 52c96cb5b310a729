package io.github.interviewkit.analytics.beam;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.analytics.SelectionFlow;
import io.github.interviewkit.scoring.Panel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Beam snippet, compiled and run on the DirectRunner; the README shows these lines. */
class ReadmeBeamSnippetTest {
    private static final PanelParser PANEL_CODEC = GeneratedData.PARSER;

    private static String tenantRoleQuarter(Panel panel) {
        return GeneratedData.keyOf(panel);
    }

    @Test
    void snippet_runsThePipelineAndTheReadmeShowsIt(@TempDir Path directory) throws IOException {
        GeneratedData.Data data = GeneratedData.generate(5L, 2, 30);
        Files.write(directory.resolve("panels.jsonl"), data.panelLines);
        Files.write(directory.resolve("outcomes.csv"), data.outcomeLines);
        String panels = directory.resolve("panels.jsonl").toString();
        String outcomes = directory.resolve("outcomes.csv").toString();
        String out = directory.toString() + "/tables/";
        String[] args = {};

        // --- README snippet begins
        PipelineOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().create();
        Pipeline pipeline = Pipeline.create(options);
        pipeline.apply(AnalyticsPipeline.builder()
                .panels(panels)                                   // JSON lines, one panel document per line
                .panelParser(PANEL_CODEC)                         // line -> Panel: the panel document codec
                .key(ReadmeBeamSnippetTest::tenantRoleQuarter)    // e.g. "acme/backend-architect/2026-Q4"
                .outcomes(outcomes)                               // CSV: key,candidate,group,stage,passed
                .flow(SelectionFlow.of("screen", "interview", "offer"))
                .output(out)                                      // agreement.csv, calibration.csv, adverse-impact.csv
                .build());
        pipeline.run().waitUntilFinish();
        // --- README snippet ends

        assertTrue(Files.readAllLines(directory.resolve("tables/agreement.csv")).size() == 3);
        List<String> snippet = Files.readAllLines(Path.of("src/test/java/io/github/interviewkit/analytics/beam/"
                + "ReadmeBeamSnippetTest.java")).stream().dropWhile(line -> !line.contains("README snippet begins"))
                .skip(1).takeWhile(line -> !line.contains("README snippet ends")).map(String::strip).toList();
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String line : snippet) {
            assertTrue(readme.contains(line), "README lacks: " + line);
        }
    }
}
