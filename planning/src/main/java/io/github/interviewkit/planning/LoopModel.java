package io.github.interviewkit.planning;

import io.github.interviewkit.planning.CompiledLoop.Group;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Settings;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.search.strategy.selectors.values.IntDomainMax;
import org.chocosolver.solver.search.strategy.strategy.AbstractStrategy;
import org.chocosolver.solver.search.strategy.strategy.IntStrategy;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.jspecify.annotations.Nullable;

/**
 * The Choco-solver model of a loop, built in Choco's order: model, variables, constraints,
 * objective, search. One is built per part of the objective (with the values already proved for
 * the parts before it fixed), or per feasibility check with some named constraints left out while a
 * conflict is narrowed down.
 */
final class LoopModel {
    /** What a run of the solver is for. */
    enum Purpose {
        /** Maximise objective (a). */
        COVERAGE,
        /** Maximise objective (b), with (a) fixed. */
        MINUTES,
        /** Minimise objective (c), with (a) and (b) fixed. */
        QUESTIONS,
        /**
         * Find plans with (a) to (c) fixed; {@link LexicographicOrder} adds the choices, one by one,
         * that make the last plan found the lexicographically smallest (d).
         */
        ORDER,
        /** Find any plan. */
        FEASIBILITY
    }

    /** The values proved for the earlier parts of the objective, or {@code null} where not fixed. */
    record Levels(@Nullable Integer coverage, @Nullable Integer minutes, @Nullable Integer questions) {
        static final Levels NONE = new Levels(null, null, null);
    }

    final Model model;
    /** {@code place[i][k]}: candidate k of interview i is placed in interview i. */
    final BoolVar[][] place;
    final IntVar coverage;
    final IntVar totalMinutes;
    final IntVar totalQuestions;
    /** {@code questionsIn[i]}: the number of questions placed in interview i. */
    final IntVar[] questionsIn;

    LoopModel(CompiledLoop loop, BitSet enabled, Levels levels, Purpose purpose) {
        // The model. Production settings: no model checks, and nothing is ever printed. No table
        // substitution: Choco would otherwise turn the small sums (seen(c), at most once) into tables,
        // whose tuples took seconds to build for a 300-question bank (20 to 60 ms without).
        model = new Model("interview loop for " + loop.problem.role().id(),
                Settings.prod().setEnableTableSubstitution(false));
        int interviews = loop.candidates.length;
        int criteria = loop.criteria.size();

        // Variables: the decisions, then what follows from them.
        place = new BoolVar[interviews][];
        IntVar[] minutesIn = new IntVar[interviews];
        questionsIn = new IntVar[interviews];
        for (int i = 0; i < interviews; i++) {
            String interview = loop.interview(i).id();
            int[] candidates = loop.candidates[i];
            place[i] = new BoolVar[candidates.length];
            for (int k = 0; k < candidates.length; k++) {
                place[i][k] = model.boolVar("place " + loop.questions.get(candidates[k]).id() + " in " + interview);
            }
            minutesIn[i] = model.intVar("minutes of " + interview, 0, Arrays.stream(minutesOf(loop, i)).sum());
            questionsIn[i] = model.intVar("questions of " + interview, 0, candidates.length);
        }
        // holds[c][i]: interview i holds a placed question listing criterion c (null: it cannot).
        @Nullable BoolVar[][] holds = new BoolVar[criteria][interviews];
        IntVar[] seen = new IntVar[criteria];
        IntVar[] credit = new IntVar[criteria];
        List<Runnable> definitions = new ArrayList<>();
        for (int c = 0; c < criteria; c++) {
            String criterion = loop.criteria.get(c).id();
            for (int i = 0; i < interviews; i++) {
                BoolVar[] onCriterion = onCriterion(loop, i, c);
                if (onCriterion.length == 1) {
                    holds[c][i] = onCriterion[0];
                } else if (onCriterion.length > 1) {
                    BoolVar holding = model.boolVar(loop.interview(i).id() + " holds a question on " + criterion);
                    holds[c][i] = holding;
                    definitions.add(() -> model.max(holding, onCriterion).post());
                }
            }
            List<BoolVar> sees = new ArrayList<>();
            for (int person = 0; person < loop.interviewers.size(); person++) {
                List<BoolVar> through = new ArrayList<>();
                for (int i = 0; i < interviews; i++) {
                    BoolVar holding = holds[c][i];
                    if (holding != null && contains(loop.interviewersOf[i], person)) {
                        through.add(holding);
                    }
                }
                if (through.size() == 1) {
                    sees.add(through.get(0));
                } else if (through.size() > 1) {
                    BoolVar seeing = model.boolVar(loop.interviewers.get(person) + " sees " + criterion);
                    BoolVar[] ways = through.toArray(BoolVar[]::new);
                    definitions.add(() -> model.max(seeing, ways).post());
                    sees.add(seeing);
                }
            }
            BoolVar[] seers = sees.toArray(BoolVar[]::new);
            seen[c] = model.intVar("seen(" + criterion + ")", 0, seers.length);
            credit[c] = model.intVar("min(seen, required)(" + criterion + ")", 0, loop.weights.required[c]);
            int index = c;
            definitions.add(() -> {
                model.sum(seers, "=", seen[index]).post();
                model.min(credit[index], seen[index], model.intVar(loop.weights.required[index])).post();
            });
        }
        coverage = model.intVar("weighted coverage", 0, loop.weights.maximum);
        totalMinutes = model.intVar("planned minutes", 0, Arrays.stream(loop.minutes).sum());
        totalQuestions = model.intVar("planned questions", 0, loop.questions.size());

        // Constraints, rule by rule.
        // A question is placed at most once in the whole loop (only interviews of its stage have a variable for it).
        for (int q = 0; q < loop.questions.size(); q++) {
            List<BoolVar> anywhere = new ArrayList<>();
            for (int i = 0; i < interviews; i++) {
                int k = indexOf(loop.candidates[i], q);
                if (k >= 0) {
                    anywhere.add(place[i][k]);
                }
            }
            if (anywhere.size() > 1) {
                model.sum(anywhere.toArray(BoolVar[]::new), "<=", 1).post();
            }
        }
        // The minutes and the number of questions of each interview, and of the loop.
        for (int i = 0; i < interviews; i++) {
            model.scalar(place[i], minutesOf(loop, i), "=", minutesIn[i]).post();
            model.sum(place[i], "=", questionsIn[i]).post();
        }
        model.sum(minutesIn, "=", totalMinutes).post();
        model.sum(questionsIn, "=", totalQuestions).post();
        // seen(c) counts the distinct interviewers of the interviews holding a question on c; credit is min(seen, required).
        definitions.forEach(Runnable::run);
        // Objective (a) as a number: the scaled weights times the credits.
        model.scalar(credit, loop.weights.scaled, "=", coverage).post();
        // Implied, not a rule: n questions of an interview take at least the n shortest and at most
        // the n longest of its candidates' minutes. It changes no plan and lets propagation bound
        // the number of questions from the minutes, which proves objective (c) without enumeration.
        for (int i = 0; i < interviews; i++) {
            int[] sorted = minutesOf(loop, i).clone();
            Arrays.sort(sorted);
            int[] shortest = new int[sorted.length + 1];
            int[] longest = new int[sorted.length + 1];
            for (int n = 1; n <= sorted.length; n++) {
                shortest[n] = shortest[n - 1] + sorted[n - 1];
                longest[n] = longest[n - 1] + sorted[sorted.length - n];
            }
            IntVar least = model.intVar("least minutes of " + loop.interview(i).id(), 0, longest[sorted.length]);
            IntVar most = model.intVar("most minutes of " + loop.interview(i).id(), 0, longest[sorted.length]);
            model.element(least, shortest, questionsIn[i]).post();
            model.element(most, longest, questionsIn[i]).post();
            model.arithm(minutesIn[i], ">=", least).post();
            model.arithm(minutesIn[i], "<=", most).post();
        }
        // Implied, not a rule: with L the longest candidate's minutes, the n questions of an
        // interview fall short of n * L minutes by the sum of their shortfalls (L - minutes), so
        // sum shortfall(q) * placed(q) + minutes = L * n. Once the number of questions is bounded,
        // propagation removes every question too short to fit the remaining shortfall: a question
        // count at its lower bound leaves room only for long questions.
        for (int i = 0; i < interviews; i++) {
            int[] minutes = minutesOf(loop, i);
            if (minutes.length == 0) {
                continue;
            }
            int longest = Arrays.stream(minutes).max().getAsInt();
            IntVar[] terms = Arrays.copyOf(place[i], minutes.length + 2, IntVar[].class);
            int[] factors = new int[minutes.length + 2];
            for (int k = 0; k < minutes.length; k++) {
                factors[k] = longest - minutes[k];
            }
            terms[minutes.length] = minutesIn[i];
            factors[minutes.length] = 1;
            terms[minutes.length + 1] = questionsIn[i];
            factors[minutes.length + 1] = -longest;
            model.scalar(terms, factors, "=", 0).post();
        }
        // The named constraints that are switched on: each is one rule of the problem.
        for (int g = enabled.nextSetBit(0); g >= 0; g = enabled.nextSetBit(g + 1)) {
            post(loop.groups.get(g), loop, seen, minutesIn, questionsIn);
        }
        // The parts of the objective already proved hold at their proved values.
        if (levels.coverage() != null) {
            model.arithm(coverage, "=", levels.coverage()).post();
        }
        if (levels.minutes() != null) {
            model.arithm(totalMinutes, "=", levels.minutes()).post();
        }
        if (levels.questions() != null) {
            model.arithm(totalQuestions, "=", levels.questions()).post();
        }

        // Objective.
        switch (purpose) {
            case COVERAGE -> model.setObjective(Model.MAXIMIZE, coverage);
            case MINUTES -> model.setObjective(Model.MAXIMIZE, totalMinutes);
            case QUESTIONS -> model.setObjective(Model.MINIMIZE, totalQuestions);
            default -> model.clearObjective();
        }

        // Search. Deterministic: the choices depend on the search state only, never on chance or the clock.
        Solver solver = model.getSolver();
        BoolVar[] decisions = GreedyPlacement.decisions(place);
        if (decisions.length == 0) {
            // No question can be placed anywhere: only the (empty) plan's figures are left to fix.
            solver.setSearch(completion(decisions));
        } else if (purpose == Purpose.QUESTIONS || purpose == Purpose.ORDER) {
            // Fewest questions first: each interview's question count at its lower bound, then the
            // criterion still short of interviewers with the fewest ways left to reach it. With the
            // counts low the shortfall constraint leaves only long questions, so a plan with the
            // fewest questions is found, or the counts refuted, early.
            solver.setSearch(Search.inputOrderLBSearch(questionsIn),
                    new IntStrategy(decisions, new CoverageFirst(loop, place), new IntDomainMax()), completion(decisions));
        } else {
            // Place the question that adds the most coverage (once none does: the longest one) first,
            // so the first dive is a greedy plan and backtracking revises it from the end.
            GreedyPlacement next = new GreedyPlacement(loop, place, false);
            solver.setSearch(new IntStrategy(decisions, next, new IntDomainMax()), completion(decisions));
        }
    }

    /** Every variable left undecided once the decisions are made is fixed by propagation; this makes sure. */
    private AbstractStrategy<IntVar> completion(BoolVar[] decisions) {
        Set<IntVar> decided = Collections.newSetFromMap(new IdentityHashMap<>());
        decided.addAll(Arrays.asList(decisions));
        IntVar[] rest = Arrays.stream(model.retrieveIntVars(true)).filter(v -> !decided.contains(v))
                .toArray(IntVar[]::new);
        return Search.inputOrderLBSearch(rest);
    }

    private void post(Group group, CompiledLoop loop, IntVar[] seen, IntVar[] minutesIn, IntVar[] questionsIn) {
        int i = group.interview;
        switch (group.kind()) {
            // Must-have c: seen(c) >= required(c).
            case MUST_HAVE -> model.arithm(seen[group.criterion], ">=", group.limit).post();
            // mustCover: at least one placed question of the interview lists the criterion.
            case MUST_COVER -> {
                BoolVar[] onCriterion = onCriterion(loop, i, group.criterion);
                if (onCriterion.length == 0) {
                    model.falseConstraint().post();
                } else {
                    model.sum(onCriterion, ">=", 1).post();
                }
            }
            // onlyCriteria: a question informing none of the interview's criteria is not placed there.
            case ONLY_CRITERIA -> {
                for (int k = 0; k < place[i].length; k++) {
                    if (!loop.allowedByFocus(i, loop.candidates[i][k])) {
                        model.arithm(place[i][k], "=", 0).post();
                    }
                }
            }
            // At most N questions per interview.
            case QUESTION_LIMIT -> model.arithm(questionsIn[i], "<=", group.limit).post();
            // Question minutes plus reserved minutes never exceed the length.
            case INTERVIEW_LENGTH -> model.arithm(minutesIn[i], "<=", group.limit).post();
            // A pinned question is placed in its interview.
            case PIN -> model.arithm(place[i][group.candidate], "=", 1).post();
            // A banned question is not placed in that interview (a question that cannot be planned never is).
            case BAN -> {
                if (group.candidate >= 0) {
                    model.arithm(place[i][group.candidate], "=", 0).post();
                }
            }
            default -> throw new IllegalStateException("unknown constraint " + group.kind());
        }
    }

    private BoolVar[] onCriterion(CompiledLoop loop, int interview, int criterion) {
        List<BoolVar> on = new ArrayList<>();
        int[] candidates = loop.candidates[interview];
        for (int k = 0; k < candidates.length; k++) {
            if (loop.informs[candidates[k]][criterion]) {
                on.add(place[interview][k]);
            }
        }
        return on.toArray(BoolVar[]::new);
    }

    private static int[] minutesOf(CompiledLoop loop, int interview) {
        return Arrays.stream(loop.candidates[interview]).map(q -> loop.minutes[q]).toArray();
    }

    private static boolean contains(int[] values, int value) {
        return indexOf(values, value) >= 0;
    }

    private static int indexOf(int[] values, int value) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        return -1;
    }

    /** @return per interview, the positions (among its candidates) of the placed questions */
    int[][] chosen() {
        int[][] chosen = new int[place.length][];
        for (int i = 0; i < place.length; i++) {
            BoolVar[] placed = place[i];
            chosen[i] = IntStream.range(0, placed.length).filter(k -> placed[k].getValue() == 1).toArray();
        }
        return chosen;
    }
}
