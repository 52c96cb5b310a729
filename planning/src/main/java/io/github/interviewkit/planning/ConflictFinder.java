package io.github.interviewkit.planning;

import java.util.BitSet;

/**
 * Narrows an impossible loop down to a conflict by deletion filtering: starting from every named
 * constraint, each one in turn is left out; if the solver still proves that no plan exists, it
 * stays out, otherwise it is needed and goes back in. What remains cannot hold together, and
 * without any one of its constraints a plan exists.
 *
 * <p>Constraints are tried from the last in presentation order to the first (bans, pins, then
 * each interview's length, limit and focus from the last interview to the first, then the
 * must-haves from the last to the first), so that when a loop has several conflicts, the one found
 * is made of must-haves and early interviews' constraints rather than of pins and bans.
 */
final class ConflictFinder {
    private ConflictFinder() {}

    static Conflict find(CompiledLoop loop, PlanSearch search) {
        BitSet conflict = search.allGroups();
        boolean minimal = true;
        for (int g = loop.groups.size() - 1; g >= 0; g--) {
            conflict.clear(g);
            Boolean feasible = search.feasible(conflict);
            if (feasible == null) {
                minimal = false;
                conflict.set(g);
            } else if (feasible) {
                conflict.set(g);
            }
        }
        return ConflictSentences.of(loop, conflict, minimal);
    }
}
