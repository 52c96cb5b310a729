package io.github.interviewkit.planning;

import java.util.Arrays;
import org.chocosolver.solver.search.strategy.selectors.variables.VariableSelector;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.jspecify.annotations.Nullable;

/**
 * The solver's choice of the next question to place: the one that adds the most weighted coverage
 * given what is placed so far, and once nothing adds coverage, the longest one that is still
 * possible. Tried with value 1 first, the search's first dive is this greedy plan, and
 * backtracking revises its last choices first. Ties go to the earliest variable (interviews in
 * loop order, questions by id), so the choice depends on the search state only. Made longest
 * first, it takes the longest question still possible, then the one adding the most coverage:
 * {@link CoverageFirst} fills the minutes that way once every criterion has its interviewers.
 */
final class GreedyPlacement implements VariableSelector<IntVar> {
    private final CompiledLoop loop;
    private final BoolVar[][] place;
    /** For the variable at position n of the decision array, its interview and candidate position. */
    private final int[] interviewOf;
    private final int[] candidateOf;

    private final boolean longestFirst;

    GreedyPlacement(CompiledLoop loop, BoolVar[][] place, boolean longestFirst) {
        this.longestFirst = longestFirst;
        this.loop = loop;
        this.place = place;
        int count = 0;
        for (BoolVar[] interview : place) {
            count += interview.length;
        }
        interviewOf = new int[count];
        candidateOf = new int[count];
        int n = 0;
        for (int i = 0; i < place.length; i++) {
            for (int k = 0; k < place[i].length; k++) {
                interviewOf[n] = i;
                candidateOf[n] = k;
                n++;
            }
        }
    }

    /** @return the decision variables in the order this selector indexes them */
    static BoolVar[] decisions(BoolVar[][] place) {
        return Arrays.stream(place).flatMap(Arrays::stream).toArray(BoolVar[]::new);
    }

    @Override
    public @Nullable IntVar getVariable(IntVar[] variables) {
        boolean[][] sees = seesSoFar();
        int best = -1;
        long bestGain = 0;
        int bestMinutes = -1;
        for (int n = 0; n < variables.length; n++) {
            if (variables[n].isInstantiated()) {
                continue;
            }
            int i = interviewOf[n];
            int q = loop.candidates[i][candidateOf[n]];
            long gain = gain(sees, i, q);
            int minutes = loop.minutes[q];
            boolean better = longestFirst
                    ? minutes > bestMinutes || (minutes == bestMinutes && gain > bestGain)
                    : gain > bestGain || (gain == bestGain && minutes > bestMinutes);
            if (best < 0 || better) {
                best = n;
                bestGain = gain;
                bestMinutes = minutes;
            }
        }
        return best < 0 ? null : variables[best];
    }

    /** sees[c][person]: the person already sees criterion c through a question placed so far. */
    private boolean[][] seesSoFar() {
        boolean[][] sees = new boolean[loop.criteria.size()][loop.interviewers.size()];
        for (int i = 0; i < place.length; i++) {
            for (int k = 0; k < place[i].length; k++) {
                if (place[i][k].isInstantiatedTo(1)) {
                    boolean[] informs = loop.informs[loop.candidates[i][k]];
                    for (int c = 0; c < informs.length; c++) {
                        if (informs[c]) {
                            for (int person : loop.interviewersOf[i]) {
                                sees[c][person] = true;
                            }
                        }
                    }
                }
            }
        }
        return sees;
    }

    /** The scaled coverage placing question q in interview i would add. */
    private long gain(boolean[][] sees, int interview, int question) {
        long gain = 0;
        boolean[] informs = loop.informs[question];
        for (int c = 0; c < informs.length; c++) {
            if (!informs[c]) {
                continue;
            }
            int seen = 0;
            for (boolean person : sees[c]) {
                seen += person ? 1 : 0;
            }
            int added = 0;
            for (int person : loop.interviewersOf[interview]) {
                added += sees[c][person] ? 0 : 1;
            }
            int required = loop.weights.required[c];
            gain += (long) loop.weights.scaled[c] * (Math.min(seen + added, required) - Math.min(seen, required));
        }
        return gain;
    }
}
