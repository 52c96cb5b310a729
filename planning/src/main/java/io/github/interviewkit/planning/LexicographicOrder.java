package io.github.interviewkit.planning;

import io.github.interviewkit.planning.LoopModel.Levels;
import io.github.interviewkit.planning.LoopModel.Purpose;
import java.util.BitSet;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.search.SearchState;
import org.chocosolver.solver.search.loop.monitors.IMonitorInitialize;
import org.chocosolver.solver.variables.BoolVar;
import org.jspecify.annotations.Nullable;

/**
 * Objective (d): the lexicographically smallest of the plans that tie on (a) to (c), found choice
 * by choice on one solver model.
 *
 * <p>An interview's sorted list of question ids is smallest when, going through its candidates in
 * id order, it ends as early as it can, and otherwise takes each candidate it can. So, interview by
 * interview in loop order and candidate by candidate, the preferred choice is made if some plan
 * still exists with it: end the list here, else place this candidate, else skip it. The last plan
 * found (the <em>witness</em>) satisfies every choice made so far, so a choice it already makes
 * needs no search, nor does one that propagation at the root has settled; any other preferred
 * choice is checked by a search for a plan that makes it (fewest questions first, then fail first
 * on coverage), which either gives the next witness or proves the choice impossible. The choice
 * made is then posted for good. When every choice is made, the witness is the smallest plan.
 */
final class LexicographicOrder {
    private final Budget budget;
    private final Statistics statistics;
    private final LoopModel model;
    private final Solver solver;
    /** The root domains seen by the last search that found a plan: -1 undecided, else the value of each place variable. */
    private int[][] rootPlace;
    private int[] rootCountMin;
    private int[] rootCountMax;
    private boolean stopped;

    private LexicographicOrder(LoopModel model, Budget budget, Statistics statistics) {
        this.model = model;
        this.solver = model.model.getSolver();
        this.budget = budget;
        this.statistics = statistics;
        int interviews = model.place.length;
        rootPlace = new int[interviews][];
        for (int i = 0; i < interviews; i++) {
            rootPlace[i] = new int[model.place[i].length];
        }
        rootCountMin = new int[interviews];
        rootCountMax = new int[interviews];
    }

    /**
     * @return the smallest plan, complete if every choice was made; without a plan, complete if
     *     there is none and incomplete if the time ran out first
     */
    static PlanSearch.Run smallest(CompiledLoop loop, BitSet enabled, Levels levels, Budget budget, Statistics statistics) {
        return new LexicographicOrder(new LoopModel(loop, enabled, levels, Purpose.ORDER), budget, statistics).run();
    }

    private PlanSearch.Run run() {
        int interviews = model.place.length;
        int[][] witness = search(null);
        // One run for the statistics, however many searches the choices take.
        statistics.add(solver);
        if (witness == null) {
            return new PlanSearch.Run(null, !stopped, 0);
        }
        solver.reset();
        for (int i = 0; i < interviews; i++) {
            BoolVar[] place = model.place[i];
            int placed = 0;
            for (int k = 0; k <= place.length; k++) {
                // End the list here: preferred to any candidate, so checked first.
                if (witness[i].length == placed) {
                    break;
                }
                if (rootCountMin[i] <= placed && placed <= rootCountMax[i] && !refuted(i, placed)) {
                    int[][] ended = search(model.model.arithm(model.questionsIn[i], "=", placed));
                    if (stopped) {
                        return new PlanSearch.Run(witness, false, 0);
                    }
                    if (ended != null) {
                        witness = ended;
                        break;
                    }
                    // No plan ends the list at this length, whatever the later choices.
                    model.model.arithm(model.questionsIn[i], "!=", placed).post();
                }
                // Place candidate k, unless no plan does.
                if (rootPlace[i][k] < 0 && !contains(witness[i], k)) {
                    int[][] with = search(model.model.arithm(place[k], "=", 1));
                    if (stopped) {
                        return new PlanSearch.Run(witness, false, 0);
                    }
                    if (with != null) {
                        witness = with;
                    }
                }
                int value = contains(witness[i], k) ? 1 : 0;
                model.model.arithm(place[k], "=", value).post();
                placed += value;
            }
            model.model.arithm(model.questionsIn[i], "=", witness[i].length).post();
        }
        return new PlanSearch.Run(witness, true, 0);
    }

    /**
     * Searches for a plan with the choices posted so far and, if given, one more that is taken back
     * afterwards. A plan found is the new witness, and the root domains of its search are recorded
     * (they stay valid once its choice is posted for good, which is what happens to a choice that
     * has a plan).
     *
     * @return the plan's placements per interview, or {@code null} if there is none or the time ran out
     */
    private int @Nullable [][] search(@Nullable Constraint choice) {
        Solver running = solver;
        if (choice != null) {
            choice.post();
        }
        int[][] found = null;
        if (!budget.limit(running)) {
            stopped = true;
        } else {
            int[][] place = new int[rootPlace.length][];
            int[] countMin = new int[rootPlace.length];
            int[] countMax = new int[rootPlace.length];
            // Read the root domains once the initial propagation is done (only a plan found makes them current).
            IMonitorInitialize root = new IMonitorInitialize() {
                @Override
                public void afterInitialize(boolean consistent) {
                    for (int i = 0; consistent && i < place.length; i++) {
                        BoolVar[] variables = model.place[i];
                        place[i] = new int[variables.length];
                        for (int k = 0; k < variables.length; k++) {
                            place[i][k] = variables[k].isInstantiated() ? variables[k].getValue() : -1;
                        }
                        countMin[i] = model.questionsIn[i].getLB();
                        countMax[i] = model.questionsIn[i].getUB();
                    }
                }
            };
            running.plugMonitor(root);
            if (running.solve()) {
                found = model.chosen();
                rootPlace = place;
                rootCountMin = countMin;
                rootCountMax = countMax;
            } else if (running.getSearchState() != SearchState.TERMINATED) {
                stopped = true;
            }
            running.unplugMonitor(root);
            budget.spent(running);
            if (choice != null) {
                statistics.addSearch(running);
                running.reset();
            }
        }
        if (choice != null) {
            model.model.unpost(choice);
        }
        return found;
    }

    /** Lists the lengths proved impossible per interview, so that each is checked once. */
    private final java.util.Map<Integer, BitSet> refutedLengths = new java.util.HashMap<>();

    private boolean refuted(int interview, int length) {
        BitSet lengths = refutedLengths.computeIfAbsent(interview, i -> new BitSet());
        if (lengths.get(length)) {
            return true;
        }
        lengths.set(length);
        return false;
    }

    private static boolean contains(int[] positions, int position) {
        for (int p : positions) {
            if (p == position) {
                return true;
            }
        }
        return false;
    }
}
