package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.io.ContentFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas against the readers: every document the writers produce validates, and every
 * corruption the reader rejects the schema rejects too, except the rules listed as beyond a schema.
 */
class DocumentSchemaTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(DocumentSchema.ID_PREFIX,
                    "classpath:io/github/interviewkit/scoring/schemas/1/")));
    private static final ScoringEngine ENGINE = ScoringEngine.builder().registerBuiltIns()
            .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC)).build();

    private static Schema schema(DocumentSchema kind) {
        return REGISTRY.getSchema(SchemaLocation.of(kind.id()));
    }

    private static List<Error> errors(DocumentSchema kind, String json) {
        return schema(kind).validate(json, InputFormat.JSON);
    }

    private static Panel panel() {
        return Panel.of(TestRoles.SMALL, List.of(ScorecardTest.rich(), TestRoles.card("bob", 4, 3, 3)));
    }

    @Test
    void everySchema_isShippedWithItsId() {
        for (DocumentSchema kind : DocumentSchema.values()) {
            assertTrue(kind.text().contains("\"$id\": \"" + kind.id() + "\""), kind.id());
            assertEquals(kind.id(), schema(kind).getSchemaNode().get("$id").asString());
        }
    }

    @Test
    void everyWrittenDocument_validates() {
        qt().forAll(PanelGenerators.panels(30)).checkAssert(raw -> {
            Panel panel = raw.panel();
            assertEquals(List.of(), errors(DocumentSchema.PANEL, panel.write(ContentFormat.JSON)));
            for (Scorecard card : panel.scorecards()) {
                assertEquals(List.of(), errors(DocumentSchema.SCORECARD, card.write(ContentFormat.JSON)));
            }
            for (PanelScorer scorer : ScoringProperties.everyBuiltIn()) {
                assertEquals(List.of(), errors(DocumentSchema.REPORT, scorer.score(panel).toJson()));
            }
        });
        assertEquals(List.of(), errors(DocumentSchema.PANEL, panel().write(ContentFormat.JSON)));
        assertEquals(List.of(), errors(DocumentSchema.REPORT, ENGINE.score(panel()).toJson()));
        assertEquals(List.of(), errors(DocumentSchema.POLICY, ScoringPolicy.defaults().write(ContentFormat.JSON)));
        assertEquals(List.of(), errors(DocumentSchema.POLICY, "{}"));
    }

    @Test
    void everyWrittenPolicy_validates() {
        qt().withExamples(200).forAll(ScoringPolicyProperties.policies()).checkAssert(policy ->
                assertEquals(List.of(), errors(DocumentSchema.POLICY, policy.write(ContentFormat.JSON)), policy::toString));
    }

    /** A corruption of a valid document, which the reader and the schema must both reject. */
    private record Corruption(String from, String to) {
        String apply(String text) {
            assertTrue(text.contains(from), from);
            return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        }
    }

    private static void bothReject(DocumentSchema kind, String valid, Consumer<String> reader, List<Corruption> corruptions) {
        for (Corruption corruption : corruptions) {
            String corrupted = corruption.apply(valid);
            assertThrows(ContentException.class, () -> reader.accept(corrupted), corruption.toString());
            assertFalse(errors(kind, corrupted).isEmpty(), "the schema accepts " + corruption);
        }
    }

    @Test
    void panelCorruptions_areRejectedByReaderAndSchema() {
        String valid = panel().write(ContentFormat.JSON);
        bothReject(DocumentSchema.PANEL, valid, text -> Panel.read(TestRoles.SMALL, text, ContentFormat.JSON), List.of(
                new Corruption("\"stage\": \"technical\"", "\"stage\": \"Technical!\""),
                new Corruption("\"stage\": \"technical\"", "\"stage\": 3"),
                new Corruption("\"coding\": 3", "\"coding\": \"3\""),
                new Corruption("\"notes\": ", "\"vote\": \"maybe\", \"notes\": "),
                new Corruption("\"candidateId\": \"c-1\",", "\"candidateId\": \" \","),
                new Corruption("\"candidateId\": \"c-1\",", ""),
                new Corruption("\"system\": \"greenhouse\"", "\"system\": \"\""),
                new Corruption("\"submittedAt\": \"2026-03-01T10:15:30Z\"", "\"submittedAt\": \"yesterday\""),
                new Corruption("\"interviewerId\": \"bob\",", "\"interviewerId\": \"bob\", \"colour\": \"blue\","),
                new Corruption("\"contentVersion\": \"1.0.0\"", "\"contentVersion\": \"1.0\""),
                new Corruption("\"office\": ", "\" \": \"x\", \"office\": "),
                new Corruption("\"scorecards\": [", "\"scorecards\": [], \"old\": [")));
    }

    @Test
    void reportCorruptions_areRejectedByReaderAndSchema() {
        String valid = ENGINE.score(panel()).toJson();
        bothReject(DocumentSchema.REPORT, valid, text -> Report.read(text, ContentFormat.JSON), List.of(
                new Corruption("\"recommendation\": \"", "\"recommendation\": \"x"),
                new Corruption("\"strategy\": \"structured\",", ""),
                new Corruption("\"assessments\": 2", "\"assessments\": -1"),
                new Corruption("\"covered\": ", "\"covered\": \"yes\", \"c\": "),
                new Corruption("\"code\": \"aggregate\",", ""),
                new Corruption("\"policyFingerprint\": \"", "\"policyFingerprint\": \"X"),
                new Corruption("\"scoredAt\": \"2026-03-02T09:00:00Z\"", "\"scoredAt\": \"now\""),
                new Corruption("\"types\": {", "\"types\": {\"interviewers\": \"bytes\", \"i2\": \"x\"} , \"t\": {")));
    }

    @Test
    void policyCorruptions_areRejectedByReaderAndSchema() {
        String valid = ScoringPolicy.defaults().write(ContentFormat.JSON);
        bothReject(DocumentSchema.POLICY, valid, text -> ScoringPolicy.read(text, ContentFormat.JSON), List.of(
                new Corruption("\"aggregation\": \"mean\"", "\"aggregation\": \"mode\""),
                new Corruption("\"rubricGates\": true", "\"rubricGates\": \"yes\""),
                new Corruption("\"minimumPanelSize\": 3", "\"minimumPanelSize\": 0"),
                new Corruption("\"hireThreshold\": 0.60", "\"hireThreshold\": 1.5"),
                new Corruption("\"pitfallCap\": \"hire\"", "\"pitfallCap\": \"incomplete\""),
                new Corruption("\"hurdles\": [", "\"hurdles\": [{\"stage\": \"technical\"}"),
                new Corruption("\"aggregation\"", "\"aggregations\"")));
    }

    /**
     * The rules a schema cannot express, as the schemas' descriptions list them: the reader rejects
     * these documents, the schema accepts them.
     */
    @Test
    void rulesBeyondASchema_areTheReadersAlone() {
        String valid = panel().write(ContentFormat.JSON);
        List<Corruption> beyond = List.of(
                new Corruption("\"interviewerId\": \"bob\"", "\"interviewerId\": \"ann\""),         // one per interviewer and stage
                new Corruption("\"coding\": 3", "\"typing\": 3"),                                 // criterion of the role
                new Corruption("\"coding\": 3", "\"coding\": 9"),                                 // level of the scale
                new Corruption("\"contentVersion\": \"1.0.0\"", "\"contentVersion\": \"2.0.0\""), // the role supplied
                new Corruption("\"candidateId\": \"c-1\",\n      \"interviewerId\": \"bob\"",
                        "\"candidateId\": \"c-2\",\n      \"interviewerId\": \"bob\""));              // one candidate
        for (Corruption corruption : beyond) {
            String corrupted = corruption.apply(valid);
            assertThrows(ScoringInputException.class, () -> Panel.read(TestRoles.SMALL, corrupted, ContentFormat.JSON),
                    corruption.toString());
            assertEquals(List.of(), errors(DocumentSchema.PANEL, corrupted), corruption.toString());
        }
        String report = ENGINE.score(panel()).toJson();
        String editedText = report.replaceFirst("\"text\": \"Aggregated", "\"text\": \"Averaged");
        assertThrows(ScoringInputException.class, () -> Report.read(editedText, ContentFormat.JSON));
        assertEquals(List.of(), errors(DocumentSchema.REPORT, editedText));
        String policy = ScoringPolicy.defaults().write(ContentFormat.JSON).replace("\"hireThreshold\": 0.60",
                "\"hireThreshold\": 0.95");
        assertThrows(ScoringInputException.class, () -> ScoringPolicy.read(policy, ContentFormat.JSON));
        assertEquals(List.of(), errors(DocumentSchema.POLICY, policy));
        for (DocumentSchema kind : DocumentSchema.values()) {
            assertTrue(kind.text().contains("Rules this schema cannot express"), kind.id());
        }
    }
}
