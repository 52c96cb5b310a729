package io.github.interviewkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.networknt.schema.InputFormat;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.scoring.Recommendation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import mapping as a value and as a document, and its JSON Schema kept in step with its rules. */
class ImportMappingTest {
    private static List<String> problems(String json) {
        ImportException e = assertThrows(ImportException.class, () -> ImportMapping.codec().read(json, ContentFormat.JSON));
        return Fixtures.problems(e);
    }

    @Test
    void read_theGreenhouseMapping() {
        ImportMapping mapping = Fixtures.greenhouseMapping();

        assertEquals("backend-architect", mapping.roleId());
        assertEquals("system-design", mapping.attributes().get("Problem Solver"));
        assertEquals(Rating.of(2), mapping.ratings().get("mixed"));
        assertEquals(Rating.notAssessed(), mapping.ratings().get("no_decision"));
        assertEquals(List.of("mixed"), mapping.lossyRatings());
        assertEquals(Recommendation.STRONG_HIRE, mapping.recommendations().get("strong_yes"));
        assertEquals(List.of("no_decision"), mapping.abstentions());
        assertEquals(QuestionCategory.BEHAVIOURAL, mapping.stages().get("Behavioral Phone Interview"));
        assertEquals(List.of("Private Notes"), mapping.privateNotesFields());
    }

    @Test
    void write_thenRead_givesAnEqualMappingAndTheSameText() {
        ImportMapping mapping = Fixtures.greenhouseMapping();
        for (ContentFormat format : ContentFormat.values()) {
            String text = ImportMapping.codec().write(mapping, format);
            ImportMapping again = ImportMapping.codec().read(text, format);
            assertEquals(ImportMapping.codec().write(again, format), text);
            assertEquals(mapping.attributes(), again.attributes());
            assertEquals(mapping.ratings(), again.ratings());
            assertEquals(Map.copyOf(mapping.recommendations()), Map.copyOf(again.recommendations()));
            assertEquals(mapping.abstentions(), again.abstentions());
            assertEquals(mapping.stages(), again.stages());
        }
    }

    @Test
    void build_undeclaredLossyMapping_isAViolation() {
        assertEquals(List.of("/ratings: map onto level 2 together; a lossy mapping must be declared: list all but one of them in lossy"),
                problems("{\"role\": \"r\", \"ratings\": {\"no\": 2, \"mixed\": 2, \"yes\": 3}}"));
    }

    @Test
    void build_lossyDeclarationsThatDeclareNothing_areViolations() {
        assertEquals(List.of(
                "/lossy/0: is declared lossy but no other label shares its level",
                "/lossy/1: is not a label of ratings"),
                problems("{\"role\": \"r\", \"ratings\": {\"yes\": 3, \"no\": 2}, \"lossy\": [\"yes\", \"maybe\"]}"));
    }

    @Test
    void build_contradictionsAndMalformedValues_areEveryOneReported() {
        assertEquals(List.of(
                "/role: must be a slug: lower-case letters and digits joined by single hyphens",
                "/attributes/Teamwork: must be a slug: lower-case letters and digits joined by single hyphens",
                "/ratings/great: must be a level number or not-assessed",
                "/recommendations/maybe: must be none or one of strong-hire, hire, no-hire, strong-no-hire",
                "/recommendations/unsure: must be a decided outcome (strong-hire, hire, no-hire, strong-no-hire) or none",
                "/ignore/0: is mapped in attributes; an attribute is mapped or ignored, not both",
                "/privateNotes/0: is also a shared notes field; private notes stay private"),
                problems("{\"role\": \"Backend\", \"attributes\": {\"Teamwork\": \"Team Work\"}, \"ratings\": {\"great\": \"five\"},"
                        + " \"recommendations\": {\"maybe\": \"perhaps\", \"unsure\": \"incomplete\"},"
                        + " \"ignore\": [\"Teamwork\"], \"notes\": [\"Notes\"], \"privateNotes\": [\"Notes\"]}"));
        assertEquals(List.of("/role: is required", "/colour: is not a known field here; known fields are role, attributes, ratings, "
                + "lossy, recommendations, recommendationFields, stages, defaultStage, ignore, notes, privateNotes, criterionNotes"),
                problems("{\"colour\": \"blue\"}"));
    }

    @Test
    void forRole_mustHaveWhoseMinimumNoLabelReaches_isUnmappable() {
        ImportMapping mapping = ImportMapping.builder().roleId("backend-architect")
                .putAttribute("Problem Solver", "system-design")
                .putAttribute("Communication", "explains-architectural-choices")
                .putRating("no", Rating.of(1))
                .putRating("yes", Rating.of(2))
                .build();
        ImportException e = assertThrows(ImportException.class, () -> CsvImporter.of(Fixtures.KIT, mapping));

        assertEquals(List.of(
                "/ratings: maps no label onto the minimum rating 3 of this must-have criterion or above; no import could pass it",
                "/ratings: maps no label onto the minimum rating 3 of this must-have criterion or above; no import could pass it"),
                Fixtures.problems(e));
    }

    /** Documents each rule rejects, that the schema rejects too: the schema restates the rules it can say. */
    private static final List<String> CORRUPTED = List.of(
            "{}",
            "{\"role\": \"Backend\"}",
            "{\"role\": \"r\", \"colour\": \"blue\"}",
            "{\"role\": \"r\", \"attributes\": {\"A\": \"Not A Slug\"}}",
            "{\"role\": \"r\", \"attributes\": {\"\": \"a\"}}",
            "{\"role\": \"r\", \"attributes\": [\"a\"]}",
            "{\"role\": \"r\", \"ratings\": {\"x\": 0}}",
            "{\"role\": \"r\", \"ratings\": {\"x\": \"five\"}}",
            "{\"role\": \"r\", \"ratings\": {\"x\": 1.5}}",
            "{\"role\": \"r\", \"recommendations\": {\"x\": \"perhaps\"}}",
            "{\"role\": \"r\", \"stages\": {\"Lunch\": \"Lunch Break\"}}",
            "{\"role\": \"r\", \"defaultStage\": \"\"}",
            "{\"role\": \"r\", \"ignore\": \"Teamwork\"}",
            "{\"role\": \"r\", \"notes\": [\" \"]}",
            "{\"role\": \"r\", \"lossy\": [1]}",
            "{\"role\": \"r\", \"criterionNotes\": {\"Notes\": \"Not A Slug\"}}",
            "[]");

    private static final List<String> VALID = List.of(
            "{\"role\": \"r\"}",
            "{\"role\": \"r\", \"ratings\": {\"1\": 1, \"2\": 2, \"x\": \"not-assessed\"}, \"recommendations\": {\"y\": \"hire\", \"n\": \"none\"},"
                    + " \"stages\": {\"Lunch\": \"screening\"}, \"defaultStage\": \"technical\", \"ignore\": [\"a\"],"
                    + " \"notes\": [\"n\"], \"privateNotes\": [\"p\"], \"criterionNotes\": {\"c\": \"d\"}, \"recommendationFields\": [\"f\"]}");

    @Test
    void schema_rejectsEveryCorruptedDocumentTheRulesReject() {
        for (String json : CORRUPTED) {
            assertThrows(ImportException.class, () -> ImportMapping.codec().read(json, ContentFormat.JSON), json);
            assertEquals(true, !Schemas.errors(Schemas.MAPPING, json, InputFormat.JSON).isEmpty(), json);
        }
    }

    @Test
    void schema_acceptsWhatTheRulesAccept() {
        for (String json : VALID) {
            ImportMapping.codec().read(json, ContentFormat.JSON);
            assertEquals(List.of(), Schemas.errors(Schemas.MAPPING, json, InputFormat.JSON), json);
        }
        String written = ImportMapping.codec().write(Fixtures.greenhouseMapping(), ContentFormat.JSON);
        assertEquals(List.of(), Schemas.errors(Schemas.MAPPING, written, InputFormat.JSON));
    }

    @Test
    void schema_hasItsDocumentedId() throws Exception {
        assertEquals(true, Fixtures.text("/io/github/interviewkit/interop/import-mapping.schema.json")
                .contains("\"$id\": \"" + ImportMapping.SCHEMA_ID + "\""));
    }
}
