package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.Severity;
import io.github.interviewkit.model.SourceAttribution;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Roles built in code for the tests. The small role rates three criteria on a 1..4 scale:
 * system-design (must-have, minimum 3, weight 2, competency api-design), communication (weight 1)
 * and coding (weight 1); competency leadership has no criterion.
 */
final class TestRoles {
    private TestRoles() {}

    static final RatingScale SCALE_1_TO_4 = RatingScale.of(
            RatingLevel.of(1, "Strong no", "Far below the bar."),
            RatingLevel.of(2, "No", "Below the bar."),
            RatingLevel.of(3, "Yes", "At the bar."),
            RatingLevel.of(4, "Strong yes", "Well above the bar."));

    static final Role SMALL = role();

    static Role role() {
        return Role.builder()
                .id("test-engineer")
                .title("Test Engineer")
                .summary("A role for the scoring tests.")
                .addCompetencies(competency("api-design"), competency("communication"), competency("coding"),
                        competency("leadership"))
                .experience(ExperienceRequirement.builder().minimumYears(3).field("software").build())
                .rubric(Rubric.builder().scale(SCALE_1_TO_4)
                        .addCriteria(criterion("system-design", "api-design", "2", true, 3))
                        .addCriteria(criterion("communication", "communication", "1", false, 0))
                        .addCriteria(criterion("coding", "coding", "1", false, 0))
                        .build())
                .addPitfalls(pitfall("no-security", Severity.CRITICAL))
                .addPitfalls(pitfall("overcomplicates", Severity.MAJOR))
                .addPitfalls(pitfall("verbose", Severity.MINOR))
                .contentVersion("1.0.0")
                .language("en")
                .source(SourceAttribution.builder().title("interviewkit tests").build())
                .build();
    }

    static EvaluationCriterion criterion(String id, String competency, String weight, boolean mustHave, int minimum) {
        EvaluationCriterion.Builder builder = EvaluationCriterion.builder()
                .id(id)
                .description("Criterion " + id)
                .addCompetencies(competency)
                .weight(new BigDecimal(weight))
                .mustHave(mustHave)
                .anchors(Map.of(1, "one", 2, "two", 3, "three", 4, "four"));
        if (mustHave) {
            builder.minimumRating(minimum);
        }
        return builder.build();
    }

    private static Competency competency(String id) {
        return Competency.builder().id(id).name("Competency " + id).kind(CompetencyKind.TECHNICAL).build();
    }

    private static Pitfall pitfall(String id, Severity severity) {
        return Pitfall.builder().id(id).description("Pitfall " + id).severity(severity).build();
    }

    /** A technical-stage scorecard for candidate c-1 rating system-design, communication and coding. */
    static Scorecard card(String interviewer, int systemDesign, int communication, int coding) {
        return Scorecard.builder().candidateId("c-1").interviewerId(interviewer).stage(QuestionCategory.TECHNICAL)
                .rate("system-design", systemDesign).rate("communication", communication).rate("coding", coding)
                .build();
    }
}
