package io.github.interviewkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing the documents of a 5 x 10 panel (the panel of {@link ScoringBenchmark}, with a
 * vote on every scorecard) and of its report (trace, flags and audit), against the baseline of
 * the same run: Jackson parsing the same JSON text into a tree, which every read starts with.
 * Reading a panel also binds it into builders and validates it against the role.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DocumentBenchmark {
    private static final ObjectMapper TREES = new ObjectMapper();

    Role role;
    Panel panel;
    Report report;
    String panelJson;
    String panelYaml;
    String reportJson;

    /** Scores the panel and writes both documents once; none of it is measured. */
    @Setup
    public void setUp() {
        role = ScoringBenchmark.role();
        List<Scorecard> cards = new ArrayList<>();
        for (int k = 0; k < ScoringBenchmark.INTERVIEWERS; k++) {
            Scorecard.Builder card = Scorecard.builder().candidateId("candidate").interviewerId("interviewer-" + k)
                    .stage(QuestionCategory.TECHNICAL).vote(Recommendation.HIRE);
            for (int i = 0; i < ScoringBenchmark.CRITERIA; i++) {
                card.rate("criterion-" + i, ScoringBenchmark.RATINGS[k][i]);
            }
            cards.add(card.build());
        }
        panel = Panel.of(role, cards);
        report = ScoringEngine.builder().registerBuiltIns().build().score(panel);
        panelJson = panel.write(ContentFormat.JSON);
        panelYaml = panel.write(ContentFormat.YAML);
        reportJson = report.toJson();
    }

    /** @return the panel's JSON document */
    @Benchmark
    public String writePanelJson() {
        return panel.write(ContentFormat.JSON);
    }

    /** @return the panel read from JSON and validated against the role */
    @Benchmark
    public Panel readPanelJson() {
        return Panel.read(role, panelJson, ContentFormat.JSON);
    }

    /** @return the panel read from YAML and validated against the role */
    @Benchmark
    public Panel readPanelYaml() {
        return Panel.read(role, panelYaml, ContentFormat.YAML);
    }

    /** @return the report's JSON document */
    @Benchmark
    public String writeReportJson() {
        return report.toJson();
    }

    /** @return the report read from JSON, every finding's text checked */
    @Benchmark
    public Report readReportJson() {
        return Report.read(reportJson, ContentFormat.JSON);
    }

    /**
     * The baseline of the panel reads: Jackson's tree of the same JSON text, no binding, no checks.
     *
     * @return the tree
     * @throws IOException never, the text is valid JSON
     */
    @Benchmark
    public JsonNode baselinePanelTree() throws IOException {
        return TREES.readTree(panelJson);
    }

    /**
     * The baseline of the report reads: Jackson's tree of the same JSON text.
     *
     * @return the tree
     * @throws IOException never, the text is valid JSON
     */
    @Benchmark
    public JsonNode baselineReportTree() throws IOException {
        return TREES.readTree(reportJson);
    }
}
