package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Pitfall;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The built-in rules, run on a {@link CompiledRubric}. One scorer serves the three built-in
 * strategies: the structured rule, the same rule with a bar-raiser veto, and the same rule behind
 * a sequence of hurdles. Each step appends a {@link Finding} to the trace.
 */
final class StructuredScorer implements PanelScorer {
    /** Which built-in rule the scorer runs. */
    enum Mode {
        STRUCTURED, BAR_RAISER, MULTIPLE_HURDLE
    }

    private final String strategyId;
    private final Mode mode;
    private final CompiledRubric rubric;

    StructuredScorer(String strategyId, Mode mode, CompiledRubric rubric) {
        this.strategyId = strategyId;
        this.mode = mode;
        this.rubric = rubric;
    }

    @Override
    public Report score(Panel panel) {
        List<Scorecard> cards = panel.scorecards();
        PanelRatings matrix = panel.ratings();
        PanelFigures figures = new PanelFigures(rubric, matrix, null);
        List<Finding> trace = new ArrayList<>(8 + rubric.criteriaCount);
        Recommendation recommendation = mode == Mode.MULTIPLE_HURDLE ? hurdles(cards, matrix, trace) : null;
        if (recommendation == null) {
            recommendation = decide(cards, matrix, figures, trace);
        }
        return new Report(strategyId, rubric.role.id(), panel.candidateId(), recommendation, figures.composite(),
                figures.hasComposite(), criteria(figures), coverage(figures), flags(cards, figures, recommendation),
                Collections.unmodifiableList(trace));
    }

    /** Runs the hurdles in order; returns the outcome if one stops the candidate, else null. */
    private Recommendation hurdles(List<Scorecard> cards, PanelRatings matrix, List<Finding> trace) {
        for (Hurdle hurdle : rubric.policy.hurdles()) {
            int[] stage = new int[cards.size()];
            int size = 0;
            for (int k = 0; k < cards.size(); k++) {
                if (cards.get(k).stage().equals(hurdle.stage())) {
                    stage[size++] = k;
                }
            }
            stage = Arrays.copyOf(stage, size);
            String stageId = hurdle.stage().id();
            if (size == 0) {
                trace.add(Finding.trusted("hurdle-missing", "No scorecard from stage {stage}: the candidate has not"
                        + " reached this hurdle yet, so the panel is incomplete", Parameters.of("stage", stageId)));
                return decision(trace, Recommendation.INCOMPLETE, "hurdle " + stageId + " not yet taken");
            }
            PanelFigures stageFigures = new PanelFigures(rubric, matrix, stage);
            if (!stageFigures.hasComposite()) {
                trace.add(Finding.trusted("hurdle-no-evidence", "The {scorecards} scorecards of stage {stage} assess"
                        + " no criterion, so the hurdle cannot be decided", Parameters.of("stage", stageId,
                        "scorecards", size)));
                return decision(trace, Recommendation.INCOMPLETE, "hurdle " + stageId + " without evidence");
            }
            CompiledRubric.Threshold cutOff = new CompiledRubric.Threshold(hurdle.cutOff());
            boolean passed = stageFigures.compareComposite(cutOff) >= 0;
            Map<String, Object> parameters = Parameters.of("stage", stageId, "composite", stageFigures.composite(),
                    "cutOff", hurdle.cutOff(), "scorecards", size);
            if (!passed) {
                trace.add(Finding.trusted("hurdle-failed", "Stage {stage}: composite {composite} of {scorecards}"
                        + " scorecards is below the cut-off {cutOff}; later stages do not count", parameters));
                return decision(trace, Recommendation.NO_HIRE, "hurdle " + stageId + " failed");
            }
            trace.add(Finding.trusted("hurdle-passed", "Stage {stage}: composite {composite} of {scorecards}"
                    + " scorecards reaches the cut-off {cutOff}", parameters));
        }
        return null;
    }

    /** The structured rule over the whole panel: gates, pitfalls, composite, thresholds. */
    private Recommendation decide(List<Scorecard> cards, PanelRatings matrix, PanelFigures figures,
                                  List<Finding> trace) {
        trace.add(Finding.trusted("aggregate", "Aggregated the ratings of {interviewers} interviewers"
                + " ({aggregation} unless a criterion overrides it): {assessed} of {criteria} criteria assessed",
                Parameters.of("interviewers", cards.size(), "aggregation", rubric.policy.aggregation().id(),
                        "assessed", figures.assessedCriteria, "criteria", rubric.criteriaCount)));
        for (int i = 0; i < rubric.criteriaCount; i++) {
            String id = rubric.criterionIds[i];
            if (figures.count[i] == 0) {
                trace.add(Finding.trusted("criterion-unassessed", "Criterion {criterion}: nobody assessed it",
                        Parameters.of("criterion", id)));
            } else {
                trace.add(Finding.trusted("criterion-aggregated", "Criterion {criterion}: {n} ratings, aggregate"
                        + " {aggregate} (min {min}, max {max}, spread {spread})", Parameters.of("criterion", id,
                        "n", figures.count[i], "aggregate", figures.aggregate[i], "min", figures.minimum[i],
                        "max", figures.maximum[i], "spread", figures.maximum[i] - figures.minimum[i])));
            }
        }
        boolean rejected = false;
        boolean incomplete = false;
        int gates = 0;
        for (int i = 0; i < rubric.criteriaCount; i++) {
            if (!rubric.gate[i]) {
                continue;
            }
            gates++;
            String id = rubric.criterionIds[i];
            if (figures.count[i] == 0) {
                incomplete = true;
                trace.add(Finding.trusted("must-have-unassessed", "Must-have {criterion} was assessed by nobody:"
                        + " without it the candidate cannot pass", Parameters.of("criterion", id,
                        "minimum", rubric.minimum[i])));
            } else if (figures.aggregateBelow(i, rubric.minimum[i])) {
                rejected = true;
                trace.add(Finding.trusted("must-have-failed", "Must-have {criterion}: aggregate {aggregate} is"
                        + " below the minimum {minimum}, which rejects the candidate whatever the composite",
                        Parameters.of("criterion", id, "aggregate", figures.aggregate[i], "minimum", rubric.minimum[i])));
            } else {
                trace.add(Finding.trusted("must-have-passed", "Must-have {criterion}: aggregate {aggregate}"
                        + " reaches the minimum {minimum}", Parameters.of("criterion", id,
                        "aggregate", figures.aggregate[i], "minimum", rubric.minimum[i])));
            }
        }
        if (gates == 0) {
            trace.add(Finding.trusted("must-have-none", "No criterion is a must-have, so no gate applies",
                    Parameters.of("criteria", rubric.criteriaCount)));
        }
        if (mode == Mode.BAR_RAISER) {
            rejected |= barRaiser(cards, matrix, figures, trace);
        }
        Recommendation cap = Recommendation.STRONG_HIRE;
        int[] observers = observers(cards);
        int observed = 0;
        for (int p = 0; p < observers.length; p++) {
            if (observers[p] == 0) {
                continue;
            }
            observed++;
            Pitfall pitfall = rubric.pitfalls[p];
            String id = pitfall.id();
            String severity = pitfall.severity().id();
            switch (rubric.pitfallAction[p]) {
                case VETO -> {
                    rejected = true;
                    trace.add(Finding.trusted("pitfall-veto", "Pitfall {pitfall} ({severity}, observed by"
                            + " {observers}) vetoes a hire", Parameters.of("pitfall", id, "severity", severity,
                            "observers", observers[p])));
                }
                case CAP -> {
                    cap = cap.atMost(rubric.policy.pitfallCap());
                    trace.add(Finding.trusted("pitfall-cap", "Pitfall {pitfall} ({severity}, observed by"
                            + " {observers}) caps the outcome at {cap}", Parameters.of("pitfall", id,
                            "severity", severity, "observers", observers[p], "cap", rubric.policy.pitfallCap().id())));
                }
                default -> trace.add(Finding.trusted("pitfall-noted", "Pitfall {pitfall} ({severity}, observed by"
                        + " {observers}) is noted; it does not change the outcome", Parameters.of("pitfall", id,
                        "severity", severity, "observers", observers[p])));
            }
        }
        if (observed == 0) {
            trace.add(Finding.trusted("pitfalls-none", "No interviewer observed a pitfall of the role",
                    Parameters.of("pitfalls", observers.length)));
        }
        Recommendation byThresholds = null;
        if (figures.hasComposite()) {
            byThresholds = thresholds(figures, trace);
        } else {
            incomplete = true;
            trace.add(Finding.trusted("no-evidence", "No criterion was assessed, so there is no composite",
                    Parameters.of("criteria", rubric.criteriaCount)));
        }
        if (rejected) {
            Recommendation outcome = byThresholds == null ? Recommendation.NO_HIRE
                    : byThresholds.atMost(Recommendation.NO_HIRE);
            return decision(trace, outcome, "rejected by a must-have or a veto");
        }
        if (incomplete) {
            return decision(trace, Recommendation.INCOMPLETE, "evidence a decision needs is missing");
        }
        Recommendation capped = byThresholds.atMost(cap);
        return decision(trace, capped, capped == byThresholds ? "composite thresholds"
                : "composite thresholds, capped by a pitfall");
    }

    private Recommendation thresholds(PanelFigures figures, List<Finding> trace) {
        Recommendation outcome;
        CompiledRubric.Threshold threshold;
        if (figures.compareComposite(rubric.strongHire) >= 0) {
            outcome = Recommendation.STRONG_HIRE;
            threshold = rubric.strongHire;
        } else if (figures.compareComposite(rubric.hire) >= 0) {
            outcome = Recommendation.HIRE;
            threshold = rubric.hire;
        } else if (figures.compareComposite(rubric.noHire) >= 0) {
            outcome = Recommendation.NO_HIRE;
            threshold = rubric.noHire;
        } else {
            outcome = Recommendation.STRONG_NO_HIRE;
            threshold = rubric.noHire;
        }
        trace.add(Finding.trusted("composite", "Weighted composite {composite} on the range 0..1 over {assessed}"
                + " assessed criteria", Parameters.of("composite", figures.composite(), "assessed", figures.assessedCriteria)));
        trace.add(Finding.trusted("threshold", outcome == Recommendation.STRONG_NO_HIRE
                ? "Composite {composite} is below the no-hire threshold {threshold}: {outcome}"
                : "Composite {composite} reaches the {outcome} threshold {threshold}",
                Parameters.of("composite", figures.composite(), "threshold", threshold.exact, "outcome", outcome.id())));
        return outcome;
    }

    /** A strongest "no" (the scale's lowest level) from any interviewer on a gated criterion blocks a hire. */
    private boolean barRaiser(List<Scorecard> cards, PanelRatings matrix, PanelFigures figures, List<Finding> trace) {
        boolean vetoed = false;
        for (int i = 0; i < rubric.criteriaCount; i++) {
            if (!rubric.gate[i] || figures.count[i] == 0 || figures.minimum[i] != rubric.lowest) {
                continue;
            }
            TreeSet<String> interviewers = new TreeSet<>();
            for (int k = 0; k < cards.size(); k++) {
                if (matrix.level(k, i) == rubric.lowest) {
                    interviewers.add(cards.get(k).interviewerId());
                }
            }
            vetoed = true;
            trace.add(Finding.trusted("bar-raiser-veto", "{interviewers} rated must-have {criterion} at the"
                    + " lowest level {rating}: a strongest no on a must-have blocks a hire",
                    Parameters.of("criterion", rubric.criterionIds[i], "rating", rubric.lowest,
                            "interviewers", List.copyOf(interviewers))));
        }
        if (!vetoed) {
            trace.add(Finding.trusted("bar-raiser-clear", "No interviewer rated a must-have at the lowest level"
                    + " {rating}", Parameters.of("rating", rubric.lowest)));
        }
        return vetoed;
    }

    private int[] observers(List<Scorecard> cards) {
        int[] observers = new int[rubric.pitfalls.length];
        for (Scorecard card : cards) {
            for (String pitfall : card.observedPitfalls()) {
                Integer index = rubric.pitfallIndex.get(pitfall);
                if (index != null) {
                    observers[index]++;
                }
            }
        }
        return observers;
    }

    private static Recommendation decision(List<Finding> trace, Recommendation outcome, String reason) {
        trace.add(Finding.trusted("decision", "Recommendation {recommendation}: {reason}",
                Parameters.of("recommendation", outcome.id(), "reason", reason)));
        return outcome;
    }

    private List<CriterionFigures> criteria(PanelFigures figures) {
        return ComputedList.of(rubric.criteriaCount, i -> CriterionFigures.trusted(rubric.criterionIds[i],
                figures.count[i], figures.aggregate[i], figures.minimum[i], figures.maximum[i]));
    }

    private List<CompetencyCoverage> coverage(PanelFigures figures) {
        return ComputedList.of(rubric.competencyIds.length, c -> {
            int[] criteria = rubric.competencyCriteria[c];
            List<String> all = rubric.competencyCriterionIds.get(c);
            int assessed = assessedCriteria(figures, c);
            List<String> assessedIds = all;
            if (assessed < criteria.length) {
                String[] ids = new String[assessed];
                int k = 0;
                for (int i : criteria) {
                    if (figures.count[i] > 0) {
                        ids[k++] = rubric.criterionIds[i];
                    }
                }
                assessedIds = List.of(ids);
            }
            return CompetencyCoverage.trusted(rubric.competencyIds[c], all, assessedIds);
        });
    }

    private List<Finding> flags(List<Scorecard> cards, PanelFigures figures, Recommendation outcome) {
        List<Finding> flags = new ArrayList<>(4);
        int spread = rubric.policy.disagreementSpread();
        for (int i = 0; i < rubric.criteriaCount; i++) {
            if (figures.count[i] >= 2 && figures.maximum[i] - figures.minimum[i] >= spread) {
                flags.add(Finding.trusted("criterion-disagreement", "Interviewers disagree on {criterion}: ratings"
                        + " from {minimum} to {maximum}, a spread of {spread} (flagged from {threshold})",
                        Parameters.of("criterion", rubric.criterionIds[i], "minimum", figures.minimum[i],
                                "maximum", figures.maximum[i], "spread", figures.maximum[i] - figures.minimum[i],
                                "threshold", spread)));
            }
        }
        if (outcome.isDecided()) {
            TreeSet<String> dissenters = null;
            int votes = 0;
            for (Scorecard card : cards) {
                if (card.vote().isPresent()) {
                    votes++;
                    if (card.vote().get().isHire() != outcome.isHire()) {
                        if (dissenters == null) {
                            dissenters = new TreeSet<>();
                        }
                        dissenters.add(card.interviewerId());
                    }
                }
            }
            if (dissenters != null) {
                flags.add(Finding.trusted("votes-disagree", "The outcome {recommendation} goes against the vote"
                        + " of {dissenters} of {votes} voting interviewers: {interviewers}",
                        Parameters.of("recommendation", outcome.id(), "dissenters", dissenters.size(), "votes", votes,
                                "interviewers", List.copyOf(dissenters))));
            }
        }
        List<String> uncovered = null;
        for (int c = 0; c < rubric.competencyIds.length; c++) {
            if (assessedCriteria(figures, c) == 0) {
                if (uncovered == null) {
                    uncovered = new ArrayList<>();
                }
                uncovered.add(rubric.competencyIds[c]);
            }
        }
        if (uncovered != null) {
            flags.add(Finding.trusted("uncovered-competencies", "No assessed criterion covers {competencies}",
                    Parameters.of("competencies", List.copyOf(uncovered))));
        }
        if (cards.size() < rubric.policy.minimumPanelSize()) {
            flags.add(Finding.trusted("small-panel", "The panel has {size} scorecards, fewer than the recommended"
                    + " {minimum}", Parameters.of("size", cards.size(), "minimum", rubric.policy.minimumPanelSize())));
        }
        return flags.isEmpty() ? List.of() : List.copyOf(flags);
    }

    /** @return how many of the criteria evaluating competency {@code c} someone assessed */
    private int assessedCriteria(PanelFigures figures, int c) {
        int assessed = 0;
        for (int i : rubric.competencyCriteria[c]) {
            if (figures.count[i] > 0) {
                assessed++;
            }
        }
        return assessed;
    }

    @Override
    public String toString() {
        return strategyId + " scorer for role " + rubric.role.id() + Arrays.toString(rubric.criterionIds);
    }
}
