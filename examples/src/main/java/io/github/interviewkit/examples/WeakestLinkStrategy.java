package io.github.interviewkit.examples;

import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Finding;
import io.github.interviewkit.scoring.PanelScorer;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringPolicy;
import io.github.interviewkit.scoring.ScoringStrategy;
import java.util.List;
import java.util.Map;

/**
 * A strategy written outside the library, as a user would: "weakest link". Every criterion must
 * have been assessed, and every single rating must reach the bar (the scale's second-highest
 * level); one rating below the bar means no hire. It ignores the policy.
 *
 * <p>It is registered for {@link java.util.ServiceLoader} in this module's {@code module-info.java}
 * ({@code provides}) and in {@code META-INF/services}, so it needs this public no-argument
 * constructor.
 */
public final class WeakestLinkStrategy implements ScoringStrategy {
    /** The strategy's id. */
    public static final String ID = "weakest-link";

    /** Creates the strategy; also called by {@link java.util.ServiceLoader}. */
    public WeakestLinkStrategy() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every criterion assessed, and every rating at or above the bar";
    }

    @Override
    public PanelScorer prepare(Role role, ScoringPolicy policy) {
        // Work that depends only on the role is done once, here.
        List<String> criteria = role.rubric().criteria().stream().map(EvaluationCriterion::id).toList();
        int levels = role.rubric().scale().levels().size();
        int bar = role.rubric().scale().levels().get(levels - 2).value();
        return panel -> {
            Report.Builder report = Report.builder(ID, panel);
            for (String criterion : criteria) {
                int lowest = Integer.MAX_VALUE;
                String who = null;
                for (Scorecard card : panel.scorecards()) {
                    Rating rating = card.rating(criterion);
                    if (rating.isAssessed() && rating.value().getAsInt() < lowest) {
                        lowest = rating.value().getAsInt();
                        who = card.interviewerId();
                    }
                }
                if (who == null) {
                    return report.recommendation(Recommendation.INCOMPLETE).addStep(Finding.of("unassessed",
                            "Nobody assessed {criterion}", Map.of("criterion", criterion))).build();
                }
                if (lowest < bar) {
                    return report.recommendation(Recommendation.NO_HIRE).addStep(Finding.of("below-bar",
                            "{interviewer} rated {criterion} at {rating}, below the bar {bar}",
                            Map.of("interviewer", who, "criterion", criterion, "rating", lowest, "bar", bar))).build();
                }
            }
            return report.recommendation(Recommendation.HIRE).addStep(Finding.of("all-at-bar",
                    "Every rating of every criterion reaches the bar {bar}", Map.of("bar", bar))).build();
        };
    }
}
