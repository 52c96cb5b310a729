package io.github.interviewkit.planning;

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
import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped JSON Schemas, checked with networknt's json-schema-validator (draft 2020-12, the
 * schemas registered under their {@code $id}, so nothing is fetched): every written document
 * validates, and a corrupted problem is rejected by the schema and by the reader alike.
 */
class SchemaTest {
    private static final String PROBLEM_ID = "https://interviewkit.github.io/schemas/1/planning-problem.schema.json";
    private static final String PLAN_ID = "https://interviewkit.github.io/schemas/1/plan.schema.json";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(Map.of(PROBLEM_ID, PlanningProblem.jsonSchema(), PLAN_ID, Plan.jsonSchema())));
    private static final Schema PROBLEM = REGISTRY.getSchema(SchemaLocation.of(PROBLEM_ID));
    private static final Schema PLAN = REGISTRY.getSchema(SchemaLocation.of(PLAN_ID));
    private static final Role KIT = BackendArchitect.role();

    @Test
    void schemas_nameTheirIds_andDraft() {
        assertTrue(PlanningProblem.jsonSchema().contains("\"$id\": \"" + PROBLEM_ID + "\""));
        assertTrue(Plan.jsonSchema().contains("\"$id\": \"" + PLAN_ID + "\""));
        assertTrue(Plan.jsonSchema().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    }

    @Test
    void writtenProblems_validate() {
        assertEquals(List.of(), PROBLEM.validate(PlanningProblemDocumentTest.everyField().write(ContentFormat.JSON),
                InputFormat.JSON));
        assertEquals(List.of(), PROBLEM.validate(PlanningProblemDocumentTest.everyField().write(ContentFormat.YAML),
                InputFormat.YAML));
        qt().withExamples(100).forAll(LoopGenerators.problems(12)).checkAssert(problem -> assertEquals(List.of(),
                PROBLEM.validate(problem.write(ContentFormat.JSON), InputFormat.JSON), () -> problem.write(ContentFormat.JSON)));
    }

    @Test
    void writtenPlans_validate() {
        for (PlanningProblem problem : List.of(KitLoops.fourInterviews(), KitLoops.technical(60, 5),
                PlanningProblemDocumentTest.everyField())) {
            Plan plan = InterviewPlanner.standard().plan(problem).plan().orElseThrow();
            assertEquals(List.of(), PLAN.validate(plan.write(ContentFormat.JSON), InputFormat.JSON), problem::toString);
            assertEquals(List.of(), PLAN.validate(plan.write(ContentFormat.YAML), InputFormat.YAML), problem::toString);
        }
        // Plans whose search was stopped, at every point of it, with every part of the objective left open.
        long whole = InterviewPlanner.standard().plan(KitLoops.fourInterviews()).statistics().nodes();
        int open = 0;
        for (long nodes = 1; nodes <= whole; nodes++) {
            PlanningResult result = InterviewPlanner.withNodeLimit(nodes).plan(KitLoops.fourInterviews());
            if (result.status() == PlanningStatus.FEASIBLE) {
                open++;
                assertEquals(List.of(), PLAN.validate(result.plan().orElseThrow().write(ContentFormat.JSON), InputFormat.JSON));
            }
        }
        assertTrue(open > 0, "no stopped search gave a plan");
    }

    @Test
    void corruptedPlans_areRejectedByTheSchema() {
        String json = InterviewPlanner.standard().plan(KitLoops.fourInterviews()).plan().orElseThrow().write(ContentFormat.JSON);
        assertFalse(PLAN.validate(json.replace("\"proved\": true", "\"proved\": \"yes\""), InputFormat.JSON).isEmpty());
        assertFalse(PLAN.validate(json.replace("\"reasons\": [", "\"reasons\": [ \"luck\", "), InputFormat.JSON).isEmpty());
        assertFalse(PLAN.validate(json.replace("\"plannedMinutes\"", "\"plannedMinute\""), InputFormat.JSON).isEmpty());
    }

    /**
     * Each edit (a regular expression and its replacement, applied once) of the written
     * four-interview loop breaks its shape: both the schema and the reader reject it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"minutes\": 15|\"minutes\": 0",
        "\"minutes\": 15|\"minutes\": \"15\"",
        "\"minutes\": 15|\"minutes\": 15.5",
        "\"id\": \"screening\"|\"id\": \"Screening\"",
        "\"stage\": \"screening\"|\"stage\": \"not a slug\"",
        "\"interviewers\": \\[\\s*\"riley\"\\s*\\]|\"interviewers\": [ ]",
        "\"interviewers\": \\[\\s*\"riley\"\\s*\\]|\"interviewers\": [ \"riley\", \"riley\" ]",
        "\"interviewers\": \\[\\s*\"riley\"\\s*\\]|\"interviewers\": \"riley\"",
        "\"reservedMinutes\": 5|\"reservedMinutes\": -5",
        "\"interviewersPerMustHave\": 2|\"interviewersPerMustHave\": 0",
        "\"pins\": \\[ \\]|\"pins\": [ { \"question\": \"q\" } ]",
        "\"bans\": \\[ \\]|\"bans\": [ { \"question\": \"q\", \"interview\": \"screening\", \"why\": \"x\" } ]",
        "\"role\": \"backend-architect\",|",
        "\"interviews\": \\[.*\\],\\s*\"options\"|\"interviews\": [ ], \"options\"",
        "\"options\": \\{|\"colour\": \"blue\", \"options\": {",
        "\"reservedMinutes\": 5|\"reservedMinutes\": 5, \"maxQuestionsPerInterview\": 0",
    })
    void corruptedProblems_areRejectedByTheSchemaAndTheReader(String find, String replacement) {
        String json = KitLoops.fourInterviews().write(ContentFormat.JSON);
        Matcher matcher = Pattern.compile(find, Pattern.DOTALL).matcher(json);
        assertTrue(matcher.find(), find);
        String corrupted = matcher.replaceFirst(Matcher.quoteReplacement(replacement == null ? "" : replacement));
        List<Error> errors = PROBLEM.validate(corrupted, InputFormat.JSON);
        assertFalse(errors.isEmpty(), corrupted);
        assertThrows(ContentException.class, () -> PlanningProblem.read(corrupted, ContentFormat.JSON, KIT), corrupted);
    }
}
