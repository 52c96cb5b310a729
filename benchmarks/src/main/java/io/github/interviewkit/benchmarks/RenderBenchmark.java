package io.github.interviewkit.benchmarks;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.render.Format;
import io.github.interviewkit.render.Renderer;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringEngine;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Renders the main example's candidate report and the Backend Architect kit, as HTML and as
 * Markdown, against two baselines in the same run: the report's own text explanation
 * ({@link Report#render()}, a {@code StringBuilder} of the trace and flags) and a
 * {@code StringBuilder} concatenation of the kit's texts, unescaped and without markup
 * ({@link #kitConcatenated}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmark {
    Role kit;
    Panel panel;
    Report report;
    ScoringPolicy policy;
    Renderer renderer;

    /** Scores the main example's panel (examples' {@code ScorePanelExample}) once. */
    @Setup
    public void setUp() {
        kit = BackendArchitect.role();
        Scorecard alice = Scorecard.builder().candidateId("cand-042").interviewerId("alice")
                .stage(QuestionCategory.TECHNICAL).rate("system-design", 4).rate("languages-and-frameworks", 3)
                .rate("explains-architectural-choices", 3).rate("database-systems", 3).rate("cloud-architecture", 3)
                .vote(Recommendation.HIRE).build();
        Scorecard bob = Scorecard.builder().candidateId("cand-042").interviewerId("bob")
                .stage(QuestionCategory.TECHNICAL).rate("system-design", 3).rate("languages-and-frameworks", 4)
                .notAssessed("explains-architectural-choices").rate("database-systems", 4).rate("cloud-architecture", 2)
                .addObservedPitfalls("outdated-knowledge").vote(Recommendation.HIRE).build();
        Scorecard chen = Scorecard.builder().candidateId("cand-042").interviewerId("chen")
                .stage(QuestionCategory.TECHNICAL).rate("system-design", 3).rate("languages-and-frameworks", 3)
                .rate("explains-architectural-choices", 4).rate("database-systems", 3)
                .vote(Recommendation.STRONG_HIRE).build();
        Scorecard dana = Scorecard.builder().candidateId("cand-042").interviewerId("dana")
                .stage(QuestionCategory.BEHAVIOURAL).rate("explains-architectural-choices", 2)
                .vote(Recommendation.NO_HIRE).build();
        panel = Panel.of(kit, List.of(alice, bob, chen, dana));
        ScoringEngine engine = ScoringEngine.builder().registerBuiltIns().build();
        report = engine.scorer(kit).score(panel);
        policy = engine.policy();
        renderer = Renderer.english();
    }

    /** @return the candidate report as one HTML page */
    @Benchmark
    public String reportHtml() {
        return renderer.report(report, panel, policy, Format.HTML);
    }

    /** @return the candidate report as Markdown */
    @Benchmark
    public String reportMarkdown() {
        return renderer.report(report, panel, policy, Format.MARKDOWN);
    }

    /** @return the baseline of the report: its text explanation */
    @Benchmark
    public String reportText() {
        return report.render();
    }

    /** @return the kit as one HTML page */
    @Benchmark
    public String kitHtml() {
        return renderer.kit(kit, Format.HTML);
    }

    /** @return the kit as Markdown */
    @Benchmark
    public String kitMarkdown() {
        return renderer.kit(kit, Format.MARKDOWN);
    }

    /** @return the baseline of the kit: its texts concatenated, without markup or escaping */
    @Benchmark
    public String kitConcatenated() {
        StringBuilder text = new StringBuilder(32 * 1024).append(kit.title()).append('\n').append(kit.summary());
        for (String responsibility : kit.responsibilities()) {
            text.append('\n').append(responsibility);
        }
        for (Question q : kit.questions()) {
            text.append('\n').append(q.text());
            for (String followUp : q.followUps()) {
                text.append('\n').append(followUp);
            }
            q.strongAnswer().ifPresent(a -> text.append('\n').append(a));
        }
        for (EvaluationCriterion c : kit.rubric().criteria()) {
            text.append('\n').append(c.description()).append(' ').append(c.weight());
            c.anchors().forEach((level, anchor) -> text.append('\n').append(level).append(' ').append(anchor));
        }
        return text.toString();
    }
}
