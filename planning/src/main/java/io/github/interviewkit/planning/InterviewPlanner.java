package io.github.interviewkit.planning;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Plans an interview loop exactly: the best questions for each interview of a
 * {@link PlanningProblem}, proved optimal, explained, or the loop shown impossible.
 *
 * <h2>The model</h2>
 *
 * <p>A plan places questions of the role in interviews of the loop. Its <b>hard constraints</b>:
 * <ul>
 *   <li>a question may be placed only in an interview of its own stage (its category equals the
 *       interview's stage), and at most once in the whole loop; a question without
 *       {@code estimatedMinutes} is never placed unless {@link PlanningOptions#defaultQuestionMinutes()}
 *       gives it minutes;</li>
 *   <li>the minutes of the questions placed in an interview plus the reserved minutes
 *       ({@link PlanningOptions#reservedMinutes()}) never exceed the interview's length;</li>
 *   <li>{@code seen(c)} is the number of distinct interviewers of the interviews that hold at least
 *       one placed question listing criterion {@code c} among its {@code criteria};
 *       {@code required(c)} is {@link PlanningOptions#interviewersPerMustHave()} for a must-have
 *       criterion and {@link PlanningOptions#interviewersPerCriterion()} for any other; every
 *       must-have criterion needs {@code seen(c) >= required(c)};</li>
 *   <li>a pinned question is placed in its interview; a banned question is not placed in its
 *       interview;</li>
 *   <li>an interview's {@link Interview#mustCover()} criteria each have at least one placed
 *       question in it listing them; when its {@link Interview#onlyCriteria()} is not empty, every
 *       question placed in it lists at least one of those criteria;</li>
 *   <li>with {@link PlanningOptions#maxQuestionsPerInterview()} set, no interview holds more
 *       questions than that.</li>
 * </ul>
 *
 * <p>Among the plans that satisfy every hard constraint, the <b>best</b> one maximises, in this
 * order (each part decides only between plans that tie on the parts before it):
 * <ol type="a">
 *   <li>the weighted coverage {@code sum over criteria of weight(c) * min(seen(c), required(c))},
 *       computed exactly from the decimal weights (scaled by one power of ten to integers, so there
 *       are no floating-point ties);</li>
 *   <li>the total planned minutes;</li>
 *   <li>then it has fewer questions;</li>
 *   <li>and remaining ties go to the plan whose list of interviews (in loop order), each as its
 *       sorted list of question ids, is smallest lexicographically: interviews are compared in loop
 *       order, the first interview whose lists differ decides, two lists are compared id by id with
 *       {@link String#compareTo}, and a list that is a prefix of another is the smaller.</li>
 * </ol>
 * Exactly one plan is best, so the same problem gives the same plan on every machine.
 *
 * <h2>How it is solved</h2>
 *
 * <p>Choco-solver, a constraint solver in pure Java, searches the model; it optimises (a), then
 * (b) with (a) fixed at its proved optimum, then (c) with (a) and (b) fixed, then finds the
 * smallest plan (d) among those. For (c) it tries the fewest questions per interview first, placing
 * first for the criterion with the fewest ways left to its interviewers; an implied constraint (an
 * interview's questions fall short of its count times its longest candidate by the sum of their
 * shortfalls) leaves only long questions when the counts are low. For (d) it goes through the
 * interviews in loop order and their candidates in id order and makes the choice that gives the
 * smaller list (end the list here, else place this candidate, else skip it) whenever a search finds
 * a plan that makes it, so the plan found last is the smallest.
 * When a {@linkplain Builder#timeLimit(Duration) time limit} stops it, the result is a
 * {@linkplain PlanningStatus#FEASIBLE feasible} plan whose {@link Plan#optimality()} names the part
 * that was not proved and the solver's bound on it. A loop without any plan is explained by a
 * {@link Conflict}: a set of named constraints ({@link LoopConstraint}) that cannot hold together,
 * each of them needed, found by deletion filtering. Each call builds its own solver models: a
 * planner is immutable and may be shared between threads. Nothing is printed or logged.
 */
public final class InterviewPlanner {
    private static final InterviewPlanner STANDARD = new InterviewPlanner(null, 0);

    private final @Nullable Duration timeLimit;
    /** Search nodes per call, 0 for no limit: for tests, which need a cut-off that falls at the same place every run. */
    private final long nodeLimit;

    private InterviewPlanner(@Nullable Duration timeLimit, long nodeLimit) {
        this.timeLimit = timeLimit;
        this.nodeLimit = nodeLimit;
    }

    static InterviewPlanner withNodeLimit(long nodes) {
        return new InterviewPlanner(null, nodes);
    }

    /** @return a planner without a time limit: every plan it returns is proved optimal */
    public static InterviewPlanner standard() {
        return STANDARD;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the time limit of one call of {@link #plan}, if any */
    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimit);
    }

    /**
     * Plans a loop: the best plan, proved optimal; or, with a time limit that stops the search, the
     * best plan found with its bound; or the explanation of why the loop is impossible.
     *
     * @param problem the problem, already checked against its role when it was built
     * @return the result; never {@code null}
     * @throws NullPointerException if {@code problem} is {@code null}
     */
    public PlanningResult plan(PlanningProblem problem) {
        Objects.requireNonNull(problem, "problem");
        Statistics statistics = new Statistics();
        CompiledLoop loop = new CompiledLoop(problem);
        PlanSearch search = new PlanSearch(loop, Budget.of(timeLimit, nodeLimit), statistics);
        PlanSearch.Outcome outcome = search.optimise();
        int[][] found = outcome.plan();
        if (found != null) {
            Plan plan = PlanExplainer.explain(loop, found, outcome.optimality());
            PlanningStatus status = outcome.optimality().isProved() ? PlanningStatus.OPTIMAL : PlanningStatus.FEASIBLE;
            return new PlanningResult(status, plan, null, statistics.done());
        }
        if (outcome.impossible()) {
            Conflict conflict = ConflictFinder.find(loop, search);
            return new PlanningResult(PlanningStatus.IMPOSSIBLE, null, conflict, statistics.done());
        }
        return new PlanningResult(PlanningStatus.UNKNOWN, null, null, statistics.done());
    }

    /** @return the time limit, if any */
    @Override
    public String toString() {
        return "InterviewPlanner{timeLimit=" + (timeLimit == null ? "none" : timeLimit) + "}";
    }

    /** Builds an {@link InterviewPlanner}. */
    public static final class Builder {
        private @Nullable Duration timeLimit;

        private Builder() {}

        /**
         * Limits the time of one call of {@link InterviewPlanner#plan}, explaining an impossible
         * loop included. When the limit stops the search, the result is the best plan found so far
         * ({@link PlanningStatus#FEASIBLE}, with its bound), or {@link PlanningStatus#UNKNOWN} if
         * none was found; a conflict whose narrowing was stopped says it may not be minimal.
         *
         * @param limit the time limit; must be positive
         * @return this builder
         * @throws NullPointerException if {@code limit} is {@code null}
         * @throws IllegalArgumentException if {@code limit} is zero or negative
         */
        public Builder timeLimit(Duration limit) {
            Objects.requireNonNull(limit, "limit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("limit must be positive, got " + limit);
            }
            this.timeLimit = limit;
            return this;
        }

        /** @return the planner */
        public InterviewPlanner build() {
            return new InterviewPlanner(timeLimit, 0);
        }
    }
}
