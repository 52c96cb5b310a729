package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.planning.Plan;
import io.github.interviewkit.planning.PlannedInterview;
import io.github.interviewkit.render.Format;
import io.github.interviewkit.render.InterviewGuide;
import io.github.interviewkit.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderKitExampleTest {
    @Test
    void writesEveryRenderingInBothLanguagesAndFormats(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Path> written = RenderKitExample.run(folder, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(16, written.size());
        assertEquals("Wrote 16 renderings to " + folder + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
        String report = Files.readString(folder.resolve("report-en.html"));
        assertTrue(report.contains("<p class=\"decision hire\">Hire: the panel's evidence supports hiring cand-042.</p>"));
        assertTrue(report.contains("dana rated it 2 (No), chen rated it 4 (Strong yes)"), report);
        assertTrue(Files.readString(folder.resolve("report-de.md")).contains("**Einstellen: Die Belege des Panels"));
        assertTrue(Files.readString(folder.resolve("report-de.html")).contains("@page { size: A4;"));
    }

    @Test
    void aPlannedInterviewBecomesAGuideWithItsQuestionsInOrder() {
        Role kit = BackendArchitect.role();
        Plan plan = InterviewPlanner.standard().plan(PlanInterviewExample.fourInterviewLoop()).plan().orElseThrow();
        PlannedInterview planned = plan.interview("technical-1").orElseThrow();
        InterviewGuide guide = RenderKitExample.guideOf(kit, planned);
        assertEquals(planned.sortedQuestionIds(), guide.questions().stream().map(q -> q.id()).toList());
        assertEquals(List.of("alice"), guide.interviewers());
        String markdown = Renderer.english().guide(guide, Format.MARKDOWN);
        assertTrue(markdown.startsWith("# Interviewer guide: technical-1\n"), markdown);
        for (var question : guide.questions()) {
            assertTrue(markdown.contains(question.text().substring(0, 20)), question.id());
        }
    }
}
