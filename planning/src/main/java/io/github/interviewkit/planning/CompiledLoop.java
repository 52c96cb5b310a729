package io.github.interviewkit.planning;

import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.planning.LoopConstraint.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A planning problem indexed for the solver and the explanations: questions, criteria,
 * interviewers and interviews as numbers, and the named constraints as {@link Group}s. Built once
 * per call of the planner; read only.
 */
final class CompiledLoop {
    final PlanningProblem problem;
    /** The role's questions, in the role's order. */
    final List<Question> questions;
    /** Minutes per question: its estimate or the default; 0 when it cannot be planned. */
    final int[] minutes;
    /** The rubric's criteria, in rubric order. */
    final List<EvaluationCriterion> criteria;
    final CoverageWeights weights;
    /** {@code informs[q][c]}: question q lists criterion c among its criteria. */
    final boolean[][] informs;
    /** The distinct interviewers of the loop, sorted. */
    final List<String> interviewers;
    /** Per interview, the indexes of its interviewers. */
    final int[][] interviewersOf;
    /** Per interview, its length less the reserved minutes; negative when the reserve exceeds the length. */
    final int[] capacity;
    /** Per interview, the questions of its stage that can be planned, as question indexes sorted by question id. */
    final int[][] candidates;
    /** The named constraints, in the order a conflict presents them. */
    final List<Group> groups;

    /** A named constraint with the indexes it applies to; -1 where it names nothing of that kind. */
    static final class Group {
        final LoopConstraint constraint;
        final int interview;
        final int criterion;
        /** The position of the question among {@code candidates[interview]}, for pins and bans; -1 if not a candidate. */
        final int candidate;
        final int limit;

        Group(LoopConstraint constraint, int interview, int criterion, int candidate, int limit) {
            this.constraint = constraint;
            this.interview = interview;
            this.criterion = criterion;
            this.candidate = candidate;
            this.limit = limit;
        }

        Kind kind() {
            return constraint.kind();
        }
    }

    CompiledLoop(PlanningProblem problem) {
        this.problem = problem;
        PlanningOptions options = problem.options();
        this.questions = problem.role().questions();
        this.criteria = problem.role().rubric().criteria();
        this.weights = CoverageWeights.of(criteria, criterion -> PlanningProblem.required(criterion, options));
        Map<String, Integer> criterionIndex = new HashMap<>();
        for (int c = 0; c < criteria.size(); c++) {
            criterionIndex.put(criteria.get(c).id(), c);
        }
        this.minutes = new int[questions.size()];
        this.informs = new boolean[questions.size()][criteria.size()];
        for (int q = 0; q < questions.size(); q++) {
            OptionalInt estimate = PlanningProblem.minutesOf(questions.get(q), options);
            minutes[q] = estimate.orElse(0);
            for (String criterion : questions.get(q).criteria()) {
                informs[q][indexOf(criterionIndex, criterion)] = true;
            }
        }
        List<Interview> loop = problem.interviews();
        TreeSet<String> people = new TreeSet<>();
        loop.forEach(interview -> people.addAll(interview.interviewers()));
        this.interviewers = List.copyOf(people);
        this.interviewersOf = new int[loop.size()][];
        this.capacity = new int[loop.size()];
        this.candidates = new int[loop.size()][];
        for (int i = 0; i < loop.size(); i++) {
            Interview interview = loop.get(i);
            interviewersOf[i] = interview.interviewers().stream().mapToInt(interviewers::indexOf).toArray();
            capacity[i] = interview.minutes() - options.reservedMinutes();
            candidates[i] = IntStream.range(0, questions.size())
                    .filter(q -> questions.get(q).category().equals(interview.stage()) && minutes[q] > 0)
                    .boxed().sorted(Comparator.comparing(q -> questions.get(q).id()))
                    .mapToInt(Integer::intValue).toArray();
        }
        this.groups = groups(criterionIndex);
    }

    /** The position of a criterion the problem names; a built problem names only criteria of its role. */
    private static int indexOf(Map<String, Integer> criterionIndex, String criterion) {
        Integer index = criterionIndex.get(criterion);
        if (index == null) {
            throw new IllegalStateException("a built problem names no criterion outside its role, yet found " + criterion);
        }
        return index;
    }

    private List<Group> groups(Map<String, Integer> criterionIndex) {
        PlanningOptions options = problem.options();
        List<Group> named = new ArrayList<>();
        for (int c = 0; c < criteria.size(); c++) {
            if (criteria.get(c).mustHave()) {
                int required = weights.required[c];
                named.add(new Group(new LoopConstraint(Kind.MUST_HAVE, null, criteria.get(c).id(), null,
                        "must-have `" + criteria.get(c).id() + "` needs " + interviewers(required)), -1, c, -1, required));
            }
        }
        List<Interview> loop = problem.interviews();
        for (int i = 0; i < loop.size(); i++) {
            Interview interview = loop.get(i);
            String id = interview.id();
            for (String criterion : interview.mustCover()) {
                named.add(new Group(new LoopConstraint(Kind.MUST_COVER, id, criterion, null,
                        "interview `" + id + "` must include a question on `" + criterion + "`"),
                        i, indexOf(criterionIndex, criterion), -1, 0));
            }
            if (!interview.onlyCriteria().isEmpty()) {
                named.add(new Group(new LoopConstraint(Kind.ONLY_CRITERIA, id, null, null,
                        "every question in interview `" + id + "` must inform " + anyOf(interview.onlyCriteria())),
                        i, -1, -1, 0));
            }
            if (options.maxQuestionsPerInterview().isPresent()) {
                int limit = options.maxQuestionsPerInterview().getAsInt();
                named.add(new Group(new LoopConstraint(Kind.QUESTION_LIMIT, id, null, null,
                        "interview `" + id + "` holds at most " + limit + (limit == 1 ? " question" : " questions")),
                        i, -1, -1, limit));
            }
            named.add(new Group(new LoopConstraint(Kind.INTERVIEW_LENGTH, id, null, null,
                    "the questions in interview `" + id + "` and its " + options.reservedMinutes()
                            + " reserved minutes fit in its " + interview.minutes() + " minutes"),
                    i, -1, -1, capacity[i]));
        }
        for (Placement pin : options.pins()) {
            named.add(placement(Kind.PIN, pin, "question `" + pin.question() + "` is pinned to interview `"
                    + pin.interview() + "`"));
        }
        for (Placement ban : options.bans()) {
            named.add(placement(Kind.BAN, ban, "question `" + ban.question() + "` is banned from interview `"
                    + ban.interview() + "`"));
        }
        return List.copyOf(named);
    }

    private Group placement(Kind kind, Placement placement, String rule) {
        int interview = interviewIndex(placement.interview());
        int question = questionIndex(placement.question());
        int candidate = -1;
        for (int k = 0; k < candidates[interview].length; k++) {
            if (candidates[interview][k] == question) {
                candidate = k;
            }
        }
        return new Group(new LoopConstraint(kind, placement.interview(), null, placement.question(), rule),
                interview, -1, candidate, 0);
    }

    int interviewIndex(String id) {
        List<Interview> loop = problem.interviews();
        for (int i = 0; i < loop.size(); i++) {
            if (loop.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no interview " + id);
    }

    int questionIndex(String id) {
        for (int q = 0; q < questions.size(); q++) {
            if (questions.get(q).id().equals(id)) {
                return q;
            }
        }
        throw new IllegalStateException("no question " + id);
    }

    Interview interview(int i) {
        return problem.interviews().get(i);
    }

    /** The only-criteria restriction of an interview as a predicate on questions; always true without one. */
    boolean allowedByFocus(int interview, int question) {
        List<String> only = interview(interview).onlyCriteria();
        return only.isEmpty() || questions.get(question).criteria().stream().anyMatch(only::contains);
    }

    /** @return the indexes of the interviewers who see criterion c in a plan, ascending (so in name order) */
    int[] interviewersSeeing(int[][] plan, int criterion) {
        BitSet seeing = new BitSet();
        for (int i = 0; i < plan.length; i++) {
            if (holds(plan, i, criterion)) {
                for (int person : interviewersOf[i]) {
                    seeing.set(person);
                }
            }
        }
        return seeing.stream().toArray();
    }

    /** @return whether interview i of a plan holds a question listing criterion c */
    boolean holds(int[][] plan, int interview, int criterion) {
        for (int k : plan[interview]) {
            if (informs[candidates[interview][k]][criterion]) {
                return true;
            }
        }
        return false;
    }

    /** @return objective (a) of a plan, scaled: the scaled weights times min(seen, required) */
    int scaledCoverage(int[][] plan) {
        int total = 0;
        for (int c = 0; c < criteria.size(); c++) {
            total += weights.scaled[c] * Math.min(interviewersSeeing(plan, c).length, weights.required[c]);
        }
        return total;
    }

    /** @return objective (b) of a plan */
    int plannedMinutes(int[][] plan) {
        int total = 0;
        for (int i = 0; i < plan.length; i++) {
            for (int k : plan[i]) {
                total += minutes[candidates[i][k]];
            }
        }
        return total;
    }

    /** @return objective (c) of a plan */
    int questionCount(int[][] plan) {
        return Arrays.stream(plan).mapToInt(interview -> interview.length).sum();
    }

    static String interviewers(int count) {
        return count + (count == 1 ? " interviewer" : " interviewers");
    }

    static String anyOf(List<String> ids) {
        List<String> quoted = ids.stream().map(id -> "`" + id + "`").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return "one of " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }
}
