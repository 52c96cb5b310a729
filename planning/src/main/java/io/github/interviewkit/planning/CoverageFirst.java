package io.github.interviewkit.planning;

import org.chocosolver.solver.search.strategy.selectors.variables.VariableSelector;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.jspecify.annotations.Nullable;

/**
 * The solver's choice of the next question to place when the fewest questions are sought: fail
 * first on coverage. Among the criteria that still lack interviewers, take the one with the fewest
 * undecided placements left that would add an interviewer to it; among those placements, the one
 * that fills the most missing (criterion, interviewer) pairs in total, then the longest question
 * (which leaves the least shortfall), then the earliest (interviews in loop order, questions by
 * id). Tried with value 1 first. Once every criterion has its interviewers, the longest question
 * still possible is placed next ({@link GreedyPlacement}), to fill the interviews' minutes. The
 * choice depends on the search state only.
 */
final class CoverageFirst implements VariableSelector<IntVar> {
    private final CompiledLoop loop;
    private final BoolVar[][] place;
    private final GreedyPlacement fill;
    /** {@code supports[c]}: the (interview, candidate position) pairs whose question lists criterion c, as {@code i, k, i, k, ...}. */
    private final int[][] supports;

    CoverageFirst(CompiledLoop loop, BoolVar[][] place) {
        this.loop = loop;
        this.place = place;
        this.fill = new GreedyPlacement(loop, place, true);
        int criteria = loop.criteria.size();
        supports = new int[criteria][];
        for (int c = 0; c < criteria; c++) {
            int count = 0;
            for (int i = 0; i < place.length; i++) {
                for (int k = 0; k < place[i].length; k++) {
                    count += loop.informs[loop.candidates[i][k]][c] ? 1 : 0;
                }
            }
            int[] pairs = new int[2 * count];
            int n = 0;
            for (int i = 0; i < place.length; i++) {
                for (int k = 0; k < place[i].length; k++) {
                    if (loop.informs[loop.candidates[i][k]][c]) {
                        pairs[n++] = i;
                        pairs[n++] = k;
                    }
                }
            }
            supports[c] = pairs;
        }
    }

    @Override
    public @Nullable IntVar getVariable(IntVar[] variables) {
        int criteria = loop.criteria.size();
        // sees[c][person]: the person already sees c through a placed question; need[c]: interviewers c still lacks.
        boolean[][] sees = new boolean[criteria][loop.interviewers.size()];
        int[] need = new int[criteria];
        for (int c = 0; c < criteria; c++) {
            int[] pairs = supports[c];
            for (int n = 0; n < pairs.length; n += 2) {
                if (place[pairs[n]][pairs[n + 1]].isInstantiatedTo(1)) {
                    for (int person : loop.interviewersOf[pairs[n]]) {
                        sees[c][person] = true;
                    }
                }
            }
            int seen = 0;
            for (boolean person : sees[c]) {
                seen += person ? 1 : 0;
            }
            need[c] = loop.weights.required[c] - seen;
        }
        int scarcest = -1;
        int fewest = Integer.MAX_VALUE;
        for (int c = 0; c < criteria; c++) {
            if (need[c] <= 0) {
                continue;
            }
            int ways = 0;
            int[] pairs = supports[c];
            for (int n = 0; n < pairs.length; n += 2) {
                if (!place[pairs[n]][pairs[n + 1]].isInstantiated() && added(sees[c], pairs[n]) > 0) {
                    ways++;
                }
            }
            if (ways > 0 && ways < fewest) {
                fewest = ways;
                scarcest = c;
            }
        }
        if (scarcest < 0) {
            return fill.getVariable(variables);
        }
        BoolVar best = null;
        int bestFilled = -1;
        int bestMinutes = -1;
        int[] pairs = supports[scarcest];
        for (int n = 0; n < pairs.length; n += 2) {
            int i = pairs[n];
            BoolVar candidate = place[i][pairs[n + 1]];
            if (candidate.isInstantiated() || added(sees[scarcest], i) == 0) {
                continue;
            }
            int question = loop.candidates[i][pairs[n + 1]];
            int filled = 0;
            for (int c = 0; c < criteria; c++) {
                if (need[c] > 0 && loop.informs[question][c]) {
                    filled += Math.min(added(sees[c], i), need[c]);
                }
            }
            int minutes = loop.minutes[question];
            if (filled > bestFilled || (filled == bestFilled && minutes > bestMinutes)) {
                best = candidate;
                bestFilled = filled;
                bestMinutes = minutes;
            }
        }
        return best;
    }

    /** @return how many of interview i's interviewers do not see the criterion yet */
    private int added(boolean[] sees, int interview) {
        int added = 0;
        for (int person : loop.interviewersOf[interview]) {
            added += sees[person] ? 0 : 1;
        }
        return added;
    }
}
