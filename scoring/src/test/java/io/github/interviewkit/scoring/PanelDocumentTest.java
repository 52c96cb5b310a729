package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.DocumentCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelDocumentTest {
    private static List<String> problems(ScoringInputException e) {
        return e.violations().stream().map(v -> v.path() + ": " + v.message()).toList();
    }

    private static Panel panel() {
        return Panel.of(TestRoles.SMALL, List.of(
                Scorecard.builder().from(TestRoles.card("ann", 3, 4, 2)).notAssessed("communication")
                        .vote(Recommendation.HIRE).notes("Solid.").putCriterionNotes("coding", "Slow but careful.")
                        .source(ScorecardSource.builder().system("greenhouse").scorecardId("123").applicationId("77").build())
                        .submittedAt(Instant.parse("2026-03-01T10:15:30Z")).putMetadata("office", "berlin").build(),
                TestRoles.card("bob", 4, 3, 3)));
    }

    @Test
    void write_json_isStableAndPretty() {
        assertEquals("""
                {
                  "role": {
                    "id": "test-engineer",
                    "contentVersion": "1.0.0"
                  },
                  "scorecards": [
                    {
                      "candidateId": "c-1",
                      "interviewerId": "ann",
                      "stage": "technical",
                      "ratings": {
                        "coding": 2,
                        "system-design": 3
                      },
                      "notAssessed": [
                        "communication"
                      ],
                      "vote": "hire",
                      "notes": "Solid.",
                      "criterionNotes": {
                        "coding": "Slow but careful."
                      },
                      "source": {
                        "system": "greenhouse",
                        "scorecardId": "123",
                        "applicationId": "77"
                      },
                      "submittedAt": "2026-03-01T10:15:30Z",
                      "metadata": {
                        "office": "berlin"
                      }
                    },
                    {
                      "candidateId": "c-1",
                      "interviewerId": "bob",
                      "stage": "technical",
                      "ratings": {
                        "coding": 3,
                        "communication": 3,
                        "system-design": 4
                      }
                    }
                  ]
                }
                """.strip(), panel().write(ContentFormat.JSON).strip());
    }

    @Test
    void read_rejectsAnotherRoleOrVersion_asAProblemNotAReinterpretation() {
        String text = panel().write(ContentFormat.YAML);
        Role other = Role.builder().from(TestRoles.SMALL).contentVersion("2.0.0").build();
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> Panel.read(other, text, ContentFormat.YAML));
        assertEquals(List.of("role.contentVersion: is not the content version of role 'test-engineer' supplied, 2.0.0"),
                problems(e));
        Role renamed = Role.builder().from(TestRoles.SMALL).id("other-role").build();
        ScoringInputException wrongId = assertThrows(ScoringInputException.class,
                () -> Panel.read(renamed, text, ContentFormat.YAML));
        assertEquals(List.of("role.id: names another role than the one supplied, 'other-role'"), problems(wrongId));
    }

    @Test
    void read_reportsEveryProblemWithPathLineAndColumn() {
        String yaml = """
                role:
                  id: test-engineer
                  contentVersion: 1.0.0
                scorecards:
                  - candidateId: c-1
                    interviewerId: ann
                    stage: technical
                    ratings: {coding: 9, typing: 3}
                    criterionNotes: {typing: fast}
                    submittedAt: yesterday
                    colour: blue
                  - candidateId: c-1
                    interviewerId: ann
                    stage: technical
                    vote: maybe
                """;
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> Panel.read(TestRoles.SMALL, yaml, ContentFormat.YAML));
        List<Violation> violations = e.violations();
        assertEquals(List.of(
                "scorecards[0].colour",
                "scorecards[0].criterionNotes[typing]",
                "scorecards[0].ratings[coding]",
                "scorecards[0].ratings[typing]",
                "scorecards[0].submittedAt",
                "scorecards[1].interviewerId",
                "scorecards[1].vote"), violations.stream().map(Violation::path).sorted().toList());
        Violation submittedAt = violations.stream().filter(v -> v.path().equals("scorecards[0].submittedAt"))
                .findFirst().orElseThrow();
        assertEquals(10, submittedAt.line().getAsInt());
        assertEquals(18, submittedAt.column().getAsInt());
    }

    @Test
    void read_ignoresUnknownFieldsOnlyWhenLenient() {
        String json = "{\"role\":{\"id\":\"test-engineer\",\"contentVersion\":\"1.0.0\"},\"extra\":1,"
                + "\"scorecards\":[{\"candidateId\":\"c-1\",\"interviewerId\":\"ann\",\"stage\":\"technical\",\"x\":2}]}";
        ScoringInputException strict = assertThrows(ScoringInputException.class,
                () -> Panel.read(TestRoles.SMALL, json, ContentFormat.JSON));
        assertEquals(List.of("extra", "scorecards[0].x"), strict.violations().stream().map(Violation::path).sorted().toList());
        Panel lenient = DocumentCodec.builder(Panel.documentKind(TestRoles.SMALL)).ignoreUnknownFields().build()
                .read(json, ContentFormat.JSON);
        assertEquals(List.of("ann"), lenient.interviewerIds());
    }

    @Test
    void read_requiresTheRoleAndAScorecard() {
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> Panel.read(TestRoles.SMALL, "{}", ContentFormat.JSON));
        assertEquals(List.of("role", "scorecards"), e.violations().stream().map(Violation::path).sorted().toList());
    }

    @Test
    void readAndWrite_files(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("panel.yaml");
        Files.writeString(file, panel().write(ContentFormat.YAML));
        assertEquals(panel(), Panel.read(TestRoles.SMALL, file));
        Path card = dir.resolve("card.json");
        Files.writeString(card, panel().scorecards().get(0).write(ContentFormat.JSON));
        assertEquals(panel().scorecards().get(0), Scorecard.read(card));
    }

    @Test
    void read_keepsOneInterviewerAtTwoStages() {
        Panel two = Panel.of(TestRoles.SMALL, List.of(TestRoles.card("ann", 3, 3, 3),
                Scorecard.builder().from(TestRoles.card("ann", 4, 4, 4)).stage(QuestionCategory.BEHAVIOURAL).build()));
        assertEquals(two, Panel.read(TestRoles.SMALL, two.write(ContentFormat.JSON), ContentFormat.JSON));
    }
}
