package io.github.interviewkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Scorecard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Greenhouse importer on the payloads of Greenhouse's own documentation
 * ({@code grnhse/greenhouse-api-docs}, {@code source/includes/harvest/_scorecards.md}, copied into
 * {@code greenhouse/} with its source) and on hostile variants of them.
 */
class GreenhouseImporterTest {
    private final GreenhouseImporter importer = GreenhouseImporter.of(Fixtures.KIT, Fixtures.greenhouseMapping());

    private ImportReport read(String resource) {
        return importer.read(Fixtures.bytes("greenhouse/" + resource), resource);
    }

    private ImportException failure(String json) {
        return assertThrows(ImportException.class, () -> importer.read(json.getBytes(StandardCharsets.UTF_8), "payload"));
    }

    private static String listPayload() {
        return Fixtures.text("greenhouse/scorecards-list.json");
    }

    @Test
    void read_documentedList_givesAPanelPerApplication() {
        ImportReport report = read("scorecards-list.json");

        assertEquals(List.of("3456", "23558552"), List.copyOf(report.panels().keySet()));
        Panel first = report.panel("3456");
        assertEquals("1234", first.candidateId());
        Scorecard card = first.scorecards().get(0);
        assertEquals("821", card.interviewerId());
        assertEquals(QuestionCategory.SCREENING, card.stage());
        assertEquals(Map.of("explains-architectural-choices", Rating.of(3), "system-design", Rating.of(2),
                "database-systems", Rating.of(1)), card.ratings());
        assertEquals(java.util.Optional.of(Recommendation.HIRE), card.vote());
        assertEquals(java.util.Optional.of("Seems like a decent candidate."), card.notes());
        Scorecard second = report.panel("23558552").scorecards().get(0);
        assertEquals(QuestionCategory.BEHAVIOURAL, second.stage());
        assertEquals(java.util.Optional.of(Recommendation.NO_HIRE), second.vote());
    }

    @Test
    void read_keepsEverythingTheScorecardCanHold() {
        Scorecard card = read("scorecards-list.json").panel("3456").scorecards().get(0);

        assertEquals(Map.of("explains-architectural-choices", "What a great communicator!"), card.criterionNotes());
        assertEquals(java.util.Optional.of("Seems like a decent candidate."), card.privateNotes());
        assertEquals("greenhouse", card.source().orElseThrow().system());
        assertEquals(java.util.Optional.of("123"), card.source().orElseThrow().scorecardId());
        assertEquals(java.util.Optional.of("3456"), card.source().orElseThrow().applicationId());
        assertEquals(java.util.Optional.of(java.time.Instant.parse("2014-03-26T21:59:51Z")), card.submittedAt());
        assertEquals(java.util.Optional.of("4080"), card.submittedBy());
        Map<String, String> metadata = card.metadata();
        assertEquals("Robert Robertson", metadata.get("interviewer.name"));
        assertEquals("100377", metadata.get("interviewer.employeeId"));
        assertEquals("Kate Austen", metadata.get("submittedBy.name"));
        assertEquals("2016-08-22T19:52:38.384Z", metadata.get("createdAt"));
        assertEquals("2016-08-22T19:52:38.384Z", metadata.get("updatedAt"));
        assertEquals("2016-08-18T16:00:00.000Z", metadata.get("interviewedAt"));
        assertEquals("432", metadata.get("interviewStep.id"));
        assertEquals("Skills", metadata.get("attributeType: Communication"));
        assertEquals("Yes", metadata.get("answer: Does the candidate have experience designing APIs?"));
        assertEquals("1234567", metadata.get("questionId: Does the candidate have experience designing APIs?"));
        assertEquals("London, Dubai, San Diego", metadata.get("answer: Where would the candidate be willing to work?"));
    }

    @Test
    void read_oneInterviewerAtTwoStagesOfOneApplication_givesOnePanelWithBoth() {
        String list = Fixtures.text("greenhouse/scorecards-list.json").replace("\"application_id\": 23558552", "\"application_id\": 3456")
                .replace("\"candidate_id\": 14271904", "\"candidate_id\": 1234");
        ImportReport report = importer.read(list.getBytes(StandardCharsets.UTF_8), "two stages");

        Panel panel = report.panel("3456");
        assertEquals(List.of(QuestionCategory.SCREENING, QuestionCategory.BEHAVIOURAL),
                panel.scorecards().stream().map(Scorecard::stage).toList());
        assertEquals(List.of("821", "821"), panel.scorecards().stream().map(Scorecard::interviewerId).toList());
    }

    @Test
    void read_documentedObject_isOneScorecard() {
        ImportReport report = read("scorecard.json");

        assertEquals(List.of("3456"), List.copyOf(report.panels().keySet()));
        assertEquals(1, report.panel("3456").scorecards().size());
    }

    @Test
    void read_reportsTheIgnoredAttributesAndNoLossyRatingWhenNoneIsMixed() {
        ImportReport report = read("scorecard.json");

        assertEquals(List.of("/attributes/1/name", "/attributes/2/name", "/attributes/3/name"),
                report.ignoredAttributes().stream().map(ImportNote::pointer).toList());
        assertEquals(List.of("Adaptable", "Relationship Manager", "Project Management"),
                report.ignoredAttributes().stream().map(ImportNote::sourceValue).toList());
        assertEquals(List.of(), report.lossyMappings());
    }

    @Test
    void read_reportsEachRatingMappedThroughALossyLabel() {
        String json = Fixtures.text("greenhouse/scorecard.json")
                .replace("\"note\": null,\n      \"rating\": \"no\"", "\"note\": null,\n      \"rating\": \"mixed\"")
                .replace("\"no\": [\n      \"Problem Solver\"\n    ],\n    \"mixed\": [\n      \"Relationship Manager\",",
                        "\"no\": [],\n    \"mixed\": [\n      \"Problem Solver\",\n      \"Relationship Manager\",");
        ImportReport report = importer.read(json.getBytes(StandardCharsets.UTF_8), "mixed");

        assertEquals(1, report.lossyMappings().size());
        ImportNote note = report.lossyMappings().get(0);
        assertEquals(ImportNote.Kind.LOSSY_RATING, note.kind());
        assertEquals("/attributes/4/rating", note.pointer());
        assertEquals("mixed", note.sourceValue());
        assertEquals("mapped lossily onto level 2 of system-design", note.message());
        assertEquals(Rating.of(2), report.panel("3456").scorecards().get(0).rating("system-design"));
    }

    @Test
    void read_documentedListForOneApplication_isRejectedBecauseItsScorecardsNameTwoCandidates() {
        // Greenhouse's own example of GET /v1/applications/{id}/scorecards puts the candidates
        // 2131415 and 14271904 in one application 23558552: an importer that grouped it would mix
        // two people's scorecards in one panel.
        ImportException e = assertThrows(ImportException.class, () -> read("scorecards-for-application.json"));

        assertEquals(List.of("/1/candidate_id: differs from the candidate \"2131415\" of application 23558552 (/0)"),
                Fixtures.problems(e));
        assertEquals(122, e.violations().get(0).line().getAsInt());
    }

    @Test
    void read_unknownLabelsStagesRecommendationsAndUnmappedAttributes_areEachReportedAtTheirPlace() {
        String json = Fixtures.text("greenhouse/scorecard.json")
                .replace("\"rating\": \"definitely_not\"", "\"rating\": \"maybe\"")
                .replace("\"interview\": \"Application Review\"", "\"interview\": \"Coffee Chat\"")
                .replace("\"overall_recommendation\": \"yes\"", "\"overall_recommendation\": \"perhaps\"")
                .replace("\"name\": \"Adaptable\"", "\"name\": \"Punctual\"")
                .replace("\"definitely_not\": [\n      \"Analytical\"\n    ]", "\"definitely_not\": []")
                .replace("\"Communication\",\n      \"Adaptable\"", "\"Communication\",\n      \"Punctual\"");
        ImportException e = failure(json);

        assertEquals(List.of(
                "/interview: is not a stage of the mapping and the mapping has no defaultStage; stages are "
                        + "[Application Review, Behavioral Phone Interview]",
                "/overall_recommendation: is not a recommendation of the mapping; recommendations are "
                        + "[definitely_not, no, yes, strong_yes, no_decision]",
                "/attributes/1/name: is not mapped onto a criterion and not ignored; mapped are "
                        + "[Problem Solver, Communication, Analytical]",
                "/attributes/5/rating: is not a rating label of the mapping; labels are "
                        + "[definitely_not, no, mixed, yes, strong_yes, no_decision]"), Fixtures.problems(e));
    }

    @Test
    void read_missingFieldsAndWrongTypes_areEveryOneReported() {
        String json = "[{\"id\": \"123\", \"interview\": \"Application Review\", \"interviewer\": {\"id\": 821},"
                + " \"attributes\": [{\"rating\": \"yes\"}], \"submitted_at\": \"yesterday\"}]";
        ImportException e = failure(json);

        assertEquals(List.of(
                "/0/application_id: is required: scorecards are grouped into a panel per application",
                "/0/candidate_id: is required",
                "/0/id: must be a whole number, as the vendor documents it",
                "/0/attributes/0/name: is required",
                "/0/submitted_at: must be an ISO-8601 time such as 2014-03-26T21:59:51Z"), Fixtures.problems(e));
    }

    @Test
    void read_ratingsObjectThatDisagreesWithTheAttributes_isRejected() {
        String json = Fixtures.text("greenhouse/scorecard.json").replace("\"strong_yes\": []", "\"strong_yes\": [\"Analytical\"]");
        ImportException e = failure(json);

        assertEquals(List.of("/ratings/strong_yes/0: is not an attribute rated strong_yes in attributes; the two disagree"),
                Fixtures.problems(e));
    }

    @Test
    void read_theSameScorecardTwice_isADuplicateSubmission() {
        String one = Fixtures.text("greenhouse/scorecard.json");
        ImportException e = failure("[" + one + "," + one + "]");

        assertEquals(List.of(
                "/1/id: repeats the scorecard at /0; a duplicate submission",
                "/1/interviewer: already submitted a scorecard for stage \"Application Review\" of application 3456 (/0);"
                        + " a duplicate submission"), Fixtures.problems(e));
    }

    @Test
    void read_aRootThatIsNeitherListNorObject_isReported() {
        assertEquals(List.of(": must be an object with named fields"), Fixtures.problems(failure("42")));
        assertEquals(List.of("/0: must be a scorecard object"), Fixtures.problems(failure("[1]")));
    }

    @Test
    void read_payloadsPastTheLimits_areRejectedWithoutBeingReadFurther() {
        GreenhouseImporter small = GreenhouseImporter.of(Fixtures.KIT, Fixtures.greenhouseMapping(),
                io.github.interviewkit.model.io.ContentLimits.of(64 * 1024, 4, 100, 10));
        ImportException deep = assertThrows(ImportException.class, () -> small.read(
                "[{\"interviewer\": {\"id\": {\"a\": {\"b\": 1}}}}]".getBytes(StandardCharsets.UTF_8), "deep"));
        assertEquals(List.of("/0/interviewer/id/a: is nested deeper than the limit of 4 levels"),
                Fixtures.problems(deep).stream().filter(line -> line.contains("deeper")).toList(), Fixtures.problems(deep).toString());
        ImportException large = assertThrows(ImportException.class, () -> small.read(new byte[64 * 1024 + 1], "large"));
        assertEquals(1, large.violations().size());
        assertTrue(large.violations().get(0).message().contains("65536"), large.violations().get(0).message());
    }

    @Test
    void of_mappingThatDoesNotFitTheRole_throwsListingEveryRule() {
        ImportMapping mapping = ImportMapping.builder().roleId("other-role")
                .putAttribute("Problem Solver", "no-such-criterion")
                .putRating("yes", Rating.of(9))
                .build();
        ImportException e = assertThrows(ImportException.class, () -> GreenhouseImporter.of(Fixtures.KIT, mapping));

        assertEquals(List.of(
                "/attributes: maps no source attribute onto this must-have criterion; no import could pass it",
                "/attributes: maps no source attribute onto this must-have criterion; no import could pass it",
                "/attributes/Problem Solver: is not a criterion of the role's rubric",
                "/ratings/yes: is not a level of the role's rating scale",
                "/role: names another role than \"backend-architect\""), Fixtures.problems(e));
        assertEquals(List.of("\"explains-architectural-choices\"", "\"system-design\""),
                e.violations().subList(0, 2).stream().map(v -> v.value()).toList());
    }
}
