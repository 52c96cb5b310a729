package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.interop.ImportReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportGreenhouseExampleTest {
    @Test
    void importPayload_givesOnePanelPerDocumentedApplication() {
        ImportReport imported = ImportGreenhouseExample.importPayload();

        assertEquals(List.of("3456", "23558552"), List.copyOf(imported.panels().keySet()));
        assertEquals(6, imported.ignoredAttributes().size());
        assertEquals(List.of(), imported.lossyMappings());
    }

    @Test
    void run_printsAReportPerApplication() {
        String out = Printed.by(ImportGreenhouseExample::run);

        assertTrue(out.startsWith("Imported 2 applications from Greenhouse\n  ignored /0/attributes/1/name (Adaptable)\n"), out);
        assertTrue(out.contains("\nApplication 3456:\nRecommendation for candidate 1234 (role backend-architect, strategy structured): "), out);
        assertTrue(out.contains("\nApplication 23558552:\nRecommendation for candidate 14271904 "), out);
    }
}
