package io.github.interviewkit.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.SalaryBand;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleWriterTest {
    private static final RoleWriter WRITER = RoleWriter.standard();
    private static final Role ROLE = RoleReader.standard().read(RoleReaderTest.fixture(), ContentFormat.YAML);

    @Test
    void write_thenRead_givesAnEqualRole_inBothFormats() {
        for (ContentFormat format : ContentFormat.values()) {
            assertEquals(ROLE, RoleReader.standard().read(WRITER.write(ROLE, format), format), format.name());
        }
    }

    @Test
    void write_isStable_sameRoleSameText() {
        Role rebuilt = Role.builder().from(ROLE).build();
        for (ContentFormat format : ContentFormat.values()) {
            String first = WRITER.write(ROLE, format);
            assertEquals(first, WRITER.write(rebuilt, format));
            assertEquals(first, WRITER.write(RoleReader.standard().read(first, format), format));
        }
    }

    @Test
    void write_usesLineFeedsTwoSpaceIndentsAndATrailingLineEnd() {
        for (ContentFormat format : ContentFormat.values()) {
            String text = WRITER.write(ROLE, format);
            assertFalse(text.contains("\r"), format.name());
            assertFalse(text.contains("\t"), format.name());
            assertTrue(text.endsWith("}\n") || text.endsWith("- query-skill\n"), format + " ends with: " + text.substring(text.length() - 20));
        }
        assertTrue(WRITER.write(ROLE, ContentFormat.JSON).startsWith("{\n  \"id\": \"data-engineer\",\n  \"title\": \"Data Engineer\",\n"));
        assertTrue(WRITER.write(ROLE, ContentFormat.YAML).startsWith("id: data-engineer\ntitle: Data Engineer\ncontentVersion: 1.0.0\n"));
    }

    @Test
    void write_keepsFieldsInTheDocumentedOrder() {
        String yaml = WRITER.write(ROLE, ContentFormat.YAML);
        List<String> topLevel = yaml.lines().filter(line -> !line.startsWith(" ") && !line.startsWith("-"))
                .map(line -> line.substring(0, line.indexOf(':'))).toList();

        assertEquals(List.of("id", "title", "contentVersion", "language", "source", "summary", "responsibilities",
                "competencies", "experience", "salaryBand", "marketDemand", "rubric", "questions", "pitfalls"), topLevel);
    }

    @Test
    void write_decimalsExactlyAndPlainly() {
        Role large = Role.builder().from(ROLE)
                .salaryBand(SalaryBand.of(new BigDecimal("1E+5"), new BigDecimal("150000.50"), "EUR",
                        ROLE.salaryBand().orElseThrow().period()))
                .build();

        String json = WRITER.write(large, ContentFormat.JSON);

        assertTrue(json.contains("\"minimum\": 100000,"), json);
        assertTrue(json.contains("\"maximum\": 150000.50,"), json);
    }

    @Test
    void write_quotesTextThatYamlWouldReadAsAnotherType() {
        String yaml = WRITER.write(ROLE, ContentFormat.YAML);

        assertTrue(yaml.contains("label: \"No\""), yaml);
        assertTrue(yaml.contains("code: \"2512\""), yaml);
    }

    @Test
    void write_leavesOutAbsentOptionalPartsAndEmptyLists() {
        Role bare = Role.builder().from(ROLE).salaryBand(java.util.Optional.empty()).marketDemand(java.util.Optional.empty())
                .responsibilities(List.of()).build();

        String yaml = WRITER.write(bare, ContentFormat.YAML);

        assertFalse(yaml.contains("salaryBand"), yaml);
        assertFalse(yaml.contains("marketDemand"), yaml);
        assertFalse(yaml.contains("responsibilities"), yaml);
        assertEquals(bare, RoleReader.standard().read(yaml, ContentFormat.YAML));
    }

    @Test
    void write_toPath_writesUtf8InTheFormatTheNameSays(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("role.json");

        WRITER.write(ROLE, json);

        assertEquals(WRITER.write(ROLE, ContentFormat.JSON), Files.readString(json, StandardCharsets.UTF_8));
        assertEquals(ROLE, RoleReader.standard().read(json));
    }

    @Test
    void write_nullArguments_areRejectedByName() {
        assertEquals("role",
                assertThrows(NullPointerException.class, () -> WRITER.write(null, ContentFormat.JSON)).getMessage());
        assertEquals("format",
                assertThrows(NullPointerException.class, () -> WRITER.write(ROLE, (ContentFormat) null)).getMessage());
    }
}
