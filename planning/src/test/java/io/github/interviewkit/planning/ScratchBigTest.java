package io.github.interviewkit.planning;

import io.github.interviewkit.model.*;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchBigTest {
    static Role bank(int questions, int criteria, long seed) {
        Random random = new Random(seed);
        RatingScale scale = RatingScale.of(RatingLevel.of(1, "No", "No evidence"), RatingLevel.of(2, "Yes", "Evidence"));
        Rubric.Builder rubric = Rubric.builder().scale(scale);
        String[] weights = {"1", "1.5", "2", "2.5", "3"};
        Role.Builder role = Role.builder().id("generated").title("Generated").summary("A generated bank.")
                .contentVersion("1.0.0").language("en").source(SourceAttribution.builder().title("generated").build())
                .experience(ExperienceRequirement.builder().minimumYears(1).field("software").build());
        for (int k = 0; k < 20; k++) {
            role.addCompetencies(Competency.builder().id("k" + k).name("K" + k).kind(CompetencyKind.TECHNICAL).build());
        }
        for (int c = 0; c < criteria; c++) {
            EvaluationCriterion.Builder b = EvaluationCriterion.builder().id("c" + c).description("C" + c)
                    .addCompetencies("k" + (c % 20)).weight(new BigDecimal(weights[random.nextInt(weights.length)]))
                    .putAnchors(1, "no").putAnchors(2, "yes");
            if (c % 5 == 0) { b.mustHave(true).minimumRating(2); }
            rubric.addCriteria(b.build());
        }
        role.rubric(rubric.build());
        QuestionCategory[] stages = {QuestionCategory.SCREENING, QuestionCategory.TECHNICAL, QuestionCategory.TECHNICAL,
                QuestionCategory.TECHNICAL, QuestionCategory.BEHAVIOURAL, QuestionCategory.BEHAVIOURAL};
        for (int q = 0; q < questions; q++) {
            Question.Builder b = Question.builder().id(String.format("q%03d", q)).text("Question " + q + "?")
                    .category(stages[random.nextInt(stages.length)]).addCompetencies("k" + random.nextInt(20));
            int n = 1 + random.nextInt(3);
            Set<String> cs = new TreeSet<>();
            while (cs.size() < n) cs.add("c" + random.nextInt(criteria));
            cs.forEach(b::addCriteria);
            if (random.nextInt(20) != 0) b.estimatedMinutes(3 + random.nextInt(13));
            role.addQuestions(b.build());
        }
        return role.build();
    }

    static PlanningProblem loop(Role role) {
        return PlanningProblem.builder().role(role).addInterviews(
                Interview.builder().id("screening").stage(QuestionCategory.SCREENING).minutes(30).addInterviewers("riley").build(),
                Interview.builder().id("technical-1").stage(QuestionCategory.TECHNICAL).minutes(60).addInterviewers("alice").build(),
                Interview.builder().id("technical-2").stage(QuestionCategory.TECHNICAL).minutes(60).addInterviewers("bob").build(),
                Interview.builder().id("technical-3").stage(QuestionCategory.TECHNICAL).minutes(60).addInterviewers("carol", "dan").build(),
                Interview.builder().id("technical-4").stage(QuestionCategory.TECHNICAL).minutes(45).addInterviewers("erin").build(),
                Interview.builder().id("behavioural-1").stage(QuestionCategory.BEHAVIOURAL).minutes(45).addInterviewers("frank").build(),
                Interview.builder().id("behavioural-2").stage(QuestionCategory.BEHAVIOURAL).minutes(45).addInterviewers("grace").build(),
                Interview.builder().id("behavioural-3").stage(QuestionCategory.BEHAVIOURAL).minutes(30).addInterviewers("heidi", "alice").build())
                .options(PlanningOptions.builder().reservedMinutes(5).build()).build();
    }

    @Test
    void big() {
        PlanningProblem problem = loop(bank(300, 40, 42));
        for (int run = 0; run < 2; run++) {
            PlanningResult r = InterviewPlanner.builder().timeLimit(Duration.ofSeconds(20)).build().plan(problem);
            System.out.println(r.status() + " " + r.statistics() + " " + r.plan().map(p -> p.weightedCoverage() + "/" + p.maximumWeightedCoverage() + " " + p.plannedMinutes() + "min " + p.questionCount() + "q " + p.optimality()).orElse(""));
        }
    }
}
