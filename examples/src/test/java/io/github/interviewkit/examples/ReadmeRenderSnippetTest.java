package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.render.Format;
import io.github.interviewkit.render.InterviewGuide;
import io.github.interviewkit.render.Paper;
import io.github.interviewkit.render.Renderer;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringEngine;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rendering snippet of the README, kept compiling and running. */
class ReadmeRenderSnippetTest {
    @Test
    void snippet_rendersAKitAGuideAndAReport() {
        Role kit = BackendArchitect.role();
        Panel panel = ScorePanelExample.samplePanel(kit);
        // --- README snippet begins
        ScoringEngine engine = ScoringEngine.builder().registerBuiltIns().build();
        Report report = engine.scorer(kit).score(panel);
        Renderer renderer = Renderer.of(Locale.GERMANY).withPaper(Paper.A4);     // German, printed on A4
        String page = renderer.report(report, panel, engine.policy(), Format.HTML);  // one self-contained page
        String text = Renderer.english().kit(kit, Format.MARKDOWN);               // the whole kit as Markdown
        InterviewGuide technical = InterviewGuide.builder().role(kit).id("technical-1")
                .stage(QuestionCategory.TECHNICAL).minutes(45).addInterviewers("alice")
                .addQuestions("restful-api-design", "high-load-data").build();
        String guide = Renderer.english().guide(technical, Format.HTML);          // questions, anchors, room for notes
        String form = Renderer.english().scorecardForm(technical, Format.MARKDOWN); // a blank scorecard
        // --- README snippet ends
        assertTrue(page.contains("Einstellen: Die Belege des Panels sprechen dafür, cand-042 einzustellen."), page);
        assertTrue(text.startsWith("# Interview kit: Backend Architect\n"), text);
        assertTrue(guide.contains("<h1>Interviewer guide: technical-1</h1>"), guide);
        assertTrue(form.startsWith("# Scorecard: technical-1\n"), form);
        ReadmeSnippets.assertReadmeShowsSnippetOf(
                "src/test/java/io/github/interviewkit/examples/ReadmeRenderSnippetTest.java");
    }
}
