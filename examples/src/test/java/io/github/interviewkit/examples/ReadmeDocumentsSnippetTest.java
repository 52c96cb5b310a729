package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ReportVerification;
import io.github.interviewkit.scoring.ScoringEngine;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents snippet of the README: store and reload a panel, store and verify a report. */
class ReadmeDocumentsSnippetTest {
    @Test
    void snippet_storesReloadsAndVerifies(@TempDir Path dir) throws Exception {
        Role kit = BackendArchitect.role();
        Panel panel = ScorePanelExample.samplePanel(kit);
        ScoringEngine engine = ScoringEngine.builder().registerBuiltIns().build();
        // --- README snippet begins
        Files.writeString(dir.resolve("panel.yaml"), panel.write(ContentFormat.YAML));
        Files.writeString(dir.resolve("report.json"), engine.score(panel).toJson());

        Panel storedPanel = Panel.read(kit, dir.resolve("panel.yaml"));  // checked against the kit it names
        Report storedReport = Report.read(dir.resolve("report.json"));    // equal to the report written
        ReportVerification check = engine.verify(storedReport, storedPanel, ScoringPolicy.defaults());
        check.matches();        // true, or check.differences() lists every difference
        // --- README snippet ends

        assertEquals(panel, storedPanel);
        assertTrue(check.matches(), check.differences().toString());
        assertEquals(kit.contentVersion(), storedReport.audit().orElseThrow().roleContentVersion());
    }

    @Test
    void readme_showsTheSnippetAsItIsHere() {
        ReadmeSnippets.assertReadmeShowsSnippetOf(
                "src/test/java/io/github/interviewkit/examples/ReadmeDocumentsSnippetTest.java");
    }
}
