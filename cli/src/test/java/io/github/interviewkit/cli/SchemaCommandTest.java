package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
    @Test
    void role_printsTheKitSchema() {
        Cli.Result result = Cli.run("schema", "role");
        assertEquals(0, result.status(), result.err());
        String schema = io.github.interviewkit.model.io.RoleReader.jsonSchema();
        assertEquals(schema.endsWith("\n") ? schema : schema + "\n", result.out());
        assertTrue(result.out().contains(io.github.interviewkit.model.io.RoleReader.SCHEMA_ID));
    }

    @Test
    void loop_printsThePlannersSchema() {
        Cli.Result result = Cli.run("schema", "loop");
        assertEquals(0, result.status(), result.err());
        String schema = io.github.interviewkit.planning.PlanningProblem.jsonSchema();
        assertEquals(schema.endsWith("\n") ? schema : schema + "\n", result.out());
        assertTrue(result.out().contains("\"$id\": \"https://interviewkit.github.io/schemas/1/planning-problem.schema.json\""));
    }

    @Test
    void scoringKinds_printTheirSchemas() {
        for (io.github.interviewkit.scoring.DocumentSchema schema : io.github.interviewkit.scoring.DocumentSchema.values()) {
            String kind = schema.name().toLowerCase(java.util.Locale.ROOT);
            Cli.Result result = Cli.run("schema", kind);
            assertEquals(0, result.status(), kind + ": " + result.err());
            String text = schema.text();
            assertEquals(text.endsWith("\n") ? text : text + "\n", result.out(), kind);
            assertTrue(result.out().contains("\"$id\": \"" + schema.id() + "\""), kind);
        }
    }

    @Test
    void unknownKind_isAUsageError() {
        Cli.Result result = Cli.run("schema", "memo");
        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("Unknown kind 'memo': one of role, policy, scorecard, panel, report, loop\n"), result.err());
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
        assertEquals(List.of("role", "policy", "scorecard", "panel", "report", "loop"), DocumentTypes.all().stream().map(DocumentType::id).toList());
        assertEquals(List.of("role", "policy", "scorecard", "panel", "report", "loop"), java.util.stream.StreamSupport
                .stream(new DocumentTypes.Ids().spliterator(), false).toList());
        assertEquals(Optional.of(DocumentTypes.LOOP), DocumentTypes.loop());
    }
}
