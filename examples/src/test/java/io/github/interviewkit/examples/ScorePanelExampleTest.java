package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.scoring.Finding;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ReportVerification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorePanelExampleTest {
    @Test
    void score_recommendsAHireWithTheHandComputedComposite() {
        Report report = ScorePanelExample.score();
        assertEquals(Recommendation.HIRE, report.recommendation());
        // Means: system-design 10/3, languages 10/3, explains 3, databases 10/3, cloud 5/2 on 1..4;
        // weights 3, 1, 2, 2, 1: (3*7/9 + 7/9 + 2*2/3 + 2*7/9 + 1/2) / 9 = 58.5 / 81.
        assertEquals(58.5 / 81, report.composite().getAsDouble(), 1e-12);
        assertEquals(List.of("aggregate", "criterion-aggregated", "criterion-aggregated", "criterion-aggregated",
                "criterion-aggregated", "criterion-aggregated", "must-have-passed", "must-have-passed", "pitfall-noted",
                "composite", "threshold", "decision"), report.trace().stream().map(Finding::code).toList());
        assertEquals(List.of("criterion-disagreement", "votes-disagree"),
                report.flags().stream().map(Finding::code).toList());
        assertEquals(List.of("dana"), report.flags().get(1).parameters().get("interviewers"));
    }

    @Test
    void run_printsTheKitThenTheExplainedRecommendation() {
        String out = Printed.by(ScorePanelExample::run);

        assertTrue(out.startsWith("Kit: Backend Architect (backend-architect, content "), out);
        assertTrue(out.contains("Recommendation for candidate cand-042 (role backend-architect, strategy structured):"
                + " hire, composite 0.7222\n"), out);
        assertTrue(out.contains("[must-have-passed] Must-have \u201cAbility to explain architectural choices"
                + " clearly\u201d: the aggregate 3 reaches the minimum 3 (Yes)\n"), out);
        assertTrue(out.contains("[pitfall-noted] The minor pitfall \u201cLack of knowledge about current industry"
                + " trends\u201d was observed by one interviewer (bob); it is noted and does not change the outcome\n"),
                out);
        assertTrue(out.contains("[votes-disagree] The outcome \u201chire\u201d goes against the vote of dana (1 of 4"
                + " voting interviewers)\n"), out);
        assertTrue(out.endsWith(", read them back: report verified\n"), out);
    }

    @Test
    void storeReloadAndVerify_readsBackAReportThatVerifies(@TempDir Path dir) throws Exception {
        ReportVerification verification = ScorePanelExample.storeReloadAndVerify(dir);
        assertTrue(verification.matches(), verification.differences().toString());
        assertEquals(ScorePanelExample.score(), verification.stored());
        assertTrue(Files.readString(dir.resolve("cand-042-panel.yaml")).startsWith("role:\n  id: backend-architect\n"));
        assertTrue(Files.readString(dir.resolve("cand-042-report.json")).contains("\"policyFingerprint\""));
    }
}
