package io.github.interviewkit.examples;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.interop.GreenhouseImporter;
import io.github.interviewkit.interop.ImportMapping;
import io.github.interviewkit.interop.ImportNote;
import io.github.interviewkit.interop.ImportReport;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.PanelScorer;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Imports the scorecards of Greenhouse's public Harvest documentation
 * ({@code grnhse/greenhouse-api-docs}, {@code source/includes/harvest/_scorecards.md}, "GET: List
 * Scorecards"; copied into this module's resources with its source) through a mapping onto the
 * Backend Architect kit, scores each application's panel and prints the reports.
 */
public final class ImportGreenhouseExample {
    private ImportGreenhouseExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** @return the import of the documented payload */
    static ImportReport importPayload() {
        Role kit = BackendArchitect.role();
        ImportMapping mapping = ImportMapping.codec().read(bytes("greenhouse-backend-architect.yaml"),
                ContentFormat.YAML, "greenhouse-backend-architect.yaml");
        return GreenhouseImporter.of(kit, mapping).read(bytes("scorecards-list.json"), "scorecards-list.json");
    }

    static void run(PrintStream out) {
        ImportReport imported = importPayload();
        PanelScorer scorer = ScoringEngine.builder().registerBuiltIns().build().scorer(BackendArchitect.role());
        out.println("Imported " + imported.panels().size() + " applications from Greenhouse");
        for (ImportNote note : imported.ignoredAttributes()) {
            out.println("  ignored " + note.pointer() + " (" + note.sourceValue() + ")");
        }
        for (ImportNote note : imported.lossyMappings()) {
            out.println("  lossy " + note.pointer() + ": " + note.message());
        }
        for (Map.Entry<String, Panel> application : imported.panels().entrySet()) {
            Report report = scorer.score(application.getValue());
            out.println();
            out.println("Application " + application.getKey() + ":");
            out.print(report.render());
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = ImportGreenhouseExample.class.getResourceAsStream("greenhouse/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing example resource greenhouse/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
