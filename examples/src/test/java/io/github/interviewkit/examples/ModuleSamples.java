package io.github.interviewkit.examples;

import static io.github.interviewkit.examples.Samples.register;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.FrameworkReference;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.SalaryBand;
import io.github.interviewkit.model.SourceAttribution;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.ContentLimits;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldValue;
import io.github.interviewkit.model.io.FieldWriter;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.model.io.RoleWriter;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.spi.ContentPack;
import io.github.interviewkit.model.spi.ContentPacks;
import java.util.List;
import java.util.Optional;

/** The samples of each module's own types, for {@link Samples}. */
final class ModuleSamples {
    private ModuleSamples() {}

    static void registerAll() {
        model();
        scoring();
        analytics();
        planning();
        render();
        interop();
        cli();
    }

    private static void interop() {
        io.github.interviewkit.interop.ImportMapping mapping = io.github.interviewkit.interop.ImportMapping.builder()
                .roleId(BackendArchitect.ID)
                .putAttribute("System Design", "system-design")
                .putAttribute("Communication", "explains-architectural-choices")
                .putRating("yes", Rating.of(3))
                .putRecommendation("yes", io.github.interviewkit.scoring.Recommendation.HIRE)
                .putStage("Onsite", QuestionCategory.TECHNICAL)
                .build();
        register(io.github.interviewkit.interop.ImportMapping.class, () -> mapping);
        register(io.github.interviewkit.interop.ImportMapping.Builder.class, io.github.interviewkit.interop.ImportMapping::builder);
        register(io.github.interviewkit.interop.GreenhouseImporter.class,
                () -> io.github.interviewkit.interop.GreenhouseImporter.of(kit(), mapping));
        register(io.github.interviewkit.interop.LeverImporter.class,
                () -> io.github.interviewkit.interop.LeverImporter.of(kit(), mapping));
        register(io.github.interviewkit.interop.AshbyImporter.class,
                () -> io.github.interviewkit.interop.AshbyImporter.of(kit(), mapping));
        register(io.github.interviewkit.interop.CsvImporter.class,
                () -> io.github.interviewkit.interop.CsvImporter.of(kit(), mapping));
        register(io.github.interviewkit.interop.ImportReport.class, () -> io.github.interviewkit.interop.CsvImporter.of(kit(), mapping)
                .read(("application_id,candidate_id,interviewer_id,stage,attribute,rating\n"
                        + "a1,c1,i1,Onsite,System Design,yes\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "samples.csv"));
        register(io.github.interviewkit.interop.SelectionOutcomes.class, io.github.interviewkit.interop.SelectionOutcomes::table);
    }

    private static void cli() {
        register(java.io.PrintWriter.class, () -> new java.io.PrintWriter(new java.io.StringWriter()));
    }

    private static void analytics() {
        int[][] ratings = {{1, 2, 2}, {3, 3, 4}, {2, 2, 1}, {4, 4, 4}};
        double[][] scores = {{1, 2, 2}, {3, 3, 4}, {2, 2, 1}, {4, 4, 4}};
        io.github.interviewkit.analytics.CategorySet four = io.github.interviewkit.analytics.CategorySet.of(1, 2, 3, 4);
        io.github.interviewkit.analytics.SelectionFlow flow = io.github.interviewkit.analytics.SelectionFlow.of("screen", "onsite");
        register(io.github.interviewkit.analytics.CategorySet.class, () -> four);
        register(io.github.interviewkit.analytics.PanelAnalytics.class,
                () -> io.github.interviewkit.analytics.PanelAnalytics.of(List.of(panel())));
        register(io.github.interviewkit.analytics.RatingMatrix.class,
                () -> io.github.interviewkit.analytics.PanelAnalytics.of(List.of(panel())).ratings());
        register(io.github.interviewkit.analytics.KappaWeights.class, io.github.interviewkit.analytics.KappaWeights::linear);
        register(io.github.interviewkit.analytics.CalibrationSums.class,
                () -> io.github.interviewkit.analytics.CalibrationSums.of(panel()));
        register(io.github.interviewkit.analytics.Calibration.class, () -> io.github.interviewkit.analytics.CalibrationSums
                .of(panel()).calibration(io.github.interviewkit.analytics.CalibrationPolicy.defaults()));
        register(io.github.interviewkit.analytics.CategoryCounts.class,
                () -> io.github.interviewkit.analytics.CategoryCounts.of(four, ratings, 0));
        register(io.github.interviewkit.analytics.CoincidenceCounts.class,
                () -> io.github.interviewkit.analytics.CoincidenceCounts.of(four, ratings, 0));
        register(io.github.interviewkit.analytics.ContingencyTable.class,
                () -> io.github.interviewkit.analytics.ContingencyTable.of(four, ratings, 0, 0, 1));
        register(io.github.interviewkit.analytics.IccSums.class, () -> io.github.interviewkit.analytics.IccSums.of(scores));
        register(io.github.interviewkit.analytics.IntraclassCorrelation.class,
                () -> io.github.interviewkit.analytics.IccSums.of(scores).intraclassCorrelation(0.95));
        register(io.github.interviewkit.analytics.RankSums.class, () -> io.github.interviewkit.analytics.RankSums.of(scores));
        register(io.github.interviewkit.analytics.SelectionCounts.class,
                () -> io.github.interviewkit.analytics.SelectionCounts.ofOutcome("group-a", true)
                        .merge(io.github.interviewkit.analytics.SelectionCounts.ofOutcome("group-b", false)));
        register(io.github.interviewkit.analytics.AdverseImpactReport.class,
                () -> io.github.interviewkit.analytics.SelectionCounts.ofOutcome("group-a", true)
                        .merge(io.github.interviewkit.analytics.SelectionCounts.ofOutcome("group-b", false)).report());
        register(io.github.interviewkit.analytics.SelectionFlow.class, () -> flow);
        register(io.github.interviewkit.analytics.StageCounts.class,
                () -> io.github.interviewkit.analytics.StageCounts.ofCandidate(flow, "group-a", "onsite", true));
        register(io.github.interviewkit.analytics.SelectionFlowReport.class,
                () -> io.github.interviewkit.analytics.StageCounts.ofCandidate(flow, "group-a", "onsite", true).report());
        register(io.github.interviewkit.analytics.CriterionPassCounts.class,
                () -> io.github.interviewkit.analytics.CriterionPassCounts.ofCandidate("group-a", java.util.Map.of("system-design", true)));
        register(io.github.interviewkit.analytics.CriterionImpactReport.class,
                () -> io.github.interviewkit.analytics.CriterionPassCounts.ofCandidate("group-a",
                        java.util.Map.of("system-design", true)).report());
    }

    private static io.github.interviewkit.scoring.Panel panel() {
        return io.github.interviewkit.scoring.Panel.of(kit(), List.of(scorecard("alice"), scorecard("bob")));
    }

    private static io.github.interviewkit.scoring.Scorecard scorecard(String interviewer) {
        return io.github.interviewkit.scoring.Scorecard.builder().candidateId("cand-1").interviewerId(interviewer)
                .stage(QuestionCategory.TECHNICAL).rate("system-design", 3).rate("explains-architectural-choices", 3).build();
    }

    private static void scoring() {
        register(io.github.interviewkit.scoring.Scorecard.class, () -> scorecard("alice"));
        register(io.github.interviewkit.scoring.Panel.class, ModuleSamples::panel);
        register(io.github.interviewkit.scoring.ScoringPolicy.class, io.github.interviewkit.scoring.ScoringPolicy::defaults);
        register(io.github.interviewkit.scoring.Hurdle.class,
                () -> io.github.interviewkit.scoring.Hurdle.of(QuestionCategory.TECHNICAL, new java.math.BigDecimal("0.5")));
        register(io.github.interviewkit.scoring.ScoringEngine.class,
                () -> io.github.interviewkit.scoring.ScoringEngine.builder().registerBuiltIns().build());
        register(io.github.interviewkit.scoring.ScoringStrategy.class, io.github.interviewkit.scoring.ScoringStrategies::structured);
        register(io.github.interviewkit.scoring.PanelScorer.class,
                () -> io.github.interviewkit.scoring.ScoringEngine.builder().registerBuiltIns().build().scorer(kit()));
        register(io.github.interviewkit.scoring.Report.class,
                () -> io.github.interviewkit.scoring.ScoringEngine.builder().registerBuiltIns().build().score(panel()));
        register(io.github.interviewkit.scoring.Report.Builder.class,
                () -> io.github.interviewkit.scoring.Report.builder("custom", panel()));
        register(io.github.interviewkit.scoring.PanelRatings.class, () -> panel().ratings());
        register(io.github.interviewkit.scoring.Finding.class,
                () -> io.github.interviewkit.scoring.Finding.of("sample", "A sample.", java.util.Map.of()));
        register(io.github.interviewkit.scoring.FindingNames.class,
                () -> io.github.interviewkit.scoring.FindingNames.of(kit()));
        register(io.github.interviewkit.scoring.PanelFigures.class, () -> io.github.interviewkit.scoring.PanelFigures
                .of(panel(), io.github.interviewkit.scoring.ScoringPolicy.defaults()));
        register(io.github.interviewkit.scoring.ScoringStep.class, io.github.interviewkit.scoring.ScoringSteps::composite);
        register(io.github.interviewkit.scoring.ScoringSteps.class, io.github.interviewkit.scoring.ScoringSteps::structured);
        register(io.github.interviewkit.scoring.ScoringState.class, ModuleSamples::state);
        register(io.github.interviewkit.scoring.jackson.InterviewKitModule.class,
                () -> new io.github.interviewkit.scoring.jackson.InterviewKitModule(kit()));
        register(io.github.interviewkit.scoring.ScorecardSource.class,
                () -> io.github.interviewkit.scoring.ScorecardSource.of("greenhouse"));
        register(io.github.interviewkit.scoring.ReportAudit.class, () -> io.github.interviewkit.scoring.ScoringEngine.builder()
                .registerBuiltIns().build().score(panel()).audit().orElseThrow());
        register(io.github.interviewkit.scoring.ReportVerification.class, () -> {
            io.github.interviewkit.scoring.ScoringEngine engine =
                    io.github.interviewkit.scoring.ScoringEngine.builder().registerBuiltIns().build();
            return engine.verify(engine.score(panel()), panel(), io.github.interviewkit.scoring.ScoringPolicy.defaults());
        });
    }

    /** A scoring state, caught from a step while a panel is scored (its methods run after the step returns). */
    private static io.github.interviewkit.scoring.ScoringState state() {
        List<io.github.interviewkit.scoring.ScoringState> caught = new java.util.ArrayList<>();
        io.github.interviewkit.scoring.ScoringStrategy strategy = io.github.interviewkit.scoring.ScoringSteps.structured()
                .then(io.github.interviewkit.scoring.ScoringStep.reporting("catch", caught::add))
                .strategy("caught", "Catches its state.");
        strategy.prepare(kit(), io.github.interviewkit.scoring.ScoringPolicy.defaults()).score(panel());
        return caught.get(0);
    }

    private static void render() {
        register(io.github.interviewkit.render.Renderer.class, io.github.interviewkit.render.Renderer::english);
        register(io.github.interviewkit.render.Format.class, () -> io.github.interviewkit.render.Format.HTML);
        register(io.github.interviewkit.render.Paper.class, () -> io.github.interviewkit.render.Paper.A4);
        register(io.github.interviewkit.render.InterviewGuide.class, () -> guideBuilder().build());
        register(io.github.interviewkit.render.InterviewGuide.Builder.class, ModuleSamples::guideBuilder);
    }

    private static io.github.interviewkit.render.InterviewGuide.Builder guideBuilder() {
        return io.github.interviewkit.render.InterviewGuide.builder().role(kit()).id("technical-1")
                .addQuestions(kit().questionsIn(QuestionCategory.TECHNICAL).get(0).id());
    }

    private static void planning() {
        register(io.github.interviewkit.planning.InterviewPlanner.class, io.github.interviewkit.planning.InterviewPlanner::standard);
        register(io.github.interviewkit.planning.Interview.class, ModuleSamples::interview);
        register(io.github.interviewkit.planning.PlanningProblem.class, ModuleSamples::problem);
        register(io.github.interviewkit.planning.Plan.class, () -> io.github.interviewkit.planning.InterviewPlanner.standard()
                .plan(problem()).plan().orElseThrow());
        register(io.github.interviewkit.planning.PlanningResult.class,
                () -> io.github.interviewkit.planning.InterviewPlanner.standard().plan(problem()));
        register(io.github.interviewkit.planning.PlanningOptions.class,
                () -> io.github.interviewkit.planning.PlanningOptions.builder().build());
    }

    private static io.github.interviewkit.planning.Interview interview() {
        return io.github.interviewkit.planning.Interview.builder().id("technical").stage(QuestionCategory.TECHNICAL)
                .minutes(60).addInterviewers("alice", "bob").build();
    }

    private static io.github.interviewkit.planning.PlanningProblem problem() {
        return io.github.interviewkit.planning.PlanningProblem.builder().role(kit()).addInterviews(interview()).build();
    }

    private static Role kit() {
        return BackendArchitect.role();
    }

    private static void model() {
        register(Question.class, () -> kit().questions().get(0));
        register(Competency.class, () -> kit().competencies().get(0));
        register(EvaluationCriterion.class, () -> kit().rubric().criteria().get(0));
        register(Rubric.class, () -> kit().rubric());
        register(RatingScale.class, () -> kit().rubric().scale());
        register(RatingLevel.class, () -> kit().rubric().scale().levels().get(0));
        register(Pitfall.class, () -> kit().pitfalls().get(0));
        register(SalaryBand.class, () -> kit().salaryBand().orElseThrow());
        register(ExperienceRequirement.class, () -> kit().experience());
        register(SourceAttribution.class, () -> kit().source());
        register(FrameworkReference.class, () -> FrameworkReference.of("ESCO", "code"));
        register(QuestionCategory.class, () -> QuestionCategory.TECHNICAL);
        register(CompetencyKind.class, () -> CompetencyKind.TECHNICAL);
        register(Rating.class, () -> Rating.of(3));
        register(Violation.class, () -> Violation.of("id", "x", "is wrong"));
        register(ViolationSink.class, () -> violation -> { });
        register(Violations.class, Violations::collector);
        register(ContentLimits.class, ContentLimits::defaults);
        register(ContentLimits.Builder.class, ContentLimits::builder);
        register(ContentFormat.class, () -> ContentFormat.JSON);
        register(DocumentKind.class, RoleReader::kind);
        register(DocumentCodec.class, () -> DocumentCodec.of(RoleReader.kind()));
        register(RoleReader.class, RoleReader::standard);
        register(RoleWriter.class, RoleWriter::standard);
        register(FieldReader.class, () -> Bound.reader());
        register(FieldValue.class, () -> Bound.reader().field("id"));
        register(FieldWriter.class, Bound::writer);
        register(ContentPack.class, BackendArchitect::pack);
        register(ContentPacks.class, () -> ContentPacks.builder().register(BackendArchitect.pack()).build());
        register(io.github.interviewkit.model.spi.ProviderDiscovery.class,
                () -> new io.github.interviewkit.model.spi.ProviderDiscovery<>(ContentPack.class));
        register(DocumentCodec.Builder.class, () -> DocumentCodec.builder(RoleReader.kind()));
    }

    /** A field reader and writer of a real document, caught from a kind while the codec binds and writes. */
    private static final class Bound implements DocumentKind<String> {
        private FieldReader reader;
        private FieldWriter writer;

        static FieldReader reader() {
            Bound kind = new Bound();
            DocumentCodec.of(kind).read("{\"id\": \"x\"}", ContentFormat.JSON);
            return kind.reader;
        }

        static FieldWriter writer() {
            Bound kind = new Bound();
            DocumentCodec.of(kind).write("x", ContentFormat.JSON);
            return kind.writer;
        }

        @Override
        public String name() {
            return "sample";
        }

        @Override
        public Binding<String> bind(FieldReader root) {
            reader = root;
            root.field("id");
            return problems -> Optional.of("x");
        }

        @Override
        public void write(String value, FieldWriter root) {
            writer = root;
        }
    }

    static List<Object> unused() {
        return List.of();
    }
}
