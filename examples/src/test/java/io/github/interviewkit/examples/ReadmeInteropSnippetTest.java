package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.interop.CasePackage;
import io.github.interviewkit.interop.GreenhouseImporter;
import io.github.interviewkit.interop.ImportMapping;
import io.github.interviewkit.interop.ImportReport;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringEngine;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Import from your ATS" snippet of the README, kept compiling and running. */
class ReadmeInteropSnippetTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportGreenhouseExample.class.getResourceAsStream("greenhouse/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void snippet_importsGreenhouseScorecardsScoresThemAndExportsTheRubric() throws IOException {
        byte[] mappingYaml = resource("greenhouse-backend-architect.yaml");
        byte[] harvestJson = resource("scorecards-list.json");
        List<Report> reports = new ArrayList<>();
        // --- README snippet begins
        Role kit = BackendArchitect.role();
        ImportMapping mapping = ImportMapping.codec().read(mappingYaml, ContentFormat.YAML, "mapping.yaml");
        ImportReport imported = GreenhouseImporter.of(kit, mapping)   // checks the mapping against the kit
                .read(harvestJson, "GET /v1/scorecards");             // throws ImportException: every problem, with its JSON Pointer
        imported.lossyMappings().forEach(note -> System.out.println(note.pointer() + ": " + note.message()));
        ScoringEngine engine = ScoringEngine.builder().registerBuiltIns().build();
        imported.panels().forEach((applicationId, panel) -> reports.add(engine.score(panel)));
        String casePackage = CasePackage.write(kit, "https://hiring.example.com/ims/case/v1p1", Instant.parse("2026-12-01T00:00:00Z"));
        // --- README snippet ends

        assertEquals(2, reports.size());
        assertEquals(List.of("1234", "14271904"), reports.stream().map(Report::candidateId).toList());
        assertTrue(casePackage.contains("\"CFRubrics\""), casePackage);
    }

    @Test
    void readme_showsTheSnippet() {
        ReadmeSnippets.assertReadmeShowsSnippetOf(
                "src/test/java/io/github/interviewkit/examples/ReadmeInteropSnippetTest.java");
    }
}
