package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.scoring.DocumentSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every example document a user is pointed at validates against the JSON Schema of its kind, read
 * from the jar that ships it (issue #11: "the bundled kit and every example file validate").
 */
class ExampleFilesSchemaTest {
    private static final Path EXAMPLES = Path.of("src", "main", "resources", "io", "github", "interviewkit", "examples");

    /** One registry per jar: a schema's references to its siblings resolve beside it, nothing is fetched. */
    private static Schema schema(String id, String directory) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(DocumentSchema.ID_PREFIX,
                        "classpath:" + directory)));
        return registry.getSchema(SchemaLocation.of(id));
    }

    private static Schema fromText(String text) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    private static List<Error> errors(Schema schema, Path file) throws IOException {
        return schema.validate(Files.readString(file, StandardCharsets.UTF_8), InputFormat.YAML);
    }

    @Test
    void exampleFiles_validateAgainstTheirSchemas() throws IOException {
        Schema panel = schema(DocumentSchema.PANEL.id(), "io/github/interviewkit/scoring/schemas/1/");
        Schema policy = schema(DocumentSchema.POLICY.id(), "io/github/interviewkit/scoring/schemas/1/");
        // These three refer to nothing outside themselves: read from the text their modules give.
        Schema role = fromText(RoleReader.jsonSchema());
        Schema loop = fromText(io.github.interviewkit.planning.PlanningProblem.jsonSchema());
        Schema mapping = fromText(io.github.interviewkit.interop.ImportMapping.jsonSchema());
        List<Path> panels;
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("panels"))) {
            panels = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(panels.size() >= 6, "example panels: " + panels);
        for (Path file : panels) {
            assertEquals(List.of(), errors(panel, file), file.toString());
        }
        assertEquals(List.of(), errors(policy, EXAMPLES.resolve("strict-policy.yaml")));
        assertEquals(List.of(), errors(role, EXAMPLES.resolve("data-engineer.yaml")));
        assertEquals(List.of(), errors(loop, EXAMPLES.resolve("four-interview-loop.yaml")));
        assertEquals(List.of(), errors(mapping, EXAMPLES.resolve("greenhouse/greenhouse-backend-architect.yaml")));
    }

    @Test
    void aBrokenExample_isRejected() throws IOException {
        // The check can fail: the same panel with a rating out of any scale's type is an error.
        Schema panel = schema(DocumentSchema.PANEL.id(), "io/github/interviewkit/scoring/schemas/1/");
        String text = Files.readString(EXAMPLES.resolve("panels/cand-01.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("candidateId: cand-01", "candidateId: [cand-01]");
        assertTrue(!panel.validate(text, InputFormat.YAML).isEmpty(), "a list as candidate id was accepted");
    }
}
