package io.github.interviewkit.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContentFormatTest {
    @Test
    void forFileName_knowsJsonAndBothYamlExtensions_ignoringCase() {
        assertEquals(ContentFormat.JSON, ContentFormat.forFileName("role.json"));
        assertEquals(ContentFormat.JSON, ContentFormat.forFileName("ROLE.JSON"));
        assertEquals(ContentFormat.YAML, ContentFormat.forFileName("role.yaml"));
        assertEquals(ContentFormat.YAML, ContentFormat.forFileName("role.Yml"));
        assertEquals(ContentFormat.YAML, ContentFormat.forPath(Path.of("dir.json", "role.yml")));
    }

    @Test
    void forFileName_rejectsOtherNames() {
        assertThrows(IllegalArgumentException.class, () -> ContentFormat.forFileName("role.yaml.bak"));
        assertThrows(IllegalArgumentException.class, () -> ContentFormat.forFileName("json"));
        assertEquals("fileName",
                assertThrows(NullPointerException.class, () -> ContentFormat.forFileName(null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ContentFormat.forPath(Path.of("/")));
    }

    @Test
    void contentLimits_rejectEveryNonPositiveBoundAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContentLimits.of(0, 1, -1, 1));

        assertEquals("invalid content limits: maxDocumentBytes must be positive, was 0;"
                + " maxStringLength must be positive, was -1;", e.getMessage());
    }

    @Test
    void contentLimits_defaultsAreTheDocumentedValues() {
        ContentLimits defaults = ContentLimits.defaults();

        assertEquals(4 * 1024 * 1024, defaults.maxDocumentBytes());
        assertEquals(32, defaults.maxNestingDepth());
        assertEquals(20_000, defaults.maxStringLength());
        assertEquals(10_000, defaults.maxListSize());
        assertEquals(defaults, ContentLimits.of(4 * 1024 * 1024, 32, 20_000, 10_000));
    }
}
