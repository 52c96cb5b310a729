package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Finding;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.PanelScorer;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring snippet proposed for the README, kept compiling and running. */
class ReadmeScoringSnippetTest {
    @Test
    void snippet_scoresATwoInterviewerPanel() {
        // --- README snippet begins
        Role kit = BackendArchitect.role();
        PanelScorer scorer = ScoringEngine.builder().registerBuiltIns().build().scorer(kit); // once per role
        Panel panel = Panel.of(kit, List.of(
                Scorecard.builder().candidateId("cand-042").interviewerId("alice").stage(QuestionCategory.TECHNICAL)
                        .rate("system-design", 4).rate("explains-architectural-choices", 3)
                        .vote(Recommendation.HIRE).build(),
                Scorecard.builder().candidateId("cand-042").interviewerId("bob").stage(QuestionCategory.TECHNICAL)
                        .rate("system-design", 3).rate("explains-architectural-choices", 3)
                        .addObservedPitfalls("outdated-knowledge").build()));
        Report report = scorer.score(panel);
        String explained = report.render();   // recommendation, composite, trace, flags
        String json = report.toJson();        // the same, machine-readable
        // --- README snippet ends

        // Means 3.5 (weight 3) and 3 (weight 2) on 1..4: (3 * 2.5/3 + 2 * 2/3) / 5 = 23/30.
        assertEquals(Recommendation.HIRE, report.recommendation());
        assertEquals(23.0 / 30, report.composite().getAsDouble(), 1e-12);
        assertEquals(List.of("uncovered-competencies", "small-panel"),
                report.flags().stream().map(Finding::code).toList());
        assertTrue(explained.contains(": hire, composite 0.7667\n"), explained);
        assertTrue(json.contains("\"recommendation\": \"hire\""), json);
    }

    @Test
    void readme_showsTheSnippetAsItIsHere() {
        ReadmeSnippets.assertReadmeShowsSnippetOf("src/test/java/io/github/interviewkit/examples/ReadmeScoringSnippetTest.java");
    }
}
