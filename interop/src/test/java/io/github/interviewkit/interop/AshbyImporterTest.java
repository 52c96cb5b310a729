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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Ashby importer on the {@code applicationFeedback.list} example of Ashby's API reference
 * (copied into {@code ashby/} with its source) and on the other shapes the reference documents
 * for the same fields ({@code applicationFeedback.submit}: Score as {@code {score: 4}}, rich text as
 * {@code {type: "PlainText", value}}).
 */
class AshbyImporterTest {
    private final AshbyImporter importer = AshbyImporter.of(Fixtures.KIT,
            ImportMapping.codec().read(Fixtures.text("mappings/ashby-backend-architect.yaml"), ContentFormat.YAML));

    private ImportReport read(String json) {
        return importer.read(json.getBytes(StandardCharsets.UTF_8), "feedback", "cand-1");
    }

    private static String example() {
        return Fixtures.text("ashby/application-feedback-list.json");
    }

    @Test
    void read_documentedExample() {
        ImportReport report = read(example());
        Scorecard card = report.panel("550e8400-e29b-41d4-a716-446655440000").scorecards().get(0);

        assertEquals("cand-1", card.candidateId());
        assertEquals("123e4567-e89b-12d3-a456-426614174000", card.interviewerId());
        assertEquals(QuestionCategory.TECHNICAL, card.stage());
        assertEquals(Rating.of(4), card.rating("system-design"));
        assertEquals(Optional.of(Recommendation.HIRE), card.vote());
        assertEquals(Optional.of(Instant.parse("2023-11-15T14:30:00.000Z")), card.submittedAt());
        assertEquals("ashby", card.source().orElseThrow().system());
        assertEquals(Optional.of("f47ac10b-58cc-4372-a567-0e02b2c3d479"), card.source().orElseThrow().scorecardId());
        assertEquals("Sarah", card.metadata().get("submittedByUser.firstName"));
        assertEquals("6ba7b812-9dad-11d1-80b4-00c04fd430c8", card.metadata().get("interviewEventId"));
        assertEquals(true, card.notes().orElseThrow().startsWith("Candidate demonstrated strong problem-solving skills"));
    }

    @Test
    void read_theSubmitShapesOfScoreAndRichText_readAsTheListShapes() {
        Scorecard card = read(example()
                .replace("\"technical_skills\": \"4\"", "\"technical_skills\": {\"score\": 4}")
                .replace("\"detailed_feedback\": \"Candidate", "\"detailed_feedback\": {\"type\": \"PlainText\", \"value\": \"Candidate")
                .replace("the interview.\"", "the interview.\"}")
                .replace("\"6ba7b811-9dad-11d1-80b4-00c04fd430c8\",\n      \"interviewEventId\"", "\"other\",\n      \"interviewEventId\""))
                .panel("550e8400-e29b-41d4-a716-446655440000").scorecards().get(0);

        assertEquals(Rating.of(4), card.rating("system-design"));
        assertEquals(true, card.notes().orElseThrow().startsWith("Candidate demonstrated"));
        assertEquals(QuestionCategory.BEHAVIOURAL, card.stage());
    }

    @Test
    void read_feedbackThatDoesNotFit_isReportedAtEachPlace() {
        ImportException e = assertThrows(ImportException.class, () -> read(example()
                .replace("\"technical_skills\": \"4\"", "\"technical_skills\": \"7\", \"culture\": \"yes\"")
                .replace("\"overall_recommendation\": \"hire\"", "\"overall_recommendation\": \"maybe\"")));

        assertEquals(List.of(
                "/results/0/submittedValues/culture: is not the path of a field of the formDefinition; paths are "
                        + "[overall_recommendation, technical_skills, detailed_feedback]",
                "/results/0/submittedValues/overall_recommendation: is not a recommendation of the mapping; recommendations are "
                        + "[strong_hire, hire, no_hire]",
                "/results/0/submittedValues/technical_skills: is not a rating label of the mapping; labels are [1, 2, 3, 4]"),
                Fixtures.problems(e));
        assertEquals(List.of("/results: is required: the list of feedback submissions",
                "/success: is false: the payload is an error response, not feedback"),
                Fixtures.problems(assertThrows(ImportException.class, () -> read("{\"success\": false}"))));
    }
}
