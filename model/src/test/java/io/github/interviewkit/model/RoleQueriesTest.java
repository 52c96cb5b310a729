package io.github.interviewkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RoleQueriesTest {

    private static Competency competency(String id, CompetencyKind kind) {
        return Competency.builder().id(id).name("Name of " + id).kind(kind).build();
    }

    private static Question.Builder question(String id, QuestionCategory category) {
        return Question.builder().id(id).text("Question " + id + "?").category(category);
    }

    private static EvaluationCriterion criterion(String id, String... competencies) {
        return EvaluationCriterion.builder().id(id).description("Criterion " + id).addCompetencies(competencies)
                .anchors(Map.of(1, "poor " + id, 2, "good " + id)).build();
    }

    /**
     * api and db are technical, talk interpersonal, spare is probed by nothing. Questions are
     * deliberately interleaved across categories so that "in content order" is observable.
     */
    private static Role.Builder roleBuilder() {
        return Role.builder()
                .id("query-role").title("Query role").summary("A role for query tests.")
                .addCompetencies(competency("api", CompetencyKind.TECHNICAL), competency("db", CompetencyKind.TECHNICAL),
                        competency("talk", CompetencyKind.INTERPERSONAL), competency("spare", CompetencyKind.TECHNICAL))
                .experience(ExperienceRequirement.builder().minimumYears(2).field("software").build())
                .rubric(Rubric.builder()
                        .scale(RatingScale.of(RatingLevel.of(1, "No", "not shown"), RatingLevel.of(2, "Yes", "shown")))
                        .addCriteria(criterion("design", "api"), criterion("storage", "db", "api"),
                                criterion("clarity", "talk"))
                        .build())
                .addQuestions(
                        question("t1", QuestionCategory.TECHNICAL).addCompetencies("api").addCriteria("design")
                                .addPitfalls("overbuilt").build(),
                        question("s1", QuestionCategory.SCREENING).logistics(true).build(),
                        question("b1", QuestionCategory.BEHAVIOURAL).addCompetencies("talk").addCriteria("clarity")
                                .addPitfalls("vague").build(),
                        question("t2", QuestionCategory.TECHNICAL).addCompetencies("db", "api")
                                .addCriteria("storage", "design").build(),
                        question("s2", QuestionCategory.SCREENING).addCompetencies("talk").build())
                .addPitfalls(
                        Pitfall.builder().id("overbuilt").description("Overbuilding").severity(Severity.MINOR).build(),
                        Pitfall.builder().id("no-index").description("No indexes").severity(Severity.MAJOR)
                                .addCriteria("storage").build(),
                        Pitfall.builder().id("vague").description("Vague").severity(Severity.MAJOR).build(),
                        Pitfall.builder().id("unrelated").description("Unrelated").severity(Severity.MINOR).build())
                .contentVersion("1.0.0").language("en")
                .source(SourceAttribution.builder().title("test").build());
    }

    private static final Role ROLE = roleBuilder().build();

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }

    @Test
    void questionsIn_returnsTheCategorysQuestionsInContentOrder() {
        assertEquals(List.of("t1", "t2"), ids(ROLE.questionsIn(QuestionCategory.TECHNICAL), Question::id));
        assertEquals(List.of("s1", "s2"), ids(ROLE.questionsIn(QuestionCategory.SCREENING), Question::id));
        assertEquals(List.of("b1"), ids(ROLE.questionsIn(QuestionCategory.of("behavioural")), Question::id));
    }

    @Test
    void questionsIn_categoryWithoutQuestions_isEmpty() {
        assertEquals(List.of(), ROLE.questionsIn(QuestionCategory.of("take-home")));
    }

    @Test
    void questionsProbing_returnsEveryQuestionListingTheCompetencyInOrder() {
        assertEquals(List.of("t1", "t2"), ids(ROLE.questionsProbing("api"), Question::id));
        assertEquals(List.of("b1", "s2"), ids(ROLE.questionsProbing("talk"), Question::id));
        assertEquals(List.of(), ROLE.questionsProbing("spare"));
    }

    @Test
    void questionsProbing_unknownCompetency_throwsNamingTheId() {
        InterviewKitException e = assertThrows(InterviewKitException.class, () -> ROLE.questionsProbing("apii"));
        assertTrue(e.getMessage().contains("'apii'"), e.getMessage());
        assertTrue(e.getMessage().contains("competency"), e.getMessage());
    }

    @Test
    void questionsInforming_returnsEveryQuestionListingTheCriterionInOrder() {
        assertEquals(List.of("t1", "t2"), ids(ROLE.questionsInforming("design"), Question::id));
        assertEquals(List.of("t2"), ids(ROLE.questionsInforming("storage"), Question::id));
        assertEquals(List.of("b1"), ids(ROLE.questionsInforming("clarity"), Question::id));
    }

    @Test
    void questionsInforming_unknownCriterion_throwsNamingTheId() {
        InterviewKitException e = assertThrows(InterviewKitException.class, () -> ROLE.questionsInforming("api"));
        assertTrue(e.getMessage().contains("criterion with id 'api'"), e.getMessage());
    }

    @Test
    void criteriaFor_returnsTheCriteriaEvaluatingTheCompetencyInRubricOrder() {
        assertEquals(List.of("design", "storage"), ids(ROLE.criteriaFor("api"), EvaluationCriterion::id));
        assertEquals(List.of("storage"), ids(ROLE.criteriaFor("db"), EvaluationCriterion::id));
        assertEquals(List.of(), ROLE.criteriaFor("spare"));
    }

    @Test
    void criteriaFor_unknownCompetency_throws() {
        assertThrows(InterviewKitException.class, () -> ROLE.criteriaFor("design"));
    }

    @Test
    void pitfallsFor_includesPitfallsUnderminingItsCriteriaAndPitfallsItsQuestionsReveal() {
        // api: t1 reveals overbuilt; storage (evaluates api) is undermined by no-index.
        assertEquals(List.of("overbuilt", "no-index"), ids(ROLE.pitfallsFor("api"), Pitfall::id));
        // db: only through the storage criterion; t2 probes db but reveals nothing.
        assertEquals(List.of("no-index"), ids(ROLE.pitfallsFor("db"), Pitfall::id));
        assertEquals(List.of("vague"), ids(ROLE.pitfallsFor("talk"), Pitfall::id));
        assertEquals(List.of(), ROLE.pitfallsFor("spare"));
    }

    @Test
    void pitfallsFor_unknownCompetency_throws() {
        assertThrows(InterviewKitException.class, () -> ROLE.pitfallsFor("nothing"));
    }

    @Test
    void unprobedCompetencies_listsCompetenciesNoQuestionProbes() {
        assertEquals(List.of("spare"), ids(ROLE.unprobedCompetencies(), Competency::id));
    }

    @Test
    void unprobedCompetencies_isEmptyOnceEveryCompetencyIsProbed() {
        Role complete = roleBuilder()
                .addQuestions(question("t3", QuestionCategory.TECHNICAL).addCompetencies("spare").build())
                .build();
        assertEquals(List.of(), complete.unprobedCompetencies());
    }

    @Test
    void lookupsById_findDefinedIdsAndAreEmptyForOthers() {
        assertEquals("db", ROLE.competency("db").orElseThrow().id());
        assertEquals("b1", ROLE.question("b1").orElseThrow().id());
        assertEquals("clarity", ROLE.criterion("clarity").orElseThrow().id());
        assertEquals("vague", ROLE.pitfall("vague").orElseThrow().id());
        assertTrue(ROLE.competency("design").isEmpty());
        assertTrue(ROLE.question("api").isEmpty());
        assertTrue(ROLE.criterion("t1").isEmpty());
        assertTrue(ROLE.pitfall("storage").isEmpty());
    }
}
