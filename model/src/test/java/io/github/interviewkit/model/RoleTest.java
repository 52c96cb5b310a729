package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertNullRejected;
import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static io.github.interviewkit.model.ContentAssertions.rejection;
import static io.github.interviewkit.model.ValidValues.competency;
import static io.github.interviewkit.model.ValidValues.criterion;
import static io.github.interviewkit.model.ValidValues.minimalRole;
import static io.github.interviewkit.model.ValidValues.pitfall;
import static io.github.interviewkit.model.ValidValues.question;
import static io.github.interviewkit.model.ValidValues.role;
import static io.github.interviewkit.model.ValidValues.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @Test
    void build_acceptsRoleWhoseReferencesResolve() {
        Role built = role().salaryBand(ValidValues.band("120000", "180000")).marketDemand(MarketDemand.HIGH)
                .addResponsibilities("Design the system").build();

        assertEquals("backend-architect", built.id());
        assertEquals(List.of("api-design", "communication"), built.competencies().stream().map(Competency::id).toList());
        assertEquals(Optional.of(MarketDemand.HIGH), built.marketDemand());
        assertEquals(List.of("Design the system"), built.responsibilities());
    }

    @Test
    void build_acceptsRoleWithOnlyRequiredAttributes() {
        Role built = minimalRole().build();

        assertTrue(built.competencies().isEmpty());
        assertTrue(built.questions().isEmpty());
        assertTrue(built.pitfalls().isEmpty());
        assertEquals(Optional.empty(), built.salaryBand());
        assertEquals(Optional.empty(), built.marketDemand());
    }

    @Test
    void build_reportsEveryMissingAttributeAsRequired() {
        assertRejected(() -> Role.builder().build(),
                problem("contentVersion", null, "is required"),
                problem("experience", null, "is required"),
                problem("id", null, "is required"),
                problem("language", null, "is required"),
                problem("rubric", null, "is required"),
                problem("source", null, "is required"),
                problem("summary", null, "is required"),
                problem("title", null, "is required"));
    }

    @Test
    void build_namesTheRoleInTheMessage() {
        ContentException e = rejection(() -> Role.builder().from(minimalRole().build()).id("Bad").build());

        assertEquals("Role is invalid: 1 problem\n  - id: must be a slug: lower-case letters and digits joined by single hyphens (was \"Bad\")",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Backend-Architect", "backend architect", "backend--architect", "-backend", "backend-", ""})
    void build_rejectsIdThatIsNotASlug(String id) {
        assertRejected(() -> minimalRole().id(id).build(),
                problem("id", id, "must be a slug: lower-case letters and digits joined by single hyphens"));
    }

    @Test
    void build_rejectsBlankTitleAndSummary() {
        assertRejected(() -> minimalRole().title(" ").summary("\t\n").build(),
                problem("summary", "\t\n", "must not be blank"),
                problem("title", " ", "must not be blank"));
    }

    @Test
    void build_rejectsBlankResponsibility() {
        assertRejected(() -> minimalRole().addResponsibilities("Lead", "", "Mentor").build(),
                problem("responsibilities[1]", "", "must not be blank"));
    }

    @Test
    void builder_rejectsNullElementsOfListsByName() {
        assertNullRejected("responsibilities element", () -> minimalRole().addResponsibilities((String) null));
        assertNullRejected("competencies element", () -> minimalRole().addCompetencies((Competency) null));
        assertNullRejected("questions element", () -> minimalRole().addQuestions((Question) null));
        assertNullRejected("pitfalls element", () -> minimalRole().addPitfalls((Pitfall) null));
        assertNullRejected("id", () -> minimalRole().id(null));
    }

    @Test
    void build_reportsEveryMissingAttribute() {
        assertRejected(() -> Role.builder().build(),
                problem("contentVersion", null, "is required"),
                problem("experience", null, "is required"),
                problem("id", null, "is required"),
                problem("language", null, "is required"),
                problem("rubric", null, "is required"),
                problem("source", null, "is required"),
                problem("summary", null, "is required"),
                problem("title", null, "is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "v1.0.0", "1.0.0.0", "1.0.0-", "one", ""})
    void build_rejectsInvalidContentVersion(String version) {
        assertRejected(() -> minimalRole().contentVersion(version).build(),
                problem("contentVersion", version, "must be a version such as 1.0.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.1", "1.0.0", "12.34.56", "1.0.0-rc.1", "2.0.0-alpha-2"})
    void build_acceptsVersions(String version) {
        assertEquals(version, minimalRole().contentVersion(version).build().contentVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US", "123", "e", "en-", "  ", ""})
    void build_rejectsInvalidLanguageTag(String language) {
        assertRejected(() -> minimalRole().language(language).build(),
                problem("language", language, "must be an IETF BCP 47 language tag, e.g. en or en-US"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "de-CH", "zh-Hant-TW", "es-419"})
    void build_acceptsLanguageTags(String language) {
        assertEquals(language, minimalRole().language(language).build().language());
    }

    @Test
    void build_rejectsQuestionNamingUnknownCompetency() {
        assertRejected(() -> role().addQuestions(question("extra", "api-design", "kubernetes").build()).build(),
                problem("questions[2].competencies[1]", "kubernetes", "names no competency of this role"));
    }

    @Test
    void build_rejectsQuestionNamingUnknownCriterionAndPitfall() {
        assertRejected(() -> role().addQuestions(question("extra").addCriteria("clarity", "depth")
                        .addPitfalls("rambling").build()).build(),
                problem("questions[2].criteria[1]", "depth", "names no evaluation criterion of this role"),
                problem("questions[2].pitfalls[0]", "rambling", "names no pitfall of this role"));
    }

    @Test
    void build_rejectsQuestionNamingTheSameCompetencyTwice() {
        assertRejected(() -> role().addQuestions(question("extra", "api-design", "communication", "api-design")
                        .build()).build(),
                problem("questions[2].competencies[2]", "api-design", "names the same competency twice"));
    }

    @Test
    void build_rejectsCriterionNamingUnknownCompetency() {
        assertRejected(() -> role().rubric(rubric(criterion("depth", "api-design", "databases").build()).build())
                        .questions(List.of()).pitfalls(List.of()).build(),
                problem("rubric.criteria[0].competencies[1]", "databases", "names no competency of this role"));
    }

    @Test
    void build_rejectsPitfallNamingUnknownCriterion() {
        assertRejected(() -> role().addPitfalls(pitfall("vagueness", "clarity", "humility").build()).build(),
                problem("pitfalls[1].criteria[1]", "humility", "names no evaluation criterion of this role"));
    }

    @Test
    void build_rejectsRepeatedIdsOfEveryKind() {
        assertRejected(() -> minimalRole()
                        .addCompetencies(competency("api-design").build(), competency("api-design").build())
                        .addQuestions(question("design").build(), question("other").build(), question("design").build())
                        .addPitfalls(pitfall("overengineering").build(), pitfall("overengineering").build())
                        .build(),
                problem("competencies[1].id", "api-design", "repeats the id of competencies[0]"),
                problem("pitfalls[1].id", "overengineering", "repeats the id of pitfalls[0]"),
                problem("questions[2].id", "design", "repeats the id of questions[0]"));
    }

    @Test
    void build_rejectsRepeatedCriterionIdInTheRubricItself() {
        assertRejected(() -> rubric(criterion("clarity").build(), criterion("depth").build(),
                        criterion("clarity").build()).build(),
                problem("criteria[2].id", "clarity", "repeats the id of criteria[0]"));
    }

    @Test
    void build_rejectsLogisticsQuestionWithCriteria() {
        assertRejected(() -> role().addQuestions(question("notice-period").logistics(true)
                        .category(QuestionCategory.SCREENING).addCriteria("clarity").build()).build(),
                problem("questions[2].criteria", List.of("clarity"),
                        "a logistics question is not rated, so it informs no criterion"));
    }

    @Test
    void build_acceptsLogisticsQuestionWithoutCriteria() {
        Role built = role().addQuestions(question("notice-period").logistics(true)
                .category(QuestionCategory.SCREENING).build()).build();

        assertTrue(built.question("notice-period").orElseThrow().logistics());
    }

    @Test
    void build_reportsEveryProblemAtOnceSortedByPathWithIndexesAsNumbers() {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            questions.add(question("q" + i, i == 2 || i == 10 ? "unknown-" + i : "api-design").build());
        }
        assertRejected(() -> role().questions(questions).pitfalls(List.of()).language("en_GB").title("").build(),
                problem("language", "en_GB", "must be an IETF BCP 47 language tag, e.g. en or en-US"),
                problem("questions[2].competencies[0]", "unknown-2", "names no competency of this role"),
                problem("questions[10].competencies[0]", "unknown-10", "names no competency of this role"),
                problem("title", "", "must not be blank"));
    }

    /*
     * A reader gives the role its parts as builders, and the role validates the whole tree once, so
     * the role's build must find problems inside its parts and give them paths from the role.
     */
    @Test
    void build_reportsProblemsOfPartsGivenAsBuildersUnderTheirPathInTheRole() {
        Role.Builder role = Role.builder()
                .id("r").title("R").summary("S").contentVersion("1.0.0").language("en").source(ValidValues.source())
                .addCompetencies(competency("Bad Id"))
                .experience(ExperienceRequirement.builder().minimumYears(2).field("f").minimumRoleYears(3)
                        .roleDescription("lead"))
                .salaryBand(SalaryBand.builder().minimum(new BigDecimal("2")).maximum(BigDecimal.ONE)
                        .currency(java.util.Currency.getInstance("EUR")).period(PayPeriod.MONTHLY))
                .rubric(Rubric.builder()
                        .scale(RatingScale.builder().addLevels(RatingLevel.builder().value(1).label("a").meaning("m")))
                        .addCriteria(EvaluationCriterion.builder().id("c").description("d").mustHave(true)
                                .anchors(Map.of(1, "x")))
                        .addCriteria(EvaluationCriterion.builder().id("c").description("d")
                                .anchors(Map.of(1, "x"))))
                .addQuestions(Question.builder().id("q").text("t").category(QuestionCategory.TECHNICAL)
                        .estimatedMinutes(0));

        assertRejected(role::build,
                problem("competencies[0].id", "Bad Id",
                        "must be a slug: lower-case letters and digits joined by single hyphens"),
                problem("experience.minimumRoleYears", 3, "must not exceed minimumYears 2"),
                problem("questions[0].estimatedMinutes", 0, "must be greater than 0"),
                problem("rubric.criteria[0].minimumRating", null, "is required for a must-have criterion"),
                problem("rubric.criteria[1].id", "c", "repeats the id of criteria[0]"),
                problem("rubric.scale.levels", "1 level", "must have at least two levels"),
                problem("salaryBand.minimum", new BigDecimal("2"), "must not exceed the maximum 1"));
    }

    @Test
    void build_checksTheWholeRoleAgainWhenStartedFromAnother() {
        Role valid = role().build();

        assertRejected(() -> Role.builder().from(valid).addQuestions(question("extra", "nope").build()).build(),
                problem("questions[2].competencies[0]", "nope", "names no competency of this role"));
    }

    @Test
    void from_reproducesTheRole() {
        Role valid = role().salaryBand(ValidValues.band("1", "2")).marketDemand(MarketDemand.LOW).build();

        assertEquals(valid, Role.builder().from(valid).build());
        assertEquals(valid.hashCode(), Role.builder().from(valid).build().hashCode());
    }

    @Test
    void lists_areUnmodifiable() {
        Role valid = role().build();

        assertThrows(UnsupportedOperationException.class, () -> valid.questions().clear());
        assertThrows(UnsupportedOperationException.class, () -> valid.competencies().add(null));
    }

    @Test
    void lists_doNotShareStateWithTheBuilder() {
        List<String> responsibilities = new ArrayList<>(List.of("Lead"));
        Role.Builder builder = minimalRole().responsibilities(responsibilities);
        Role built = builder.build();

        responsibilities.add("Later");
        builder.addResponsibilities("Also later");

        assertEquals(List.of("Lead"), built.responsibilities());
    }
}
