package io.github.interviewkit.benchmarks;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.Severity;
import io.github.interviewkit.model.SourceAttribution;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.PanelScorer;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scores one panel of {@link #size} (interviewers x criteria: 3x5, 5x10, 20x50) with the built-in
 * structured strategy, prepared once for its role ({@link #engine}), against a hand-written
 * {@code double[]} loop doing the same arithmetic on the same ratings ({@link #baseline}), in the
 * same run: per-criterion mean, minimum, maximum and spread, two must-have gates, the weighted
 * composite on 0..1, the three thresholds and the disagreement check. The engine also builds the
 * report: figures, coverage, flags and the trace. {@link #engine} scores a panel built once
 * (validated against the role, its ratings indexed by the first scoring); {@link #buildAndScore}
 * builds the panel from its scorecards on every call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {
    /** The criteria of the 5x10 panel, also used by {@link LoadBenchmark}. */
    static final int CRITERIA = 10;
    /** The interviewers of the 5x10 panel, also used by {@link LoadBenchmark}. */
    static final int INTERVIEWERS = 5;
    static final int LOWEST = 1;
    static final int HIGHEST = 4;
    static final double[] WEIGHTS = {3, 2, 2, 1, 1, 1, 1.5, 1, 0.5, 2};
    static final int MUST_HAVES = 2;
    static final int MINIMUM = 3;
    /** Ratings of the 5x10 panel by interviewer then criterion: a hire with one criterion in disagreement. */
    static final int[][] RATINGS = {
        {4, 3, 3, 4, 3, 2, 3, 4, 3, 4},
        {3, 3, 4, 3, 3, 4, 3, 3, 2, 3},
        {4, 4, 3, 3, 2, 3, 3, 4, 3, 3},
        {3, 3, 3, 4, 3, 3, 4, 3, 3, 4},
        {4, 3, 4, 3, 4, 3, 3, 3, 3, 3},
    };

    /** Interviewers x criteria of the panel scored. */
    @Param({"3x5", "5x10", "20x50"})
    public String size;

    int interviewers;
    int criteria;
    PanelScorer scorer;
    Role role;
    List<Scorecard> cards;
    Panel panel;
    double[] ratings;
    double[] weights;
    boolean[] mustHave;

    /** Builds the role, prepares the scorer and the panel once; none of it is measured. */
    @Setup
    public void setUp() {
        String[] parts = size.split("x");
        interviewers = Integer.parseInt(parts[0]);
        criteria = Integer.parseInt(parts[1]);
        int[][] levels = ratings(interviewers, criteria);
        role = role(criteria);
        scorer = ScoringEngine.builder().registerBuiltIns().build().scorer(role);
        cards = scorecards(levels);
        panel = Panel.of(role, cards);
        ratings = new double[interviewers * criteria];
        for (int k = 0; k < interviewers; k++) {
            for (int i = 0; i < criteria; i++) {
                ratings[k * criteria + i] = levels[k][i];
            }
        }
        weights = new double[criteria];
        mustHave = new boolean[criteria];
        for (int i = 0; i < criteria; i++) {
            weights[i] = weight(i);
            mustHave[i] = i < MUST_HAVES;
        }
        Report check = scorer.score(panel);
        long disagreements = check.flags().stream().filter(f -> f.code().equals("criterion-disagreement")).count();
        if (check.recommendation() != Recommendation.HIRE
                || baseline() != Recommendation.HIRE.ordinal() + 8 * disagreements) {
            throw new IllegalStateException("engine and baseline disagree on " + size + ":\n" + check.render());
        }
    }

    /** @return the report of the structured strategy */
    @Benchmark
    public Report engine() {
        return scorer.score(panel);
    }

    /**
     * Builds the panel from the scorecards, which validates it against the role and indexes its
     * ratings, then scores it: the whole cost for a panel scored once.
     *
     * @return the report
     */
    @Benchmark
    public Report buildAndScore() {
        return scorer.score(Panel.of(role, cards));
    }

    /** @return the outcome's ordinal plus 8 times the number of disagreements, from plain arrays */
    @Benchmark
    public int baseline() {
        double weighted = 0;
        double weightTotal = 0;
        boolean rejected = false;
        int disagreements = 0;
        for (int i = 0; i < criteria; i++) {
            double sum = 0;
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            int n = 0;
            for (int k = 0; k < interviewers; k++) {
                double r = ratings[k * criteria + i];
                if (r > 0) {
                    sum += r;
                    min = Math.min(min, r);
                    max = Math.max(max, r);
                    n++;
                }
            }
            if (n == 0) {
                continue;
            }
            double mean = sum / n;
            if (mustHave[i] && mean < MINIMUM) {
                rejected = true;
            }
            if (n >= 2 && max - min >= 2) {
                disagreements++;
            }
            weighted += weights[i] * (mean - LOWEST);
            weightTotal += weights[i];
        }
        double composite = weighted / (weightTotal * (HIGHEST - LOWEST));
        int outcome = composite >= 0.8 ? 0 : composite >= 0.6 ? 1 : composite >= 0.3 ? 2 : 3;
        // The flag count rides in the high bits, so that the check cannot be optimised away.
        return (rejected ? Math.max(outcome, 2) : outcome) + 8 * disagreements;
    }

    /**
     * Returns the ratings of a panel: the hand-written table for 5x10, otherwise a fixed pattern of
     * mostly 3s and 4s with a few 2s (never on a must-have), so that every size is a hire with a
     * few criteria in disagreement.
     */
    static int[][] ratings(int interviewers, int criteria) {
        if (interviewers == INTERVIEWERS && criteria == CRITERIA) {
            return RATINGS;
        }
        int[][] levels = new int[interviewers][criteria];
        for (int k = 0; k < interviewers; k++) {
            for (int i = 0; i < criteria; i++) {
                int pattern = (k * 7 + i * 13 + (k * i) % 5) % 10;
                int level = pattern == 0 ? 2 : pattern <= 5 ? 3 : 4;
                levels[k][i] = i < MUST_HAVES ? Math.max(level, MINIMUM) : level;
            }
        }
        return levels;
    }

    List<Scorecard> scorecards(int[][] levels) {
        List<Scorecard> scorecards = new ArrayList<>();
        for (int k = 0; k < levels.length; k++) {
            Scorecard.Builder card = Scorecard.builder().candidateId("candidate").interviewerId("interviewer-" + k)
                    .stage(QuestionCategory.TECHNICAL).vote(Recommendation.HIRE);
            for (int i = 0; i < levels[k].length; i++) {
                card.rate("criterion-" + i, levels[k][i]);
            }
            scorecards.add(card.build());
        }
        return scorecards;
    }

    static double weight(int criterion) {
        return WEIGHTS[criterion % WEIGHTS.length];
    }

    /** @return the role of the 5x10 panel */
    static Role role() {
        return role(CRITERIA);
    }

    /**
     * Returns a role built in code: a 1..4 scale, weights 0.5 to 3, two must-haves at minimum 3,
     * one competency per two criteria (at least one), one critical pitfall.
     */
    static Role role(int criteria) {
        RatingScale scale = RatingScale.of(RatingLevel.of(1, "Strong no", "Far below the bar."),
                RatingLevel.of(2, "No", "Below the bar."), RatingLevel.of(3, "Yes", "At the bar."),
                RatingLevel.of(4, "Strong yes", "Well above the bar."));
        Rubric.Builder rubric = Rubric.builder().scale(scale);
        Role.Builder role = Role.builder().id("benchmark-role").title("Benchmark Role")
                .summary(criteria + " criteria.")
                .experience(ExperienceRequirement.builder().minimumYears(5).field("software").build())
                .contentVersion("1.0.0").language("en")
                .source(SourceAttribution.builder().title("interviewkit benchmarks").build());
        int competencies = Math.max(1, criteria / 2);
        for (int c = 0; c < competencies; c++) {
            role.addCompetencies(Competency.builder().id("competency-" + c).name("Competency " + c)
                    .kind(CompetencyKind.TECHNICAL).build());
        }
        for (int i = 0; i < criteria; i++) {
            boolean mustHave = i < MUST_HAVES;
            EvaluationCriterion.Builder criterion = EvaluationCriterion.builder().id("criterion-" + i)
                    .description("Criterion " + i).addCompetencies("competency-" + (i % competencies))
                    .weight(BigDecimal.valueOf(weight(i))).mustHave(mustHave)
                    .anchors(Map.of(1, "one", 2, "two", 3, "three", 4, "four"));
            if (mustHave) {
                criterion.minimumRating(MINIMUM);
            }
            rubric.addCriteria(criterion.build());
        }
        role.addPitfalls(Pitfall.builder().id("ignores-security").description("Ignores security.")
                .severity(Severity.CRITICAL).build());
        return role.rubric(rubric.build()).build();
    }
}
