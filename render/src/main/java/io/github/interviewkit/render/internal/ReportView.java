package io.github.interviewkit.render.internal;

import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.CriterionFigures;
import io.github.interviewkit.scoring.Finding;
import io.github.interviewkit.scoring.FindingNames;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.PanelFigures;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The candidate report's view: the decision, the composite against the thresholds, the criteria, the chart, the findings. */
final class ReportView {
    /** The chart's geometry, in SVG user units. */
    private static final int WIDTH = 720;
    private static final int NAMES = 150;
    private static final int BARS = 480;
    private static final int ROW = 16;
    private static final int BAR = 11;
    private static final int LONGEST_LABEL = 96;

    private ReportView() {}

    static Views.Report of(Report report, Panel panel, ScoringPolicy policy, Texts t, String paper) {
        Role role = panel.role();
        RatingScale scale = role.rubric().scale();
        Views.Page page = Pages.page(t, paper, t.text("report.title", "candidate", report.candidateId()));
        Recommendation outcome = report.recommendation();
        String decision = t.text("decision." + outcome.id(), "candidate", report.candidateId());
        String style = outcome == Recommendation.INCOMPLETE ? "incomplete" : outcome.isHire() ? "hire" : "nohire";

        List<String> interviewers = new ArrayList<>();
        for (Scorecard card : panel.scorecards()) {
            interviewers.add(card.interviewerId());
        }
        List<Views.Row> facts = new ArrayList<>();
        facts.add(new Views.Row(t.text("report.candidate"), report.candidateId()));
        facts.add(new Views.Row(t.text("report.role"), role.title()));
        facts.add(new Views.Row(t.text("report.panel"), t.text("report.panel.value", "n", interviewers.size(),
                "interviewers", String.join(", ", interviewers))));
        facts.add(new Views.Row(t.text("report.strategy"), report.strategyId()));

        OptionalDouble composite = report.composite();
        String compositeText = composite.isPresent()
                ? t.text("report.composite.value", "composite", Numbers.decimal(composite.getAsDouble(), t.locale()))
                : t.text("report.composite.none");
        List<Views.Threshold> thresholds = new ArrayList<>();
        // Compared exactly, as the engine compares: the composite's double can sit a rounding error
        // below a threshold it reaches (a composite of exactly 0.6 against a threshold of 0.6).
        PanelFigures exact = PanelFigures.of(panel, policy);
        threshold(thresholds, t, "strong-hire", policy.strongHireThreshold(), composite, exact);
        threshold(thresholds, t, "hire", policy.hireThreshold(), composite, exact);
        threshold(thresholds, t, "no-hire", policy.noHireThreshold(), composite, exact);

        List<Views.CriterionResult> criteria = new ArrayList<>();
        List<Views.Bar> bars = new ArrayList<>();
        List<Views.Label> labels = new ArrayList<>();
        int y = 4;
        int highest = scale.highest().value();
        for (CriterionFigures figures : report.criteria()) {
            Optional<EvaluationCriterion> found = role.criterion(figures.criterionId());
            String description = found.map(EvaluationCriterion::description).orElse(figures.criterionId());
            List<Views.Row> rows = new ArrayList<>();
            found.ifPresent(c -> {
                rows.add(new Views.Row(t.text("criterion.weight"), Numbers.decimal(c.weight(), t.locale())));
                rows.add(new Views.Row(t.text("criterion.mustHave"), Pages.mustHave(t, c, scale)));
            });
            rows.add(new Views.Row(t.text("report.aggregate"), figures.aggregate().isPresent()
                    ? t.text("report.aggregate.value", "aggregate",
                            Numbers.decimal(figures.aggregate().getAsDouble(), t.locale()), "n", figures.assessments())
                    : t.text("report.unassessed")));
            if (figures.spread().isPresent()) {
                rows.add(new Views.Row(t.text("report.spread"), t.text("report.spread.value", "spread",
                        figures.spread().getAsInt(), "minimum", Pages.rating(t, scale, figures.minimum().getAsInt()),
                        "maximum", Pages.rating(t, scale, figures.maximum().getAsInt()))));
            }
            List<Views.Rating> ratings = new ArrayList<>();
            labels.add(new Views.Label(0, y + BAR, shorten(description), "criterion"));
            y += ROW + 2;
            int card = 0;
            for (Scorecard scorecard : panel.scorecards()) {
                Rating rating = scorecard.ratings().get(figures.criterionId());
                if (rating == null) {
                    card++;
                    continue;
                }
                if (rating.isAssessed()) {
                    int value = rating.value().getAsInt();
                    String label = label(scale, value);
                    ratings.add(new Views.Rating(scorecard.interviewerId(),
                            t.text("report.rating", "rating", value, "label", label)));
                    labels.add(new Views.Label(NAMES - 6, y + BAR - 2, scorecard.interviewerId(), "name"));
                    int width = Math.max(1, BARS * value / highest);
                    bars.add(new Views.Bar(NAMES, y, width, BAR, "s" + (card % 6)));
                    labels.add(new Views.Label(NAMES + width + 4, y + BAR - 2,
                            t.text("report.rating", "rating", value, "label", label), "value"));
                    y += ROW;
                } else {
                    ratings.add(new Views.Rating(scorecard.interviewerId(), t.text("report.notAssessed")));
                }
                card++;
            }
            if (figures.aggregate().isPresent()) {
                double aggregate = figures.aggregate().getAsDouble();
                int width = Math.max(1, (int) Math.round(BARS * aggregate / highest));
                labels.add(new Views.Label(NAMES - 6, y + BAR - 2, t.text("report.aggregate"), "name"));
                bars.add(new Views.Bar(NAMES, y, width, BAR, "agg"));
                labels.add(new Views.Label(NAMES + width + 4, y + BAR - 2,
                        Numbers.decimal(aggregate, t.locale()), "value"));
                y += ROW;
            }
            y += 8;
            criteria.add(new Views.CriterionResult(figures.criterionId(), description, rows, ratings));
        }
        Views.Chart chart = new Views.Chart(WIDTH, y, t.text("chart.title"),
                t.text("chart.description", "highest", highest), bars, labels);

        // Findings name the role's criteria, pitfalls and competencies as the role does, and give
        // every rating shown with the scale's label.
        FindingNames names = FindingNames.of(role);
        List<String> flags = new ArrayList<>();
        for (Finding flag : report.flags()) {
            flags.add(sentence(flag.text(t.locale(), names)));
        }
        List<String> trace = new ArrayList<>();
        for (Finding step : report.trace()) {
            trace.add(sentence(step.text(t.locale(), names)));
        }
        List<Views.Row> auditRows = new ArrayList<>();
        report.audit().ifPresent(audit -> {
            auditRows.add(new Views.Row(t.text("audit.role"), t.text("audit.role.value", "role", audit.roleId(),
                    "version", audit.roleContentVersion())));
            auditRows.add(new Views.Row(t.text("audit.strategy"), t.text("audit.strategy.value", "strategy",
                    audit.strategyId(), "version", audit.strategyVersion())));
            auditRows.add(new Views.Row(t.text("audit.policy"), audit.policyFingerprint()));
            auditRows.add(new Views.Row(t.text("audit.library"), audit.libraryVersion()));
            audit.scoredAt().ifPresent(at -> auditRows.add(new Views.Row(t.text("audit.scoredAt"), at.toString())));
        });
        return new Views.Report(page, decision, style, facts, compositeText, thresholds, criteria, chart, flags, trace,
                auditRows);
    }

    private static void threshold(List<Views.Threshold> out, Texts t, String outcome, BigDecimal threshold,
                                  OptionalDouble composite, PanelFigures exact) {
        boolean reached = composite.isPresent() && exact.composite().isPresent()
                && exact.compareComposite(threshold) >= 0;
        String status = composite.isEmpty() ? t.text("threshold.undecided")
                : t.text(reached ? "threshold.reached" : "threshold.below");
        out.add(new Views.Threshold(t.text("outcome." + outcome), Numbers.decimal(threshold, t.locale()), reached,
                status));
    }

    private static String label(RatingScale scale, int value) {
        return scale.level(value).map(RatingLevel::label).orElse(Integer.toString(value));
    }

    /** @return the text as a sentence: ending in a full stop unless it ends in one already */
    static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            return trimmed;
        }
        return trimmed + ".";
    }

    private static String shorten(String text) {
        return text.length() <= LONGEST_LABEL ? text : text.substring(0, LONGEST_LABEL - 1).strip() + "\u2026";
    }
}
