package io.github.interviewkit.benchmarks;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.SourceAttribution;
import io.github.interviewkit.planning.Interview;
import io.github.interviewkit.planning.PlanningOptions;
import io.github.interviewkit.planning.PlanningProblem;
import java.math.BigDecimal;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** The planning problems the planning benchmarks measure. */
final class PlanningLoops {
    private PlanningLoops() {}

    /**
     * The Backend Architect kit and a four-interview loop (the one {@code PlanInterviewExample}
     * prints): a 15-minute screen, two 30-minute technical interviews and a 30-minute behavioural
     * one, one interviewer each, 5 minutes of each reserved.
     */
    static PlanningProblem kitFourInterviews() {
        return PlanningProblem.builder().role(BackendArchitect.role())
                .addInterviews(
                        interview("screening", QuestionCategory.SCREENING, 15, "riley"),
                        interview("technical-1", QuestionCategory.TECHNICAL, 30, "alice"),
                        interview("technical-2", QuestionCategory.TECHNICAL, 30, "bob"),
                        interview("behavioural", QuestionCategory.BEHAVIOURAL, 30, "carol"))
                .options(PlanningOptions.builder().reservedMinutes(5).build())
                .build();
    }

    /**
     * A generated bank of 300 questions and 40 criteria (seeded, the same on every run), planned for
     * a loop of 8 interviews: a 30-minute screen, four technical interviews (60, 60, 60 with a pair
     * of interviewers, 45), three behavioural ones (45, 45, 30 with a pair, one of whom also
     * interviews technically); 5 minutes of each reserved.
     *
     * <p>Criteria: weights drawn from 1, 1.5, 2, 2.5 and 3; every fifth is a must-have. Questions: a
     * stage drawn with weights screening 1, technical 3, behavioural 2; one to three criteria; 3 to
     * 15 minutes, one in twenty without an estimate (and so not planned).
     */
    static PlanningProblem generatedBank() {
        Random random = new Random(20261202L);
        int criteria = 40;
        Rubric.Builder rubric = Rubric.builder().scale(RatingScale.of(RatingLevel.of(1, "No", "No evidence"),
                RatingLevel.of(2, "Yes", "Evidence")));
        String[] weights = {"1", "1.5", "2", "2.5", "3"};
        Role.Builder role = Role.builder().id("generated").title("Generated bank").summary("A generated question bank.")
                .contentVersion("1.0.0").language("en").source(SourceAttribution.builder().title("benchmarks").build())
                .experience(ExperienceRequirement.builder().minimumYears(1).field("software").build());
        for (int k = 0; k < 20; k++) {
            role.addCompetencies(Competency.builder().id("k" + k).name("Competency " + k).kind(CompetencyKind.TECHNICAL).build());
        }
        for (int c = 0; c < criteria; c++) {
            EvaluationCriterion.Builder criterion = EvaluationCriterion.builder().id("c" + c).description("Criterion " + c)
                    .addCompetencies("k" + c % 20).weight(new BigDecimal(weights[random.nextInt(weights.length)]))
                    .putAnchors(1, "no").putAnchors(2, "yes");
            if (c % 5 == 0) {
                criterion.mustHave(true).minimumRating(2);
            }
            rubric.addCriteria(criterion.build());
        }
        role.rubric(rubric.build());
        QuestionCategory[] stages = {QuestionCategory.SCREENING, QuestionCategory.TECHNICAL, QuestionCategory.TECHNICAL,
                QuestionCategory.TECHNICAL, QuestionCategory.BEHAVIOURAL, QuestionCategory.BEHAVIOURAL};
        for (int q = 0; q < 300; q++) {
            Question.Builder question = Question.builder().id(String.format("q%03d", q)).text("Question " + q + "?")
                    .category(stages[random.nextInt(stages.length)]).addCompetencies("k" + random.nextInt(20));
            Set<String> informs = new TreeSet<>();
            int count = 1 + random.nextInt(3);
            while (informs.size() < count) {
                informs.add("c" + random.nextInt(criteria));
            }
            informs.forEach(question::addCriteria);
            if (random.nextInt(20) != 0) {
                question.estimatedMinutes(3 + random.nextInt(13));
            }
            role.addQuestions(question.build());
        }
        return PlanningProblem.builder().role(role.build()).addInterviews(
                        interview("screening", QuestionCategory.SCREENING, 30, "riley"),
                        interview("technical-1", QuestionCategory.TECHNICAL, 60, "alice"),
                        interview("technical-2", QuestionCategory.TECHNICAL, 60, "bob"),
                        interview("technical-3", QuestionCategory.TECHNICAL, 60, "carol", "dan"),
                        interview("technical-4", QuestionCategory.TECHNICAL, 45, "erin"),
                        interview("behavioural-1", QuestionCategory.BEHAVIOURAL, 45, "frank"),
                        interview("behavioural-2", QuestionCategory.BEHAVIOURAL, 45, "grace"),
                        interview("behavioural-3", QuestionCategory.BEHAVIOURAL, 30, "heidi", "alice"))
                .options(PlanningOptions.builder().reservedMinutes(5).build())
                .build();
    }

    private static Interview interview(String id, QuestionCategory stage, int minutes, String... interviewers) {
        return Interview.builder().id(id).stage(stage).minutes(minutes).addInterviewers(interviewers).build();
    }
}
