package io.github.interviewkit.planning;

import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The model of {@link InterviewPlanner} written out a second time, as directly as the issue states
 * it, and solved by trying every assignment of questions to interviews. It uses the problem's public
 * API only and shares no code with the planner, so that the planner's answers can be checked
 * against it.
 */
final class BruteForce {
    private BruteForce() {}

    /** A named constraint as the test sees it: a kind and the ids it names. */
    record Rule(LoopConstraint.Kind kind, String interview, String criterion, String question) {
        static Rule of(LoopConstraint constraint) {
            return new Rule(constraint.kind(), constraint.interviewId().orElse(""), constraint.criterionId().orElse(""),
                    constraint.questionId().orElse(""));
        }
    }

    /** A plan by ids with the figures of the objective, computed here. */
    record Scored(List<List<String>> order, BigDecimal coverage, int minutes, int questions) {}

    /** Every named constraint of a problem, as the issue lists them. */
    static List<Rule> rules(PlanningProblem problem) {
        List<Rule> rules = new ArrayList<>();
        for (EvaluationCriterion criterion : problem.role().rubric().criteria()) {
            if (criterion.mustHave()) {
                rules.add(new Rule(LoopConstraint.Kind.MUST_HAVE, "", criterion.id(), ""));
            }
        }
        for (Interview interview : problem.interviews()) {
            for (String criterion : interview.mustCover()) {
                rules.add(new Rule(LoopConstraint.Kind.MUST_COVER, interview.id(), criterion, ""));
            }
            if (!interview.onlyCriteria().isEmpty()) {
                rules.add(new Rule(LoopConstraint.Kind.ONLY_CRITERIA, interview.id(), "", ""));
            }
            if (problem.options().maxQuestionsPerInterview().isPresent()) {
                rules.add(new Rule(LoopConstraint.Kind.QUESTION_LIMIT, interview.id(), "", ""));
            }
            rules.add(new Rule(LoopConstraint.Kind.INTERVIEW_LENGTH, interview.id(), "", ""));
        }
        problem.options().pins().forEach(pin -> rules.add(new Rule(LoopConstraint.Kind.PIN, pin.interview(), "", pin.question())));
        problem.options().bans().forEach(ban -> rules.add(new Rule(LoopConstraint.Kind.BAN, ban.interview(), "", ban.question())));
        return rules;
    }

    /** @return the best plan with every named constraint on, or empty if there is none */
    static Optional<Scored> best(PlanningProblem problem) {
        return search(problem, rule -> true, false);
    }

    /** @return whether some plan satisfies the named constraints that {@code enabled} accepts */
    static boolean feasible(PlanningProblem problem, Predicate<Rule> enabled) {
        return search(problem, enabled, true).isPresent();
    }

    /** @return the hard constraints a plan breaks, in words; empty when it satisfies all of them */
    static List<String> broken(PlanningProblem problem, List<List<String>> plan) {
        List<String> broken = new ArrayList<>();
        List<Interview> interviews = problem.interviews();
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < interviews.size(); i++) {
            for (String id : plan.get(i)) {
                Question question = problem.role().question(id).orElseThrow();
                if (!question.category().equals(interviews.get(i).stage())) {
                    broken.add(id + " is not of the stage of " + interviews.get(i).id());
                }
                if (minutes(problem, question) == 0) {
                    broken.add(id + " has no minutes");
                }
                placed.add(id);
            }
        }
        if (placed.size() != new TreeSet<>(placed).size()) {
            broken.add("a question is placed twice: " + placed);
        }
        int[][] assignment = assignment(problem, plan);
        for (Rule rule : rules(problem)) {
            if (!holds(problem, assignment, rule)) {
                broken.add(rule.toString());
            }
        }
        return broken;
    }

    private static Optional<Scored> search(PlanningProblem problem, Predicate<Rule> enabled, boolean anyPlan) {
        List<Question> questions = problem.role().questions();
        List<Rule> rules = rules(problem).stream().filter(enabled).toList();
        Scored[] best = new Scored[1];
        int[] where = new int[questions.size()];
        assign(problem, rules, where, 0, best, anyPlan);
        return Optional.ofNullable(best[0]);
    }

    /** Tries every interview of its stage, or none, for question q and the ones after it. */
    private static boolean assign(PlanningProblem problem, List<Rule> rules, int[] where, int q, Scored[] best,
            boolean anyPlan) {
        List<Question> questions = problem.role().questions();
        if (q == questions.size()) {
            int[][] assignment = assignment(where, problem.interviews().size());
            for (Rule rule : rules) {
                if (!holds(problem, assignment, rule)) {
                    return false;
                }
            }
            Scored scored = score(problem, assignment);
            if (best[0] == null || BETTER.compare(scored, best[0]) < 0) {
                best[0] = scored;
            }
            return anyPlan;
        }
        where[q] = -1;
        if (assign(problem, rules, where, q + 1, best, anyPlan)) {
            return true;
        }
        Question question = questions.get(q);
        if (minutes(problem, question) == 0) {
            return false;
        }
        for (int i = 0; i < problem.interviews().size(); i++) {
            if (problem.interviews().get(i).stage().equals(question.category())) {
                where[q] = i;
                if (lengthStillHolds(problem, rules, where, q, i) && assign(problem, rules, where, q + 1, best, anyPlan)) {
                    return true;
                }
            }
        }
        where[q] = -1;
        return false;
    }

    /** Prunes the enumeration: minutes only grow as questions are added. */
    private static boolean lengthStillHolds(PlanningProblem problem, List<Rule> rules, int[] where, int upTo, int i) {
        Interview interview = problem.interviews().get(i);
        if (!rules.contains(new Rule(LoopConstraint.Kind.INTERVIEW_LENGTH, interview.id(), "", ""))) {
            return true;
        }
        int total = problem.options().reservedMinutes();
        for (int q = 0; q <= upTo; q++) {
            if (where[q] == i) {
                total += minutes(problem, problem.role().questions().get(q));
            }
        }
        return total <= interview.minutes();
    }

    private static boolean holds(PlanningProblem problem, int[][] assignment, Rule rule) {
        List<Question> questions = problem.role().questions();
        List<Interview> interviews = problem.interviews();
        int i = indexOf(interviews, rule.interview());
        switch (rule.kind()) {
            case MUST_HAVE: {
                EvaluationCriterion criterion = problem.role().criterion(rule.criterion()).orElseThrow();
                return seen(problem, assignment, criterion.id()) >= problem.options().interviewersPerMustHave();
            }
            case MUST_COVER:
                for (int q : assignment[i]) {
                    if (questions.get(q).criteria().contains(rule.criterion())) {
                        return true;
                    }
                }
                return false;
            case ONLY_CRITERIA:
                for (int q : assignment[i]) {
                    if (questions.get(q).criteria().stream().noneMatch(interviews.get(i).onlyCriteria()::contains)) {
                        return false;
                    }
                }
                return true;
            case QUESTION_LIMIT:
                return assignment[i].length <= problem.options().maxQuestionsPerInterview().getAsInt();
            case INTERVIEW_LENGTH: {
                int total = problem.options().reservedMinutes();
                for (int q : assignment[i]) {
                    total += minutes(problem, questions.get(q));
                }
                return total <= interviews.get(i).minutes();
            }
            case PIN:
            case BAN: {
                boolean placed = false;
                for (int q : assignment[i]) {
                    placed |= questions.get(q).id().equals(rule.question());
                }
                return placed == (rule.kind() == LoopConstraint.Kind.PIN);
            }
            default:
                throw new AssertionError(rule);
        }
    }

    /** seen(c): the distinct interviewers of the interviews holding a question listing c. */
    static int seen(PlanningProblem problem, int[][] assignment, String criterion) {
        TreeSet<String> people = new TreeSet<>();
        for (int i = 0; i < assignment.length; i++) {
            for (int q : assignment[i]) {
                if (problem.role().questions().get(q).criteria().contains(criterion)) {
                    people.addAll(problem.interviews().get(i).interviewers());
                }
            }
        }
        return people.size();
    }

    private static Scored score(PlanningProblem problem, int[][] assignment) {
        BigDecimal coverage = BigDecimal.ZERO;
        for (EvaluationCriterion criterion : problem.role().rubric().criteria()) {
            int required = criterion.mustHave() ? problem.options().interviewersPerMustHave()
                    : problem.options().interviewersPerCriterion();
            int credited = Math.min(seen(problem, assignment, criterion.id()), required);
            coverage = coverage.add(criterion.weight().multiply(BigDecimal.valueOf(credited)));
        }
        int minutes = 0;
        int count = 0;
        List<List<String>> order = new ArrayList<>();
        for (int[] interview : assignment) {
            List<String> ids = new ArrayList<>();
            for (int q : interview) {
                ids.add(problem.role().questions().get(q).id());
                minutes += minutes(problem, problem.role().questions().get(q));
                count++;
            }
            ids.sort(Comparator.naturalOrder());
            order.add(List.copyOf(ids));
        }
        return new Scored(List.copyOf(order), coverage, minutes, count);
    }

    /** The order of plans: (a) coverage, (b) minutes, (c) fewer questions, (d) smallest lists. */
    static final Comparator<Scored> BETTER = Comparator.comparing(Scored::coverage, Comparator.reverseOrder())
            .thenComparing(Scored::minutes, Comparator.reverseOrder())
            .thenComparing(Scored::questions)
            .thenComparing(Scored::order, BruteForce::compareLists);

    private static int compareLists(List<List<String>> a, List<List<String>> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byInterview = compareIds(a.get(i), b.get(i));
            if (byInterview != 0) {
                return byInterview;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareIds(List<String> a, List<String> b) {
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            int byId = a.get(k).compareTo(b.get(k));
            if (byId != 0) {
                return byId;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static int minutes(PlanningProblem problem, Question question) {
        return question.estimatedMinutes().isPresent() ? question.estimatedMinutes().getAsInt()
                : problem.options().defaultQuestionMinutes().orElse(0);
    }

    private static int[][] assignment(int[] where, int interviews) {
        int[][] assignment = new int[interviews][];
        for (int i = 0; i < interviews; i++) {
            int interview = i;
            assignment[i] = java.util.stream.IntStream.range(0, where.length).filter(q -> where[q] == interview).toArray();
        }
        return assignment;
    }

    private static int[][] assignment(PlanningProblem problem, List<List<String>> plan) {
        List<Question> questions = problem.role().questions();
        int[][] assignment = new int[plan.size()][];
        for (int i = 0; i < plan.size(); i++) {
            assignment[i] = plan.get(i).stream().mapToInt(id -> {
                for (int q = 0; q < questions.size(); q++) {
                    if (questions.get(q).id().equals(id)) {
                        return q;
                    }
                }
                throw new AssertionError(id);
            }).toArray();
        }
        return assignment;
    }

    private static int indexOf(List<Interview> interviews, String id) {
        for (int i = 0; i < interviews.size(); i++) {
            if (Objects.equals(interviews.get(i).id(), id)) {
                return i;
            }
        }
        return -1;
    }
}
