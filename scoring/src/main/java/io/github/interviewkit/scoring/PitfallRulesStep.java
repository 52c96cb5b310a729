package io.github.interviewkit.scoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The pitfall rules: each pitfall of the role that an interviewer observed does what the policy
 * sets for its severity, a veto (rejects), a cap (the outcome is at most the policy's pitfall
 * cap) or a note (recorded only).
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

    /** @return how many interviewers observed each pitfall of the role, or {@code null} if none observed any */
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
}
