package io.github.interviewkit.examples;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.planning.Interview;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.planning.PlanningOptions;
import io.github.interviewkit.planning.PlanningProblem;
import io.github.interviewkit.planning.PlanningResult;
import java.io.PrintStream;

/**
 * Plans a four-interview loop for the Backend Architect kit — a 15-minute recruiter screen, two
 * 30-minute technical interviews and a 30-minute behavioural interview, 5 minutes of each kept for
 * the introduction and the candidate's questions — and prints the plan, proved optimal, with why
 * each question is in it and who will see each criterion.
 */
public final class PlanInterviewExample {
    private PlanInterviewExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static PlanningProblem fourInterviewLoop() {
        return PlanningProblem.builder()
                .role(BackendArchitect.role())
                .addInterviews(
                        interview("screening", QuestionCategory.SCREENING, 15, "riley"),
                        interview("technical-1", QuestionCategory.TECHNICAL, 30, "alice"),
                        interview("technical-2", QuestionCategory.TECHNICAL, 30, "bob"),
                        interview("behavioural", QuestionCategory.BEHAVIOURAL, 30, "carol"))
                .options(PlanningOptions.builder().reservedMinutes(5).build())   // must-haves: 2 interviewers each
                .build();                                                      // throws ContentException listing every problem
    }

    private static Interview interview(String id, QuestionCategory stage, int minutes, String interviewer) {
        return Interview.builder().id(id).stage(stage).minutes(minutes).addInterviewers(interviewer).build();
    }

    static void run(PrintStream out) {
        PlanningResult result = InterviewPlanner.standard().plan(fourInterviewLoop());
        out.println("Status: " + result.status());
        out.print(result.explanation());
    }
}
