package io.github.interviewkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.scoring.Panel;
import java.util.function.Supplier;

/**
 * Fuzz targets of the import module: the mapping reader (any bytes, as JSON and as YAML, give a
 * mapping that writes and reads back to an equal mapping) and each vendor importer (Greenhouse,
 * Lever, Ashby, CSV) onto the backend-architect kit give an {@link ImportReport} of valid panels or
 * one {@link ImportException}. Anything else (another exception, an {@link Error}, {@code null}) is
 * a finding. A normal build runs them in regression mode over {@code ImportFuzzTestInputs/<target>/};
 * see "Fuzzing" in the README for a fuzzing run.
 */
class ImportFuzzTest {
    private static final DocumentCodec<ImportMapping> MAPPINGS = ImportMapping.codec();
    private static final GreenhouseImporter GREENHOUSE = GreenhouseImporter.of(Fixtures.KIT, Fixtures.greenhouseMapping());
    private static final CsvImporter CSV = CsvImporter.of(Fixtures.KIT, Fixtures.greenhouseMapping());
    private static final LeverImporter LEVER = LeverImporter.of(Fixtures.KIT,
            MAPPINGS.read(Fixtures.text("mappings/lever-backend-architect.yaml"), ContentFormat.YAML));
    private static final AshbyImporter ASHBY = AshbyImporter.of(Fixtures.KIT,
            MAPPINGS.read(Fixtures.text("mappings/ashby-backend-architect.yaml"), ContentFormat.YAML));

    @FuzzTest
    void mapping(byte[] bytes) {
        for (ContentFormat format : ContentFormat.values()) {
            ImportMapping mapping;
            try {
                mapping = MAPPINGS.read(bytes, format, "fuzz");
            } catch (ImportException expected) {
                assertNotNull(expected.getMessage());
                continue;
            }
            assertNotNull(mapping);
            for (ContentFormat written : ContentFormat.values()) {
                assertEquals(mapping, MAPPINGS.read(MAPPINGS.write(mapping, written), written));
            }
        }
    }

    @FuzzTest
    void greenhouse(byte[] bytes) {
        imported(() -> GREENHOUSE.read(bytes, "fuzz"));
    }

    @FuzzTest
    void lever(byte[] bytes) {
        imported(() -> LEVER.read(bytes, "fuzz", "opportunity-1", "contact-1"));
    }

    @FuzzTest
    void ashby(byte[] bytes) {
        imported(() -> ASHBY.read(bytes, "fuzz", "cand-1"));
    }

    @FuzzTest
    void csv(byte[] bytes) {
        imported(() -> CSV.read(bytes, "fuzz"));
    }

    private static void imported(Supplier<ImportReport> read) {
        ImportReport report;
        try {
            report = read.get();
        } catch (ImportException expected) {
            assertNotNull(expected.getMessage());
            return;
        }
        assertNotNull(report);
        for (Panel panel : report.panels().values()) {
            assertEquals(panel, Panel.read(Fixtures.KIT, panel.write(ContentFormat.JSON), ContentFormat.JSON));
        }
    }
}
