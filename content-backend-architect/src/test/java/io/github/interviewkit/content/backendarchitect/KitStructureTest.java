package io.github.interviewkit.content.backendarchitect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.PayPeriod;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.SalaryBand;
import io.github.interviewkit.model.Severity;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.model.io.RoleWriter;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The structure interviewkit authored around the quoted guide: complete, linked and usable for scoring. */
class KitStructureTest {
    private final Role role = BackendArchitect.role();

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }

    private List<Question> rated() {
        return role.questions().stream()
                .filter(q -> q.category().equals(QuestionCategory.TECHNICAL) || q.category().equals(QuestionCategory.BEHAVIOURAL))
                .toList();
    }

    @Test
    void kit_isValidAndSurvivesRebuildingAndAWriteReadRoundTrip() {
        assertEquals(BackendArchitect.ID, role.id());
        assertEquals(role, Role.builder().from(role).build());
        for (ContentFormat format : ContentFormat.values()) {
            assertEquals(role, RoleReader.standard().read(RoleWriter.standard().write(role, format), format), format.name());
        }
    }

    @Test
    void everyCompetencyIsProbedByAQuestion() {
        assertEquals(List.of(), role.unprobedCompetencies());
        assertEquals(14, role.competencies().size());
    }

    @Test
    void everyInterpersonalCompetency_isProbedByABehaviouralQuestion() {
        for (Competency competency : role.competencies()) {
            if (competency.kind().equals(CompetencyKind.INTERPERSONAL)) {
                assertTrue(role.questionsProbing(competency.id()).stream()
                        .anyMatch(q -> q.category().equals(QuestionCategory.BEHAVIOURAL)), competency.id());
            }
        }
    }

    @Test
    void everyTechnicalCompetency_isProbedByATechnicalQuestion() {
        for (Competency competency : role.competencies()) {
            if (competency.kind().equals(CompetencyKind.TECHNICAL)) {
                assertTrue(role.questionsProbing(competency.id()).stream()
                        .anyMatch(q -> q.category().equals(QuestionCategory.TECHNICAL)), competency.id());
            }
        }
    }

    @Test
    void everyCompetency_isEvaluatedByACriterion() {
        for (Competency competency : role.competencies()) {
            assertFalse(role.criteriaFor(competency.id()).isEmpty(), competency.id());
        }
    }

    @Test
    void scale_isStrongNoNoYesStrongYesWithAMeaningEach() {
        List<RatingLevel> levels = role.rubric().scale().levels();
        assertEquals(List.of(1, 2, 3, 4), levels.stream().map(RatingLevel::value).toList());
        assertEquals(List.of("Strong no", "No", "Yes", "Strong yes"), levels.stream().map(RatingLevel::label).toList());
        assertEquals(4, levels.stream().map(RatingLevel::meaning).distinct().count());
    }

    @Test
    void everyCriterion_hasADistinctAnchorForEveryLevelOfTheScale() {
        Set<Integer> levels = role.rubric().scale().levels().stream().map(RatingLevel::value).collect(Collectors.toSet());
        for (EvaluationCriterion criterion : role.rubric().criteria()) {
            assertEquals(levels, criterion.anchors().keySet(), criterion.id());
            assertEquals(levels.size(), Set.copyOf(criterion.anchors().values()).size(), criterion.id() + ": anchors repeat");
            assertFalse(criterion.competencies().isEmpty(), criterion.id());
            assertTrue(criterion.weight().signum() > 0, criterion.id());
        }
    }

    @Test
    void mustHaves_areSystemDesignAndArchitecturalRationaleAtYes() {
        Map<String, Integer> mustHaves = role.rubric().criteria().stream().filter(EvaluationCriterion::mustHave)
                .collect(Collectors.toMap(EvaluationCriterion::id, c -> c.minimumRating().getAsInt()));
        assertEquals(Map.of("system-design", 3, "explains-architectural-choices", 3), mustHaves);
        assertEquals("Yes", role.rubric().scale().level(3).orElseThrow().label());
    }

    @Test
    void everyLinkResolves() {
        for (Question question : role.questions()) {
            question.competencies().forEach(id -> assertTrue(role.competency(id).isPresent(), question.id() + " -> " + id));
            question.criteria().forEach(id -> assertTrue(role.criterion(id).isPresent(), question.id() + " -> " + id));
            question.pitfalls().forEach(id -> assertTrue(role.pitfall(id).isPresent(), question.id() + " -> " + id));
        }
        for (EvaluationCriterion criterion : role.rubric().criteria()) {
            criterion.competencies().forEach(id -> assertTrue(role.competency(id).isPresent(), criterion.id() + " -> " + id));
        }
        for (Pitfall pitfall : role.pitfalls()) {
            pitfall.criteria().forEach(id -> assertTrue(role.criterion(id).isPresent(), pitfall.id() + " -> " + id));
        }
    }

    @Test
    void technicalAndBehaviouralQuestions_probeCompetenciesInformCriteriaAndHaveProbesAndAStrongAnswer() {
        assertEquals(10, rated().size());
        for (Question question : rated()) {
            assertFalse(question.logistics(), question.id());
            assertFalse(question.competencies().isEmpty(), question.id());
            assertFalse(question.criteria().isEmpty(), question.id());
            assertTrue(question.followUps().size() >= 2 && question.followUps().size() <= 3,
                    question.id() + " has " + question.followUps().size() + " follow-ups");
            assertTrue(question.strongAnswer().isPresent(), question.id());
        }
    }

    @Test
    void everyCriterion_isInformedByAQuestion() {
        for (EvaluationCriterion criterion : role.rubric().criteria()) {
            assertFalse(role.questionsInforming(criterion.id()).isEmpty(), criterion.id());
        }
    }

    @Test
    void screening_noticePeriodAndSalaryExpectationsAreLogisticsAndNotRated() {
        List<Question> logistics = role.questionsIn(QuestionCategory.SCREENING).stream().filter(Question::logistics).toList();
        assertEquals(List.of("notice-period", "salary-expectations", "interviewing-elsewhere"), ids(logistics));
        for (Question question : logistics) {
            assertEquals(List.of(), question.criteria(), question.id());
            assertEquals(List.of(), question.competencies(), question.id());
        }
        assertEquals(List.of("relevant-experience"), ids(role.questionsInforming("languages-and-frameworks")).stream()
                .filter(id -> role.question(id).orElseThrow().category().equals(QuestionCategory.SCREENING)).toList());
    }

    @Test
    void salaryExpectations_areCheckedAgainstTheBand() {
        assertTrue(role.question("salary-expectations").orElseThrow().logistics());
        SalaryBand band = role.salaryBand().orElseThrow();
        assertEquals("USD", band.currency().getCurrencyCode());
        assertEquals(PayPeriod.ANNUAL, band.period());
        assertEquals(SalaryBand.Position.BELOW, band.positionOf(new BigDecimal("119999.99")));
        assertEquals(SalaryBand.Position.WITHIN, band.positionOf(new BigDecimal("120000")));
        assertEquals(SalaryBand.Position.WITHIN, band.positionOf(new BigDecimal("150000")));
        assertEquals(SalaryBand.Position.WITHIN, band.positionOf(new BigDecimal("180000.00")));
        assertEquals(SalaryBand.Position.ABOVE, band.positionOf(new BigDecimal("180000.01")));
        // An expectation stated per month is compared with the band converted exactly: 10,000–15,000.
        SalaryBand monthly = band.convertTo(PayPeriod.MONTHLY);
        assertEquals(0, new BigDecimal("10000").compareTo(monthly.minimum()));
        assertEquals(0, new BigDecimal("15000").compareTo(monthly.maximum()));
        assertTrue(monthly.contains(new BigDecimal("12500")));
        assertFalse(monthly.contains(new BigDecimal("16000")));
    }

    @Test
    void everyPitfall_underminesACriterionAndSomeQuestionCanRevealIt() {
        Set<String> revealed = new HashSet<>();
        role.questions().forEach(q -> revealed.addAll(q.pitfalls()));
        for (Pitfall pitfall : role.pitfalls()) {
            assertFalse(pitfall.criteria().isEmpty(), pitfall.id());
            assertTrue(revealed.contains(pitfall.id()), pitfall.id() + " is revealed by no question");
        }
    }

    @Test
    void severities_ignoringSecurityIsCriticalAndOutdatedKnowledgeMinor() {
        Map<String, Severity> severities = role.pitfalls().stream()
                .collect(Collectors.toMap(Pitfall::id, Pitfall::severity));
        assertEquals(Map.of("overcomplicating-solutions", Severity.MAJOR, "no-architecture-rationale", Severity.MAJOR,
                "ignores-scalability", Severity.MAJOR, "ignores-security", Severity.CRITICAL,
                "outdated-knowledge", Severity.MINOR), severities);
    }

    @Test
    void queries_answerWhatAnInterviewerAsks() {
        assertEquals(List.of("restful-api-design", "backend-security"), ids(role.questionsProbing("api-design")));
        assertEquals(List.of("microservices-considerations"), ids(role.questionsInforming("cloud-architecture")));
        assertEquals(List.of("database-systems"),
                role.criteriaFor("database-management").stream().map(EvaluationCriterion::id).toList());
        // Through the cloud-architecture criterion and the microservices question that probes it.
        assertEquals(List.of("overcomplicating-solutions", "ignores-scalability", "outdated-knowledge"),
                role.pitfallsFor("cloud-services").stream().map(Pitfall::id).toList());
    }
}
