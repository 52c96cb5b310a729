package io.github.interviewkit.examples;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.FindingNames;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.PanelScorer;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringEngine;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.scoring.ReportVerification;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The headline flow: load the Backend Architect kit, score a panel of four interviewers with the
 * built-in structured strategy, and print the recommendation with the trace of why; then store the
 * panel and its report as documents, read both back and verify the stored report, as an auditor
 * would later.
 */
public final class ScorePanelExample {
    private ScorePanelExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Four interviewers' scorecards for one candidate, on the kit's 1..4 scale. */
    static Panel samplePanel(Role kit) {
        Scorecard alice = Scorecard.builder().candidateId("cand-042").interviewerId("alice")
                .stage(QuestionCategory.TECHNICAL)
                .rate("system-design", 4).rate("languages-and-frameworks", 3).rate("explains-architectural-choices", 3)
                .rate("database-systems", 3).rate("cloud-architecture", 3)
                .vote(Recommendation.HIRE).build();
        Scorecard bob = Scorecard.builder().candidateId("cand-042").interviewerId("bob")
                .stage(QuestionCategory.TECHNICAL)
                .rate("system-design", 3).rate("languages-and-frameworks", 4).notAssessed("explains-architectural-choices")
                .rate("database-systems", 4).rate("cloud-architecture", 2)
                .addObservedPitfalls("outdated-knowledge")
                .notes("Strong on storage; cited an old deployment practice.")
                .vote(Recommendation.HIRE).build();
        Scorecard chen = Scorecard.builder().candidateId("cand-042").interviewerId("chen")
                .stage(QuestionCategory.TECHNICAL)
                .rate("system-design", 3).rate("languages-and-frameworks", 3).rate("explains-architectural-choices", 4)
                .rate("database-systems", 3)
                .vote(Recommendation.STRONG_HIRE).build();
        Scorecard dana = Scorecard.builder().candidateId("cand-042").interviewerId("dana")
                .stage(QuestionCategory.BEHAVIOURAL)
                .rate("explains-architectural-choices", 2)
                .notes("Trade-offs were asserted rather than explained.")
                .vote(Recommendation.NO_HIRE).build();
        return Panel.of(kit, List.of(alice, bob, chen, dana));
    }

    static Report score() {
        Role kit = BackendArchitect.role();
        ScoringEngine engine = ScoringEngine.builder().registerBuiltIns().build();
        PanelScorer scorer = engine.scorer(kit);      // prepare once per role ...
        return scorer.score(samplePanel(kit));         // ... then score any number of panels
    }

    /**
     * Stores the panel as YAML and its report as JSON in a directory, reads both back (the panel
     * checked against the kit it names) and verifies the stored report by scoring the panel again.
     */
    static ReportVerification storeReloadAndVerify(Path directory) {
        Role kit = BackendArchitect.role();
        ScoringEngine engine = ScoringEngine.builder().registerBuiltIns().build();
        Panel panel = samplePanel(kit);
        try {
            Path panelFile = Files.writeString(directory.resolve("cand-042-panel.yaml"), panel.write(ContentFormat.YAML));
            Path reportFile = Files.writeString(directory.resolve("cand-042-report.json"), engine.score(panel).toJson());

            Panel storedPanel = Panel.read(kit, panelFile);   // rejects a panel of another kit or version
            Report storedReport = Report.read(reportFile);     // equal to the report written, trace and audit included
            return engine.verify(storedReport, storedPanel, ScoringPolicy.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void run(PrintStream out) {
        Role kit = BackendArchitect.role();
        out.println("Kit: " + kit.title() + " (" + kit.id() + ", content " + kit.contentVersion() + "), "
                + kit.rubric().criteria().size() + " criteria on a " + kit.rubric().scale().lowest().value() + ".."
                + kit.rubric().scale().highest().value() + " scale");
        out.println("Panel: 4 interviewers (alice, bob, chen, dana)");
        out.println();
        // The findings name the kit's criteria and pitfalls as the kit does, with the scale's labels.
        out.print(score().render(FindingNames.of(kit)));
        try {
            Path directory = Files.createTempDirectory("interviewkit-example");
            ReportVerification verification = storeReloadAndVerify(directory);
            out.println();
            out.println("Stored the panel and the report in " + directory.getFileName() + ", read them back: report "
                    + (verification.matches() ? "verified" : "differs: " + verification.differences()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
