package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.io.ContentFormat;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports read back equal to what was written, trace and flags included, in JSON and YAML. */
class ReportDocumentTest {
    @Test
    void everyBuiltInReport_writeThenRead_givesAnEqualReportAndTheSameText() {
        qt().forAll(PanelGenerators.panels(20)).checkAssert(raw -> {
            for (PanelScorer scorer : ScoringProperties.everyBuiltIn()) {
                Report report = scorer.score(raw.panel());
                for (ContentFormat format : ContentFormat.values()) {
                    String text = report.write(format);
                    Report read = Report.read(text, format);
                    assertEquals(report, read, text);
                    assertEquals(report.render(), read.render());
                    assertEquals(text, read.write(format));
                }
            }
        });
    }

    private static List<String> problems(String json) {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> Report.read(json, ContentFormat.JSON));
        return e.violations().stream().map(v -> v.path() + ": " + v.message()).sorted().toList();
    }

    private static Report custom() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("count", 3L);
        parameters.put("ratio", 0.1 + 0.2);
        parameters.put("cut", new BigDecimal("0.500"));
        parameters.put("who", List.of("ann", "bob"));
        parameters.put("ok", Boolean.TRUE);
        parameters.put("name", "x: \"y\"");
        parameters.put("n", 7);
        Panel panel = Panel.of(TestRoles.SMALL, List.of(TestRoles.card("ann", 3, 3, 3)));
        return Report.builder("custom", panel).recommendation(Recommendation.HIRE).composite(2.0 / 3)
                .addCriterion(CriterionFigures.of("coding", 2, 2.5, 2, 3))
                .addCriterion(CriterionFigures.unassessed("communication"))
                .addCoverage(CompetencyCoverage.of("coding", List.of("coding"), List.of("coding")))
                .addStep(Finding.of("custom-step", "{count} of {who} at {ratio} ({cut}, {ok}, {name}, {n})", parameters))
                .addFlag(Finding.of("custom-flag", "Look here", Map.of()))
                .build();
    }

    @Test
    void aCustomReport_keepsTheJavaTypeOfEveryParameter() {
        Report report = custom();
        for (ContentFormat format : ContentFormat.values()) {
            Report read = Report.read(report.write(format), format);
            assertEquals(report, read);
            assertEquals(3L, read.trace().get(0).parameters().get("count"));
            assertEquals(new BigDecimal("0.500"), read.trace().get(0).parameters().get("cut"));
            assertEquals(0.1 + 0.2, read.trace().get(0).parameters().get("ratio"));
        }
        assertEquals(report.toYaml(), report.write(ContentFormat.YAML));
    }

    @Test
    void read_rejectsAnEditedTextAnUnknownMessageAndMissingFields() {
        String json = custom().toJson()
                .replace("\"text\": \"Look here\"", "\"text\": \"Look there\"")
                .replace("\"strategy\": \"custom\",", "");
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> Report.read(json, ContentFormat.JSON));
        assertEquals(List.of("flags[0].text", "strategy"), e.violations().stream().map(Violation::path).sorted().toList());
        String unknown = custom().toJson().replace("\"template\": \"Look here\"", "\"message\": \"no-such\"");
        ScoringInputException noMessage = assertThrows(ScoringInputException.class,
                () -> Report.read(unknown, ContentFormat.JSON));
        assertEquals(List.of("flags[0].message"), noMessage.violations().stream().map(Violation::path).toList());
    }

    /**
     * Found by ScoringFuzzTest#report: a built-in finding whose count parameter, which its message
     * uses in a choice, was typed as strings made reading throw IllegalArgumentException from the
     * JDK's MessageFormat instead of reporting the problem.
     */
    @Test
    void read_rejectsABuiltInFindingWhoseCountIsNotANumber() {
        Panel panel = Panel.of(TestRoles.SMALL, List.of(TestRoles.card("ann", 3, 3, 3), TestRoles.card("bob", 3, 3, 3)));
        String json = ScoringEngine.builder().registerBuiltIns().build().score(panel).toJson();
        String typed = json.replace("\"size\": \"integer\"", "\"size\": \"strings\"");
        String listed = typed.replace("\"size\": 2", "\"size\": [\"2\"]");
        String notNumbers = "flags[1].parameters: the parameters [size] of the built-in message small-panel"
                + " must be numbers";
        assertEquals(List.of("flags[1].parameters.size: must be a list", notNumbers), problems(typed));
        assertEquals(List.of(notNumbers), problems(listed));
        Finding own = Finding.of("small-panel", "{size} interviewers", Map.of("size", "two", "minimum", 3));
        assertEquals("two interviewers", own.text());
    }

    @Test
    void readAndWrite_aFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.yaml");
        Files.writeString(file, custom().toYaml());
        assertEquals(custom(), Report.read(file));
    }
}
