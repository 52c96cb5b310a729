package io.github.interviewkit.scoring;

import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The pitfall rules: each pitfall of the role that an interviewer observed does what the policy
 * sets for its severity, a veto (rejects), a cap (the outcome is at most the policy's pitfall
 * cap) or a note (recorded only). Its finding names the interviewers who observed it and counts
 * them, each once however many of their scorecards note it.
 */
final class PitfallRulesStep extends BuiltInStep {
    static final PitfallRulesStep INSTANCE = new PitfallRulesStep();

    private PitfallRulesStep() {
        super(ScoringSteps.PITFALL_RULES);
    }

    @Override
    public void run(ScoringState state) {
        CompiledRubric rubric = state.rubric;
        int @Nullable [] observers = observers(state);
        if (observers == null) {
            state.record(FindingMessage.PITFALLS_NONE, 0, 0);
            return;
        }
        for (int p = 0; p < observers.length; p++) {
            if (observers[p] == 0) {
                continue;
            }
            switch (rubric.pitfallAction[p]) {
                case VETO -> {
                    state.reject();
                    state.record(FindingMessage.PITFALL_VETO, p, observers[p]);
                }
                case CAP -> {
                    state.capAt(rubric.pitfallCap);
                    state.record(FindingMessage.PITFALL_CAP, p, observers[p]);
                }
                default -> state.record(FindingMessage.PITFALL_NOTED, p, observers[p]);
            }
        }
    }

    /** @return how many scorecards note each pitfall of the role, or {@code null} if none notes any */
    private static int @Nullable [] observers(ScoringState state) {
        CompiledRubric rubric = state.rubric;
        List<Scorecard> cards = state.cards;
        int @Nullable [] observers = null;
        for (int k = 0; k < cards.size(); k++) {
            List<String> observed = cards.get(k).observedPitfalls();
            for (int o = 0; o < observed.size(); o++) {
                Integer index = rubric.pitfallIndex.get(observed.get(o));
                if (index != null) {
                    if (observers == null) {
                        observers = new int[rubric.pitfalls.length];
                    }
                    observers[index]++;
                }
            }
        }
        return observers;
    }

    /**
     * Returns the parameters of a pitfall's finding: the pitfall, its severity, how many
     * interviewers observed it and their ids in id order, then the policy's cap if {@code capped}.
     */
    static Object[] values(ScoringState state, int pitfall, boolean capped) {
        String id = state.rubric.pitfalls[pitfall].id();
        TreeSet<String> observedBy = new TreeSet<>();
        for (Scorecard card : state.cards) {
            if (card.observedPitfalls().contains(id)) {
                observedBy.add(card.interviewerId());
            }
        }
        String severity = state.rubric.pitfalls[pitfall].severity().id();
        List<String> names = List.copyOf(observedBy);
        return capped ? new Object[] {id, severity, names.size(), names, state.rubric.pitfallCap.id()}
                : new Object[] {id, severity, names.size(), names};
    }
}
