package io.github.interviewkit.scoring;

import java.util.List;

/**
 * Every finding the built-in steps make, in one place: its code, the key of its message in the
 * {@code Findings} bundles (the code, or the code and a variant where one code has several
 * texts), the names of its parameters in order, and how their values follow from a compact entry
 * of a {@link ScoringState}'s trace or flags.
 *
 * <p>The built-in steps record a finding as a number (this constant, a subject such as a
 * criterion's position, and a value); the {@link Finding} object, its parameters and its text are
 * made only when a caller reads the report. The values are computed from the figures, the
 * compiled rubric and the panel, which do not change once scored.
 */
enum FindingMessage {
    AGGREGATE("aggregate", "", List.of("interviewers", "aggregation", "assessed", "criteria"),
            (s, subject, value) -> values(s.panel.interviewerIds().size(), s.rubric.policy.aggregation().id(),
                    s.figures().assessedCriteria, s.rubric.criteriaCount)),
    CRITERION_UNASSESSED("criterion-unassessed", "", List.of("criterion"),
            (s, i, value) -> values(s.rubric.criterionIds[i])),
    CRITERION_AGGREGATED("criterion-aggregated", "", List.of("criterion", "n", "aggregate", "min", "max", "spread"),
            (s, i, value) -> {
                PanelFigures figures = s.figures();
                return values(s.rubric.criterionIds[i], figures.count(i), figures.aggregate(i), figures.minimum(i),
                        figures.maximum(i), figures.maximum(i) - figures.minimum(i));
            }),
    MUST_HAVE_UNASSESSED("must-have-unassessed", "", List.of("criterion", "minimum"),
            (s, i, value) -> values(s.rubric.criterionIds[i], s.rubric.minimum[i])),
    MUST_HAVE_FAILED("must-have-failed", "", List.of("criterion", "aggregate", "minimum"),
            (s, i, value) -> values(s.rubric.criterionIds[i], s.figures().aggregate(i), s.rubric.minimum[i])),
    MUST_HAVE_PASSED("must-have-passed", "", List.of("criterion", "aggregate", "minimum"),
            (s, i, value) -> values(s.rubric.criterionIds[i], s.figures().aggregate(i), s.rubric.minimum[i])),
    MUST_HAVE_NONE("must-have-none", "", List.of("criteria"),
            (s, subject, value) -> values(s.rubric.criteriaCount)),
    BAR_RAISER_VETO("bar-raiser-veto", "", List.of("criterion", "rating", "interviewers"),
            (s, i, value) -> values(s.rubric.criterionIds[i], s.rubric.lowest, BarRaiserVetoStep.lowestRaters(s, i))),
    BAR_RAISER_CLEAR("bar-raiser-clear", "", List.of("rating"),
            (s, subject, value) -> values(s.rubric.lowest)),
    PITFALL_VETO("pitfall-veto", "", List.of("pitfall", "severity", "observers"),
            (s, p, observers) -> values(s.rubric.pitfalls[p].id(), s.rubric.pitfalls[p].severity().id(), observers)),
    PITFALL_CAP("pitfall-cap", "", List.of("pitfall", "severity", "observers", "cap"),
            (s, p, observers) -> values(s.rubric.pitfalls[p].id(), s.rubric.pitfalls[p].severity().id(), observers,
                    s.rubric.pitfallCap.id())),
    PITFALL_NOTED("pitfall-noted", "", List.of("pitfall", "severity", "observers"),
            (s, p, observers) -> values(s.rubric.pitfalls[p].id(), s.rubric.pitfalls[p].severity().id(), observers)),
    PITFALLS_NONE("pitfalls-none", "", List.of("pitfalls"),
            (s, subject, value) -> values(s.rubric.pitfalls.length)),
    HURDLE_MISSING("hurdle-missing", "", List.of("stage"),
            (s, result, value) -> values(HurdlesStep.stage(s, result))),
    HURDLE_NO_EVIDENCE("hurdle-no-evidence", "", List.of("stage", "scorecards"),
            (s, result, scorecards) -> values(HurdlesStep.stage(s, result), scorecards)),
    HURDLE_FAILED("hurdle-failed", "", List.of("stage", "composite", "cutOff", "scorecards"),
            (s, result, value) -> HurdlesStep.outcome(s, result)),
    HURDLE_PASSED("hurdle-passed", "", List.of("stage", "composite", "cutOff", "scorecards"),
            (s, result, value) -> HurdlesStep.outcome(s, result)),
    NO_EVIDENCE("no-evidence", "", List.of("criteria"),
            (s, subject, value) -> values(s.rubric.criteriaCount)),
    COMPOSITE("composite", "", List.of("composite", "assessed"),
            (s, subject, value) -> values(s.figures().composite, s.figures().assessedCriteria)),
    THRESHOLD_REACHED("threshold", "", List.of("composite", "threshold", "outcome"),
            (s, threshold, outcome) -> ThresholdsStep.values(s, threshold, outcome)),
    THRESHOLD_BELOW("threshold", "below", List.of("composite", "threshold", "outcome"),
            (s, threshold, outcome) -> ThresholdsStep.values(s, threshold, outcome)),
    /** A decision with a reason given by a step outside the library, kept as text. */
    DECISION("decision", "", List.of("recommendation", "reason"),
            (s, reason, outcome) -> values(outcome(outcome), s.extra(reason))),
    DECISION_REJECTED("decision", "rejected", List.of("recommendation", "reason"),
            (s, subject, outcome) -> values(outcome(outcome), "rejected by a must-have or a veto")),
    DECISION_INCOMPLETE("decision", "incomplete", List.of("recommendation", "reason"),
            (s, subject, outcome) -> values(outcome(outcome),
                    "evidence a decision needs is missing")),
    DECISION_THRESHOLDS("decision", "thresholds", List.of("recommendation", "reason"),
            (s, subject, outcome) -> values(outcome(outcome), "composite thresholds")),
    DECISION_CAPPED("decision", "capped", List.of("recommendation", "reason"),
            (s, subject, outcome) -> values(outcome(outcome),
                    "composite thresholds, capped by a pitfall")),
    DECISION_HURDLE_MISSING("decision", "hurdle-missing", List.of("recommendation", "reason"),
            (s, result, outcome) -> values(outcome(outcome),
                    "hurdle " + HurdlesStep.stage(s, result) + " not yet taken")),
    DECISION_HURDLE_NO_EVIDENCE("decision", "hurdle-no-evidence", List.of("recommendation", "reason"),
            (s, result, outcome) -> values(outcome(outcome),
                    "hurdle " + HurdlesStep.stage(s, result) + " without evidence")),
    DECISION_HURDLE_FAILED("decision", "hurdle-failed", List.of("recommendation", "reason"),
            (s, result, outcome) -> values(outcome(outcome),
                    "hurdle " + HurdlesStep.stage(s, result) + " failed")),
    CRITERION_DISAGREEMENT("criterion-disagreement", "",
            List.of("criterion", "minimum", "maximum", "spread", "threshold"),
            (s, i, value) -> {
                PanelFigures figures = s.figures();
                return values(s.rubric.criterionIds[i], figures.minimum(i), figures.maximum(i),
                        figures.maximum(i) - figures.minimum(i), s.rubric.disagreementSpread);
            }),
    VOTES_DISAGREE("votes-disagree", "", List.of("recommendation", "dissenters", "votes", "interviewers"),
            (s, subject, outcome) -> FlagsStep.votes(s, Recommendation.values()[outcome])),
    UNCOVERED_COMPETENCIES("uncovered-competencies", "", List.of("competencies"),
            (s, subject, value) -> values(FlagsStep.uncovered(s))),
    SMALL_PANEL("small-panel", "", List.of("size", "minimum"),
            (s, subject, value) -> values(s.panel.interviewerIds().size(), s.rubric.minimumPanelSize));

    /** The values of a finding's parameters, in the order of {@link #parameters}. */
    @FunctionalInterface
    interface Values {
        Object[] of(ScoringState state, int subject, int value);
    }

    final String code;
    final String key;
    final List<String> parameters;
    private final Values values;

    FindingMessage(String code, String variant, List<String> parameters, Values values) {
        this.code = code;
        this.key = variant.isEmpty() ? code : code + "." + variant;
        this.parameters = parameters;
        this.values = values;
    }

    /** Makes the finding of a compact entry. */
    Finding finding(ScoringState state, int subject, int value) {
        Object[] of = values.of(state, subject, value);
        if (of.length != parameters.size()) {
            throw new IllegalStateException(key + " has the parameters " + parameters + " but " + of.length + " values");
        }
        Object[] namesAndValues = new Object[2 * of.length];
        for (int p = 0; p < of.length; p++) {
            namesAndValues[2 * p] = parameters.get(p);
            namesAndValues[2 * p + 1] = of[p];
        }
        return Finding.builtIn(this, Parameters.of(namesAndValues));
    }

    private static Object[] values(Object... values) {
        return values;
    }

    /** @return the id of the outcome with an ordinal, as a compact entry keeps it */
    static String outcome(int ordinal) {
        return Recommendation.values()[ordinal].id();
    }
}
