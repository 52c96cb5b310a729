package io.github.interviewkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Scorecard;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Lever importer on the examples of Lever's API documentation
 * (https://hire.lever.co/developer/documentation, "Feedback"; copied into {@code lever/} with its
 * source) and on variants. The {@code scorecard} field type is documented in prose only ("scores:
 * an array of scores that compose this scorecard; value: an array of objects each with a score and
 * comment attribute"): its payloads here are built to that prose.
 */
class LeverImporterTest {
    private final LeverImporter importer = LeverImporter.of(Fixtures.KIT,
            ImportMapping.codec().read(Fixtures.text("mappings/lever-backend-architect.yaml"), ContentFormat.YAML));

    private ImportReport read(String json) {
        return importer.read(json.getBytes(StandardCharsets.UTF_8), "feedback", "250d8f03", "contact-1");
    }

    @Test
    void read_documentedRetrieveAndListExamples_giveTheSameScorecard() {
        Scorecard retrieved = read(Fixtures.text("lever/feedback-retrieve.json")).panel("250d8f03").scorecards().get(0);
        Scorecard listed = read(Fixtures.text("lever/feedback-list.json")).panel("250d8f03").scorecards().get(0);

        assertEquals(retrieved, listed);
        assertEquals("contact-1", retrieved.candidateId());
        assertEquals("a0afa6f7-7bb5-4ff6-93c3-e215fbcf3b2e", retrieved.interviewerId());
        assertEquals(QuestionCategory.TECHNICAL, retrieved.stage());
        // The example types its overall rating field "score" with the option's text; the mapping
        // names it in recommendationFields.
        assertEquals(Optional.of(Recommendation.STRONG_HIRE), retrieved.vote());
        assertEquals(Optional.of("Had a great conversation with Kathryn. Sounds like the next role she is looking for really"
                + " fits with what we need in an office manager."), retrieved.notes());
        assertEquals(Map.of("system-design", "Has 10 years of experience as an office manager for startups"), retrieved.criterionNotes());
        assertEquals(Optional.of(Instant.ofEpochMilli(1423231549510L)), retrieved.submittedAt());
        assertEquals(Optional.of("c64fb192-d6d8-42dc-ac82-47cb87e9839c"), retrieved.source().orElseThrow().scorecardId());
        assertEquals(Optional.of("85110ec8-e33a-4997-a798-5affc854b7ce"), retrieved.source().orElseThrow().interviewId());
        assertEquals("Can you email us two or three references that we can speak to?, What project are you most proud of?",
                retrieved.metadata().get("answer: What questions did you ask the candidate?"));
        assertEquals("Execution", retrieved.metadata().get("answer: What is the candidate's greatest strength?"));
        assertEquals(Instant.ofEpochMilli(1526925087354L).toString(), retrieved.metadata().get("deletedAt"));
        assertEquals("2cdfff3a-2d7e-4fa6-9a9b-25ba25b6a9f8", retrieved.metadata().get("panel"));
    }

    private static String withFields(String fields) {
        return "{\"data\": {\"id\": \"f1\", \"text\": \"On-site interview\", \"user\": {\"id\": \"u1\", \"name\": \"Rachel Green\"},"
                + " \"fields\": [" + fields + "]}}";
    }

    @Test
    void read_scorecardAndScoreSystemFields_asThePlaceDocumentsThem() {
        Scorecard card = read(withFields(
                "{\"type\": \"score-system\", \"text\": \"Overall\", \"value\": \"3 - Hire\"},"
                        + "{\"type\": \"scorecard\", \"text\": \"Skills assessment\","
                        + " \"scores\": [{\"text\": \"System design\"}, {\"text\": \"Explains choices\"}],"
                        + " \"value\": [{\"score\": 3, \"comment\": \"Clear trade-offs\"}, {\"score\": 4}]}"))
                .panel("250d8f03").scorecards().get(0);

        assertEquals("u1", card.interviewerId());
        assertEquals("Rachel Green", card.metadata().get("user.name"));
        assertEquals(Optional.of(Recommendation.HIRE), card.vote());
        assertEquals(Rating.of(3), card.rating("system-design"));
        assertEquals(Rating.of(4), card.rating("explains-architectural-choices"));
        assertEquals(Map.of("system-design", "Clear trade-offs"), card.criterionNotes());
    }

    @Test
    void read_scoreFieldAsTheFieldReferenceShowsIt_anIntegerOrNull() {
        Scorecard card = read(withFields("{\"type\": \"score\", \"text\": \"System design\", \"value\": 2},"
                + "{\"type\": \"score\", \"text\": \"Explains choices\", \"value\": null}"))
                .panel("250d8f03").scorecards().get(0);

        assertEquals(Rating.of(2), card.rating("system-design"));
        assertEquals(Rating.notAssessed(), card.rating("explains-architectural-choices"));
    }

    @Test
    void read_feedbackThatDoesNotFit_isReportedAtEachPlace() {
        ImportException e = assertThrows(ImportException.class, () -> read(withFields(
                "{\"type\": \"scorecard\", \"text\": \"Skills\", \"scores\": [{\"text\": \"System design\"}],"
                        + " \"value\": [{\"score\": 3}, {\"score\": 1}]},"
                        + "{\"type\": \"score\", \"text\": \"Humour\", \"value\": 5},"
                        + "{\"type\": \"score-system\", \"text\": \"Overall\", \"value\": \"5 - Hire at once\"}")
                .replace("\"On-site interview\"", "\"Lunch\"").replace("\"user\": {\"id\": \"u1\", \"name\": \"Rachel Green\"},", "")));

        assertEquals(List.of(
                "/data/user: is required",
                "/data/text: is not a stage of the mapping and the mapping has no defaultStage; stages are [On-site interview]",
                "/data/fields/0/value: has 2 scores for the 1 skills of scores",
                "/data/fields/1/text: is not mapped onto a criterion and not ignored; mapped are [System design, Explains choices]",
                "/data/fields/2/value: is not a recommendation of the mapping; recommendations are "
                        + "[4 - Strong Hire, 3 - Hire, 2 - No Hire, 1 - Strong No Hire]"), Fixtures.problems(e));
        assertEquals(List.of("/data: is required: a feedback form, or a list of them"),
                Fixtures.problems(assertThrows(ImportException.class, () -> read("{\"hasNext\": false}"))));
    }
}
