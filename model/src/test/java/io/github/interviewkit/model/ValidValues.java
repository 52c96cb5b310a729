package io.github.interviewkit.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Small valid values for the model's unit tests. Each method returns a fresh builder or value that
 * builds without violations, so a test changes one thing and sees exactly the problem it made.
 */
final class ValidValues {
    private ValidValues() {}

    static RatingScale scale() {
        return RatingScale.of(
                RatingLevel.of(1, "Strong no", "Shows none of what the criterion asks."),
                RatingLevel.of(2, "No", "Shows some of it, with major gaps."),
                RatingLevel.of(3, "Yes", "Shows what the role needs."),
                RatingLevel.of(4, "Strong yes", "Exceeds what the role needs."));
    }

    static Map<Integer, String> anchors() {
        return Map.of(1, "Cannot explain the basics.", 2, "Names the ideas but cannot apply them.",
                3, "Applies them to the problem at hand.", 4, "Weighs trade-offs and teaches others.");
    }

    static Competency.Builder competency(String id) {
        return Competency.builder().id(id).name("Name of " + id).kind(CompetencyKind.TECHNICAL);
    }

    static EvaluationCriterion.Builder criterion(String id, String... competencies) {
        return EvaluationCriterion.builder().id(id).description("Evaluates " + id)
                .addCompetencies(competencies).anchors(anchors());
    }

    static Rubric.Builder rubric(EvaluationCriterion... criteria) {
        return Rubric.builder().scale(scale()).addCriteria(criteria);
    }

    static Question.Builder question(String id, String... competencies) {
        return Question.builder().id(id).text("What about " + id + "?").category(QuestionCategory.TECHNICAL)
                .addCompetencies(competencies);
    }

    static Pitfall.Builder pitfall(String id, String... criteria) {
        return Pitfall.builder().id(id).description("Falls for " + id).severity(Severity.MAJOR).addCriteria(criteria);
    }

    static ExperienceRequirement.Builder experience() {
        return ExperienceRequirement.builder().minimumYears(8).field("backend development")
                .minimumRoleYears(3).roleDescription("an architectural role");
    }

    static SalaryBand band(String minimum, String maximum) {
        return SalaryBand.of(new BigDecimal(minimum), new BigDecimal(maximum), "USD", PayPeriod.ANNUAL);
    }

    static SourceAttribution source() {
        return SourceAttribution.builder().title("A hiring guide").build();
    }

    /** A role with every required attribute and nothing else: no competencies, questions, criteria or pitfalls. */
    static Role.Builder minimalRole() {
        return Role.builder().id("backend-architect").title("Backend Architect").summary("Designs backends.")
                .experience(ExperienceRequirement.builder().minimumYears(0).field("software").build())
                .rubric(Rubric.builder().scale(scale()).build())
                .contentVersion("1.0.0").language("en").source(source());
    }

    /** A role whose references all resolve: two competencies, two criteria, two questions, a pitfall. */
    static Role.Builder role() {
        return minimalRole()
                .addCompetencies(competency("api-design").build(),
                        competency("communication").kind(CompetencyKind.INTERPERSONAL).build())
                .rubric(rubric(
                        criterion("system-design", "api-design").mustHave(true).minimumRating(3).build(),
                        criterion("clarity", "communication").build()).build())
                .addQuestions(question("design-an-api", "api-design").addCriteria("system-design")
                                .addPitfalls("overengineering").build(),
                        question("explain-to-a-manager", "communication").addCriteria("clarity").build())
                .addPitfalls(pitfall("overengineering", "system-design").build());
    }
}
