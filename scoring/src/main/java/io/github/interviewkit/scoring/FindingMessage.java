package io.github.interviewkit.scoring;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    AGGREGATE("aggregate", "", List.of(plain("interviewers"), term(Kind.AGGREGATION, "aggregation"),
            plain("assessed"), plain("criteria")),
            (s, subject, value) -> values(s.panel.interviewerIds().size(), s.rubric.policy.aggregation().id(),
                    s.figures().assessedCriteria, s.rubric.criteriaCount)),
    CRITERION_UNASSESSED("criterion-unassessed", "", List.of(criterion()),
            (s, i, value) -> values(s.rubric.criterionIds[i])),
    CRITERION_AGGREGATED("criterion-aggregated", "", List.of(criterion(), plain("n"), plain("aggregate"),
            level("min"), level("max"), plain("spread")),
            (s, i, value) -> {
                PanelFigures figures = s.figures();
                return values(s.rubric.criterionIds[i], figures.count(i), figures.aggregate(i), figures.minimum(i),
                        figures.maximum(i), figures.maximum(i) - figures.minimum(i));
            }),
    MUST_HAVE_UNASSESSED("must-have-unassessed", "", List.of(criterion(), level("minimum")),
            (s, i, value) -> values(s.rubric.criterionIds[i], s.rubric.minimum[i])),
    MUST_HAVE_FAILED("must-have-failed", "", List.of(criterion(), plain("aggregate"), level("minimum")),
            (s, i, value) -> values(s.rubric.criterionIds[i], s.figures().aggregate(i), s.rubric.minimum[i])),
    MUST_HAVE_PASSED("must-have-passed", "", List.of(criterion(), plain("aggregate"), level("minimum")),
            (s, i, value) -> values(s.rubric.criterionIds[i], s.figures().aggregate(i), s.rubric.minimum[i])),
    MUST_HAVE_NONE("must-have-none", "", List.of(plain("criteria")),
            (s, subject, value) -> values(s.rubric.criteriaCount)),
    BAR_RAISER_VETO("bar-raiser-veto", "", List.of(criterion(), level("rating"), interviewers("interviewers")),
            (s, i, value) -> values(s.rubric.criterionIds[i], s.rubric.lowest, BarRaiserVetoStep.lowestRaters(s, i))),
    BAR_RAISER_CLEAR("bar-raiser-clear", "", List.of(level("rating")),
            (s, subject, value) -> values(s.rubric.lowest)),
    PITFALL_VETO("pitfall-veto", "", pitfall(), (s, p, value) -> PitfallRulesStep.values(s, p, false)),
    PITFALL_CAP("pitfall-cap", "", pitfallCapped(), (s, p, value) -> PitfallRulesStep.values(s, p, true)),
    PITFALL_NOTED("pitfall-noted", "", pitfall(), (s, p, value) -> PitfallRulesStep.values(s, p, false)),
    PITFALLS_NONE("pitfalls-none", "", List.of(plain("pitfalls")),
            (s, subject, value) -> values(s.rubric.pitfalls.length)),
    HURDLE_MISSING("hurdle-missing", "", List.of(term(Kind.STAGE, "stage")),
            (s, result, value) -> values(HurdlesStep.stage(s, result))),
    HURDLE_NO_EVIDENCE("hurdle-no-evidence", "", List.of(term(Kind.STAGE, "stage"), plain("scorecards")),
            (s, result, scorecards) -> values(HurdlesStep.stage(s, result), scorecards)),
    HURDLE_FAILED("hurdle-failed", "", hurdle(), (s, result, value) -> HurdlesStep.outcome(s, result)),
    HURDLE_PASSED("hurdle-passed", "", hurdle(), (s, result, value) -> HurdlesStep.outcome(s, result)),
    NO_EVIDENCE("no-evidence", "", List.of(plain("criteria")),
            (s, subject, value) -> values(s.rubric.criteriaCount)),
    COMPOSITE("composite", "", List.of(plain("composite"), plain("assessed")),
            (s, subject, value) -> values(s.figures().composite, s.figures().assessedCriteria)),
    THRESHOLD_REACHED("threshold", "", threshold(),
            (s, threshold, outcome) -> ThresholdsStep.values(s, threshold, outcome)),
    THRESHOLD_BELOW("threshold", "below", threshold(),
            (s, threshold, outcome) -> ThresholdsStep.values(s, threshold, outcome)),
    /** A decision with a reason given by a step outside the library, kept as text. */
    DECISION("decision", "", decision(),
            (s, reason, outcome) -> values(outcome(outcome), s.extra(reason))),
    DECISION_REJECTED("decision", "rejected", decision(),
            (s, subject, outcome) -> values(outcome(outcome), "rejected by a must-have or a veto")),
    DECISION_INCOMPLETE("decision", "incomplete", decision(),
            (s, subject, outcome) -> values(outcome(outcome),
                    "evidence a decision needs is missing")),
    DECISION_THRESHOLDS("decision", "thresholds", decision(),
            (s, subject, outcome) -> values(outcome(outcome), "composite thresholds")),
    DECISION_CAPPED("decision", "capped", decision(),
            (s, subject, outcome) -> values(outcome(outcome),
                    "composite thresholds, capped by a pitfall")),
    DECISION_HURDLE_MISSING("decision", "hurdle-missing", decision(),
            (s, result, outcome) -> values(outcome(outcome),
                    "hurdle " + HurdlesStep.stage(s, result) + " not yet taken")),
    DECISION_HURDLE_NO_EVIDENCE("decision", "hurdle-no-evidence", decision(),
            (s, result, outcome) -> values(outcome(outcome),
                    "hurdle " + HurdlesStep.stage(s, result) + " without evidence")),
    DECISION_HURDLE_FAILED("decision", "hurdle-failed", decision(),
            (s, result, outcome) -> values(outcome(outcome),
                    "hurdle " + HurdlesStep.stage(s, result) + " failed")),
    CRITERION_DISAGREEMENT("criterion-disagreement", "",
            List.of(criterion(), level("minimum"), level("maximum"), plain("spread"), plain("threshold"),
                    interviewers("lowest"), interviewers("highest")),
            (s, i, value) -> {
                PanelFigures figures = s.figures();
                return values(s.rubric.criterionIds[i], figures.minimum(i), figures.maximum(i),
                        figures.maximum(i) - figures.minimum(i), s.rubric.disagreementSpread,
                        BarRaiserVetoStep.raters(s, i, figures.minimum(i)),
                        BarRaiserVetoStep.raters(s, i, figures.maximum(i)));
            }),
    VOTES_DISAGREE("votes-disagree", "", List.of(term(Kind.OUTCOME, "recommendation"), plain("dissenters"),
            plain("votes"), interviewers("interviewers")),
            (s, subject, outcome) -> FlagsStep.votes(s, Recommendation.values()[outcome])),
    UNCOVERED_COMPETENCIES("uncovered-competencies", "", List.of(new Parameter("competencies", Kind.COMPETENCIES),
            plain("uncovered")),
            (s, subject, value) -> {
                List<String> uncovered = FlagsStep.uncovered(s);
                return values(uncovered, uncovered.size());
            }),
    SMALL_PANEL("small-panel", "", List.of(plain("size"), plain("minimum")),
            (s, subject, value) -> values(s.panel.interviewerIds().size(), s.rubric.minimumPanelSize));

    /**
     * What a parameter's value is, and so how a text shows it: as it is, as the name of the role's
     * criterion, pitfall or competencies, or of interviewers ({@link FindingNames}), as a rating
     * level with its label, or as a term of the bundles (an outcome, a severity, a stage, an
     * aggregation).
     */
    enum Kind {
        PLAIN(""), CRITERION(""), PITFALL(""), COMPETENCIES(""), INTERVIEWERS(""), LEVEL(""),
        OUTCOME("term.outcome."), SEVERITY("term.severity."), STAGE("term.stage."),
        AGGREGATION("term.aggregation.");

        /** The prefix of the bundle keys of this kind's terms, the id following; empty for the others. */
        final String terms;

        Kind(String terms) {
            this.terms = terms;
        }
    }

    /** A parameter of a finding: its name and its kind. */
    record Parameter(String name, Kind kind) {}

    private static Parameter plain(String name) {
        return new Parameter(name, Kind.PLAIN);
    }

    private static Parameter criterion() {
        return new Parameter("criterion", Kind.CRITERION);
    }

    private static Parameter level(String name) {
        return new Parameter(name, Kind.LEVEL);
    }

    private static Parameter interviewers(String name) {
        return new Parameter(name, Kind.INTERVIEWERS);
    }

    private static Parameter term(Kind kind, String name) {
        return new Parameter(name, kind);
    }

    private static List<Parameter> pitfall() {
        return List.of(new Parameter("pitfall", Kind.PITFALL), term(Kind.SEVERITY, "severity"), plain("observers"),
                interviewers("observedBy"));
    }

    private static List<Parameter> pitfallCapped() {
        return List.of(new Parameter("pitfall", Kind.PITFALL), term(Kind.SEVERITY, "severity"), plain("observers"),
                interviewers("observedBy"), term(Kind.OUTCOME, "cap"));
    }

    private static List<Parameter> hurdle() {
        return List.of(term(Kind.STAGE, "stage"), plain("composite"), plain("cutOff"), plain("scorecards"));
    }

    private static List<Parameter> threshold() {
        return List.of(plain("composite"), plain("threshold"), term(Kind.OUTCOME, "outcome"));
    }

    private static List<Parameter> decision() {
        return List.of(term(Kind.OUTCOME, "recommendation"), plain("reason"));
    }

    /** The values of a finding's parameters, in the order of {@link #parameters}. */
    @FunctionalInterface
    interface Values {
        Object[] of(ScoringState state, int subject, int value);
    }

    final String code;
    final String key;
    /** The names of the parameters, in order. */
    final List<String> parameters;
    /** The kind of each parameter, by name. */
    final Map<String, Kind> kinds;
    private final Values values;

    FindingMessage(String code, String variant, List<Parameter> parameters, Values values) {
        this.code = code;
        this.key = variant.isEmpty() ? code : code + "." + variant;
        this.parameters = parameters.stream().map(Parameter::name).toList();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            kinds.put(parameter.name(), parameter.kind());
        }
        this.kinds = Collections.unmodifiableMap(kinds);
        this.values = values;
    }

    /** @return the kinds of the parameters of a bundle key's built-in finding; empty if no built-in finding has that key */
    static Map<String, Kind> kinds(String key) {
        @Nullable FindingMessage message = ByKey.MESSAGES.get(key);
        return message == null ? Map.of() : message.kinds;
    }

    /** The built-in findings by message key, made when first asked for, after the constants. */
    private static final class ByKey {
        static final Map<String, FindingMessage> MESSAGES = byKey();

        private static Map<String, FindingMessage> byKey() {
            Map<String, FindingMessage> messages = new HashMap<>();
            for (FindingMessage message : values()) {
                messages.put(message.key, message);
            }
            return Map.copyOf(messages);
        }
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
