package io.github.interviewkit.examples;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.planning.Plan;
import io.github.interviewkit.planning.PlannedInterview;
import io.github.interviewkit.render.Format;
import io.github.interviewkit.render.InterviewGuide;
import io.github.interviewkit.render.Paper;
import io.github.interviewkit.render.Renderer;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what people read into a folder: the Backend Architect kit, the interviewer guide and
 * blank scorecard of the planned technical interview of {@link PlanInterviewExample}, and the
 * candidate report of the main example's panel ({@link ScorePanelExample}), each as HTML and
 * Markdown, in English and German.
 */
public final class RenderKitExample {
    private RenderKitExample() {}

    /**
     * Runs the example.
     *
     * @param args the folder to write into; {@code target/renderings} without one
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(Path.of(args.length > 0 ? args[0] : "target/renderings"), System.out);
    }

    /** A planned interview as the renderer's input: the plan's facts, in a few lines. */
    static InterviewGuide guideOf(Role role, PlannedInterview planned) {
        return InterviewGuide.builder().role(role).id(planned.id()).stage(planned.interview().stage())
                .minutes(planned.interview().minutes()).addAllInterviewers(planned.interview().interviewers())
                .addAllQuestions(planned.sortedQuestionIds()).build();
    }

    static List<Path> run(Path folder, PrintStream out) throws IOException {
        Role kit = BackendArchitect.role();
        Plan plan = InterviewPlanner.standard().plan(PlanInterviewExample.fourInterviewLoop()).plan().orElseThrow();
        InterviewGuide technical = guideOf(kit, plan.interview("technical-1").orElseThrow());
        Panel panel = ScorePanelExample.samplePanel(kit);
        Report report = ScorePanelExample.score();
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Renderer renderer : List.of(Renderer.english(), Renderer.german().withPaper(Paper.A4))) {
            for (Format format : Format.values()) {
                String suffix = "-" + renderer.locale().getLanguage() + (format == Format.HTML ? ".html" : ".md");
                written.add(write(folder.resolve("kit" + suffix), renderer.kit(kit, format)));
                written.add(write(folder.resolve("guide" + suffix), renderer.guide(technical, format)));
                written.add(write(folder.resolve("scorecard" + suffix), renderer.scorecardForm(technical, format)));
                written.add(write(folder.resolve("report" + suffix),
                        renderer.report(report, panel, ScoringPolicy.defaults(), format)));
            }
        }
        out.println("Wrote " + written.size() + " renderings to " + folder);
        return written;
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
