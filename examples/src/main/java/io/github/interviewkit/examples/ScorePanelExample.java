package io.github.interviewkit.examples;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.PanelScorer;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringEngine;
import java.io.PrintStream;
import java.util.List;

/**
 * The headline flow: load the Backend Architect kit, score a panel of four interviewers with the
 * built-in structured strategy, and print the recommendation with the trace of why.
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

    static void run(PrintStream out) {
        Role kit = BackendArchitect.role();
        out.println("Kit: " + kit.title() + " (" + kit.id() + ", content " + kit.contentVersion() + "), "
                + kit.rubric().criteria().size() + " criteria on a " + kit.rubric().scale().lowest().value() + ".."
                + kit.rubric().scale().highest().value() + " scale");
        out.println("Panel: 4 interviewers (alice, bob, chen, dana)");
        out.println();
        out.print(score().render());
    }
}
