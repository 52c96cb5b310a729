package io.github.interviewkit.render;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The inputs the tests render: the Backend Architect kit and the main example's panel. */
final class Fixtures {
    static final Role KIT = BackendArchitect.role();
    static final Path OUT = Path.of("target", "renderings");

    private Fixtures() {}

    /**
     * The main example's panel: four interviewers' scorecards for one candidate, as in
     * {@code examples/src/main/java/io/github/interviewkit/examples/ScorePanelExample.java}.
     */
    static Panel panel() {
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
        return Panel.of(KIT, List.of(alice, bob, chen, dana));
    }

    static Report score(Panel panel) {
        return ScoringEngine.builder().registerBuiltIns().build().scorer(panel.role()).score(panel);
    }

    /** A technical interview of three questions, given as an explicit list. */
    static InterviewGuide technicalInterview() {
        return InterviewGuide.builder().role(KIT).id("technical-1").title("System design")
                .stage(QuestionCategory.TECHNICAL).minutes(45).addInterviewers("alice", "bob")
                .addQuestions(KIT.questionsIn(QuestionCategory.TECHNICAL).subList(0, 3).stream()
                        .map(q -> q.id()).toArray(String[]::new))
                .build();
    }

    static Path write(String name, String text) {
        try {
            Files.createDirectories(OUT);
            Path file = OUT.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
