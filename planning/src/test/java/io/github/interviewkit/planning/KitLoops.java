package io.github.interviewkit.planning;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;

/** Loops for the Backend Architect kit, shared by the planner's tests. */
final class KitLoops {
    private KitLoops() {}

    static Interview interview(String id, QuestionCategory stage, int minutes, String... interviewers) {
        return Interview.builder().id(id).stage(stage).minutes(minutes).addInterviewers(interviewers).build();
    }

    /** One technical interview of the given length with two interviewers, 5 minutes reserved. */
    static PlanningProblem technical(int minutes, int reserved) {
        return PlanningProblem.builder().role(BackendArchitect.role())
                .addInterviews(interview("technical", QuestionCategory.TECHNICAL, minutes, "alice", "bob"))
                .options(PlanningOptions.builder().reservedMinutes(reserved).build())
                .build();
    }

    /**
     * A compressed on-site of four interviews, 5 minutes of each reserved: a 15-minute recruiter
     * screen, two 30-minute technical interviews with one interviewer each and a 30-minute
     * behavioural interview.
     */
    static PlanningProblem fourInterviews() {
        return PlanningProblem.builder().role(BackendArchitect.role())
                .addInterviews(
                        interview("screening", QuestionCategory.SCREENING, 15, "riley"),
                        interview("technical-1", QuestionCategory.TECHNICAL, 30, "alice"),
                        interview("technical-2", QuestionCategory.TECHNICAL, 30, "bob"),
                        interview("behavioural", QuestionCategory.BEHAVIOURAL, 30, "carol"))
                .options(PlanningOptions.builder().reservedMinutes(5).build())
                .build();
    }
}
