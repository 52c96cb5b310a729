package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
    @Test
    void kindWithoutASchema_saysSo_exit1() {
        Cli.Result result = Cli.run("schema", "role");
        assertEquals(1, result.status());
        assertEquals("interviewkit: this version ships no JSON Schema for the role kit (kind role)\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void unknownKind_isAUsageError() {
        Cli.Result result = Cli.run("schema", "memo");
        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("Unknown kind 'memo': one of role, policy, scorecard, panel, report\n"), result.err());
    }

    @Test
    void missingKind_isAUsageError() {
        Cli.Result result = Cli.run("schema");
        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("Missing required parameter: 'KIND'"), result.err());
    }

    @Test
    void aKindCarriesItsSchemaText() {
        DocumentType<String> memo = DocumentType.of("memo", "memo", List.of("to"), file -> "memo");
        assertEquals(Optional.empty(), memo.schema());
        assertEquals(Optional.of("{}"), memo.withSchema(() -> "{}").schema());
        assertEquals("memo", memo.withSchema(() -> "{}").id());
    }

    @Test
    void everyKind_isListed() {
        assertEquals(List.of("role", "policy", "scorecard", "panel", "report"), DocumentTypes.all().stream().map(DocumentType::id).toList());
        assertEquals(List.of("role", "policy", "scorecard", "panel", "report"), java.util.stream.StreamSupport
                .stream(new DocumentTypes.Ids().spliterator(), false).toList());
        assertEquals(Optional.of(DocumentTypes.PANEL), DocumentTypes.panel());
        assertEquals(Optional.empty(), DocumentTypes.loop());
    }
}
