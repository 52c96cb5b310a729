package io.github.interviewkit.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.RoleGenerators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of roles against {@link RoleReader}: the shipped kits and every document
 * {@link RoleWriter} writes validate, every corruption the reader rejects the schema rejects too,
 * and the rules the schema's description lists as beyond a schema are the reader's alone.
 */
class RoleSchemaTest {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix("https://interviewkit.github.io/schemas/1/",
                    "classpath:io/github/interviewkit/model/schemas/1/")));
    private static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of(RoleReader.SCHEMA_ID));
    /** The Backend Architect kit, read from its module's sources: model's tests do not depend on that module. */
    private static final Path BACKEND_ARCHITECT = Path.of("..", "content-backend-architect", "src", "main", "resources",
            "io", "github", "interviewkit", "content", "backendarchitect", "backend-architect.yaml");

    private static List<Error> errors(String text, ContentFormat format) {
        return SCHEMA.validate(text, format == ContentFormat.JSON ? InputFormat.JSON : InputFormat.YAML);
    }

    /**
     * Validates YAML as the tree SnakeYAML reads, as {@link RoleReader} does: the validator's own YAML
     * parser (SnakeYAML Engine) rejects the {@code \L} escape RoleWriter writes for U+2028.
     */
    private static List<Error> yamlErrors(String yaml) {
        try {
            JsonNode tree = YAML.readTree(yaml);
            return SCHEMA.validate(JSON.writeValueAsString(tree), InputFormat.JSON);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static String validRoleYaml() throws IOException {
        try (InputStream in = RoleSchemaTest.class.getResourceAsStream("valid-role.yaml")) {
            assertTrue(in != null, "valid-role.yaml");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String validRoleJson() throws IOException {
        return RoleWriter.standard().write(RoleReader.standard().read(validRoleYaml(), ContentFormat.YAML), ContentFormat.JSON);
    }

    @Test
    void schema_isShippedWithItsIdAndRestatesItsResource() {
        String text = RoleReader.jsonSchema();
        assertTrue(text.contains("\"$id\": \"" + RoleReader.SCHEMA_ID + "\""), text);
        assertEquals(RoleReader.SCHEMA_ID, SCHEMA.getSchemaNode().get("$id").asString());
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.getSchemaNode().get("$schema").asString());
        assertTrue(RoleReader.SCHEMA_RESOURCE.endsWith("/role.schema.json"), RoleReader.SCHEMA_RESOURCE);
        assertTrue(text.contains("Rules this schema cannot express"), text);
    }

    @Test
    void theBackendArchitectKit_validates() throws IOException {
        String yaml = Files.readString(BACKEND_ARCHITECT);
        RoleReader.standard().read(yaml, ContentFormat.YAML);
        assertEquals(List.of(), errors(yaml, ContentFormat.YAML));
        String json = RoleWriter.standard().write(RoleReader.standard().read(BACKEND_ARCHITECT), ContentFormat.JSON);
        assertEquals(List.of(), errors(json, ContentFormat.JSON));
    }

    /**
     * The test fixture writes a framework code as the plain scalar {@code 2512}, which the reader takes
     * as text and the schema, as the description says, does not: quoted, it validates.
     */
    @Test
    void theTestFixture_validatesWithItsNumericCodeQuoted() throws IOException {
        String yaml = validRoleYaml();
        RoleReader.standard().read(yaml, ContentFormat.YAML);
        List<Error> unquoted = errors(yaml, ContentFormat.YAML);
        assertEquals(1, unquoted.size(), unquoted.toString());
        assertEquals("/competencies/0/frameworkReferences/0/code", unquoted.get(0).getInstanceLocation().toString());
        String quoted = yaml.replace("code: 2512", "code: '2512'");
        RoleReader.standard().read(quoted, ContentFormat.YAML);
        assertEquals(List.of(), errors(quoted, ContentFormat.YAML));
        assertEquals(List.of(), errors(validRoleJson(), ContentFormat.JSON));
    }

    @Test
    void everyWrittenRole_validates() {
        qt().withExamples(50).forAll(RoleGenerators.roles()).checkAssert(role -> {
            for (ContentFormat format : ContentFormat.values()) {
                String written = RoleWriter.standard().write(role, format);
                assertEquals(List.of(), format == ContentFormat.JSON ? errors(written, format) : yamlErrors(written),
                        format.toString());
            }
        });
    }

    /** A corruption of a valid document: the first occurrence of {@code from} becomes {@code to}. */
    private record Corruption(String from, String to) {
        String apply(String text) {
            assertTrue(text.contains(from), from);
            return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        }
    }

    @Test
    void corruptions_areRejectedByReaderAndSchema() throws IOException {
        String valid = validRoleJson();
        assertEquals(List.of(), errors(valid, ContentFormat.JSON));
        List<Corruption> corruptions = List.of(
                new Corruption("\"id\": \"data-engineer\"", "\"id\": \"Data Engineer\""),           // slug
                new Corruption("\"id\": \"data-engineer\",", ""),                                   // required
                new Corruption("\"title\": \"Data Engineer\"", "\"title\": \" \""),                 // blank
                new Corruption("\"title\": \"Data Engineer\"", "\"title\": 3"),                     // type
                new Corruption("\"title\": \"Data Engineer\"", "\"titel\": \"Data Engineer\""),     // unknown field
                new Corruption("\"contentVersion\": \"1.0.0\"", "\"contentVersion\": \"1.0\""),
                new Corruption("\"language\": \"en\"", "\"language\": \"en_US\""),
                new Corruption("\"summary\": ", "\"colour\": \"blue\", \"summary\": "),
                new Corruption("\"responsibilities\": [", "\"responsibilities\": [\"\", "),
                new Corruption("\"kind\": \"technical\"", "\"kind\": \"Technical!\""),
                new Corruption("\"framework\": \"ESCO\",", ""),
                new Corruption("\"minimumYears\": 4", "\"minimumYears\": -1"),
                new Corruption("\"minimumYears\": 4", "\"minimumYears\": 4.5"),
                new Corruption("\"minimumYears\": 4", "\"minimumYears\": 3000000000"),
                new Corruption("\"roleDescription\": \"a pipeline-owning role\",", ""),
                new Corruption("\"minimum\": 100000", "\"minimum\": 0"),
                new Corruption("\"minimum\": 100000", "\"minimum\": \"100000\""),
                new Corruption("\"currency\": \"EUR\"", "\"currency\": \"eur\""),
                new Corruption("\"period\": \"annual\"", "\"period\": \"weekly\""),
                new Corruption("\"marketDemand\": \"high\"", "\"marketDemand\": \"huge\""),
                new Corruption("\"value\": 1", "\"value\": 2000000"),
                new Corruption("\"meaning\": \"Not enough evidence\"", "\"meaning\": \"\""),
                new Corruption("\"mustHave\": true", "\"mustHave\": \"yes\""),
                new Corruption("\"minimumRating\": 3,", ""),                                        // must-have without it
                new Corruption("\"mustHave\": false", "\"mustHave\": false, \"minimumRating\": 3"), // only for must-haves
                new Corruption("\"weight\": 2.5", "\"weight\": 0"),
                new Corruption("\"weight\": 2.5", "\"weight\": -1"),
                new Corruption("\"1\": \"Cannot write a join.\"", "\"01\": \"Cannot write a join.\""),
                new Corruption("\"1\": \"Cannot write a join.\"", "\"one\": \"Cannot write a join.\""),
                new Corruption("\"category\": \"technical\"", "\"category\": \"\""),
                new Corruption("\"estimatedMinutes\": 10", "\"estimatedMinutes\": 0"),
                new Corruption("\"competencies\": [\n        \"sql\"\n      ],\n      \"criteria\": [\n        \"query-skill\"",
                        "\"competencies\": [\n        \"sql\", \"sql\"\n      ],\n      \"criteria\": [\n        \"query-skill\""),
                new Corruption("\"logistics\": true", "\"logistics\": true, \"criteria\": [\"query-skill\"]"),
                new Corruption("\"severity\": \"major\"", "\"severity\": \"fatal\""),
                new Corruption("\"pitfalls\": [\n    {", "\"pitfalls\": [\n    \"ignores-late-data\", {"),
                new Corruption("\"source\": {", "\"source\": {\"url\": \"x\", "));
        for (Corruption corruption : corruptions) {
            String corrupted = corruption.apply(valid);
            assertThrows(ContentException.class, () -> RoleReader.standard().read(corrupted, ContentFormat.JSON),
                    corruption.toString());
            assertFalse(errors(corrupted, ContentFormat.JSON).isEmpty(), "the schema accepts " + corruption);
        }
    }

    /**
     * The rules the schema's description lists as beyond a schema: the reader rejects these documents,
     * the schema accepts them.
     */
    @Test
    void rulesBeyondASchema_areTheReadersAlone() throws IOException {
        String valid = validRoleJson();
        List<Corruption> beyond = List.of(
                new Corruption("\"id\": \"communication\"", "\"id\": \"sql\""),                    // unique competency ids
                new Corruption("\"id\": \"explain-pipeline\"", "\"id\": \"late-data\""),           // unique question ids
                new Corruption("\"id\": \"explains-clearly\"", "\"id\": \"query-skill\""),         // unique criterion ids
                new Corruption("\"label\": \"No\"", "\"label\": \"Strong no\""),                  // unique level labels
                new Corruption("\"value\": 2", "\"value\": 7"),                                   // increasing levels
                new Corruption("\"pitfalls\": [\n        \"ignores-late-data\"",
                        "\"pitfalls\": [\n        \"ignores-early-data\""),                         // question -> pitfall
                new Corruption("\"criteria\": [\n        \"query-skill\"\n      ],\n      \"followUps\"",
                        "\"criteria\": [\n        \"query-skil\"\n      ],\n      \"followUps\""), // question -> criterion
                new Corruption("\"competencies\": [\n        \"communication\"\n      ],\n      \"criteria\"",
                        "\"competencies\": [\n        \"communicating\"\n      ],\n      \"criteria\""), // question -> competency
                new Corruption("\"competencies\": [\n          \"sql\"\n        ],\n        \"mustHave\"",
                        "\"competencies\": [\n          \"sq1\"\n        ],\n        \"mustHave\""),    // criterion -> competency
                new Corruption("\"severity\": \"major\",\n      \"criteria\": [\n        \"query-skill\"",
                        "\"severity\": \"major\",\n      \"criteria\": [\n        \"typing\""),  // pitfall -> criterion
                new Corruption("\"4\": \"Also explains", "\"5\": \"Also explains"),              // anchor for every level
                new Corruption("\"minimumRating\": 3", "\"minimumRating\": 9"),                  // minimumRating a level
                new Corruption("\"minimumRoleYears\": 2", "\"minimumRoleYears\": 9"),            // at most minimumYears
                new Corruption("\"maximum\": 150000.50", "\"maximum\": 90000"),                     // minimum <= maximum
                new Corruption("\"currency\": \"EUR\"", "\"currency\": \"XYZ\""),                // ISO 4217
                new Corruption("\"language\": \"en\"", "\"language\": \"en-a\""),                // BCP 47
                new Corruption("\"title\": \"Data Engineer\"", "\"title\": \"Data\\u202EEngineer\"")); // text policy
        for (Corruption corruption : beyond) {
            String corrupted = corruption.apply(valid);
            assertThrows(ContentException.class, () -> RoleReader.standard().read(corrupted, ContentFormat.JSON),
                    corruption.toString());
            assertEquals(List.of(), errors(corrupted, ContentFormat.JSON), corruption.toString());
        }
    }
}
