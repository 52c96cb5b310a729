package io.github.interviewkit.planning;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void scratch() {
        PlanningProblem four = PlanningProblem.builder().role(BackendArchitect.role())
                .addInterviews(
                        Interview.builder().id("screening").stage(QuestionCategory.SCREENING).minutes(15).addInterviewers("riley").build(),
                        Interview.builder().id("technical-1").stage(QuestionCategory.TECHNICAL).minutes(30).addInterviewers("alice").build(),
                        Interview.builder().id("technical-2").stage(QuestionCategory.TECHNICAL).minutes(30).addInterviewers("bob").build(),
                        Interview.builder().id("behavioural").stage(QuestionCategory.BEHAVIOURAL).minutes(30).addInterviewers("carol").build())
                .options(PlanningOptions.builder().reservedMinutes(5).build())
                .build();
        PlanningResult result = InterviewPlanner.standard().plan(four);
        System.out.println(result.status() + " " + result.statistics());
        System.out.println(result.explanation());
        for (int minutes : new int[] {45, 60, 90}) {
            PlanningProblem one = PlanningProblem.builder().role(BackendArchitect.role())
                    .addInterviews(Interview.builder().id("technical").stage(QuestionCategory.TECHNICAL).minutes(minutes).addInterviewers("alice", "bob").build())
                    .options(PlanningOptions.builder().reservedMinutes(5).build()).build();
            PlanningResult r = InterviewPlanner.standard().plan(one);
            System.out.println(r.status() + " " + r.plan().orElseThrow().order() + " " + r.statistics());
        }
        PlanningProblem lonely = PlanningProblem.builder().role(BackendArchitect.role())
                .addInterviews(Interview.builder().id("technical").stage(QuestionCategory.TECHNICAL).minutes(45).addInterviewers("alice").build())
                .options(PlanningOptions.builder().reservedMinutes(5).build()).build();
        PlanningResult r = InterviewPlanner.standard().plan(lonely);
        System.out.println(r.status() + " " + r.explanation() + " " + r.statistics());
    }
}
