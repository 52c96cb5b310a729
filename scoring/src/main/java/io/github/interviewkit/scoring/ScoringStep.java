package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Role;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A named step of a strategy: a small rule that reads the panel being scored and records what it
 * found in a {@link ScoringState}. {@link ScoringSteps} puts steps in order and makes a strategy
 * of them; the built-in rules are such sequences, and their steps
 * ({@link ScoringSteps#aggregate()}, {@link ScoringSteps#mustHaveGates()}, ...) can be reused,
 * reordered, wrapped or joined by steps of your own:
 *
 * <pre>{@code
 * ScoringStep strongNoVote = ScoringStep.of("strong-no-vote", state -> {
 *     for (Scorecard card : state.panel().scorecards()) {
 *         if (card.vote().orElse(null) == Recommendation.STRONG_NO_HIRE) {
 *             state.veto(Finding.of("strong-no-vote", "{interviewer} voted strong no-hire",
 *                     Map.of("interviewer", card.interviewerId())));
 *         }
 *     }
 * });
 * ScoringStrategy strategy = ScoringSteps.structured()
 *         .after(ScoringSteps.MUST_HAVE_GATES, strongNoVote)
 *         .strategy("structured-with-vote-veto", "The structured rule; a strong no-hire vote vetoes");
 * }</pre>
 *
 * <p>Like a strategy, a step is prepared once per role and policy ({@link #prepare}), and what it
 * returns runs on every panel of that role. A step is either <em>deciding</em> (the default: it
 * may change the verdict, and it is skipped once the recommendation is decided) or
 * <em>reporting</em> ({@link #isReporting()}: it runs after the decision and may only add
 * findings, such as the built-in {@linkplain ScoringSteps#flags() flags}). Steps and what they
 * prepare must be immutable and thread-safe, and deterministic: the same panel gives the same
 * findings, in whatever order its scorecards come.
 */
public interface ScoringStep {
    /** @return the step's name, a slug such as {@code must-have-gates}, unique within a {@link ScoringSteps} */
    String name();

    /**
     * Prepares the step for a role and a policy: the work that does not depend on the scorecards.
     *
     * @param role the role whose panels will be scored; valid, never {@code null}
     * @param policy the policy, never {@code null}; already checked against the role
     * @return what runs on each panel of the role
     * @throws ScoringInputException if the policy does not suit the step, listing every problem
     */
    Prepared prepare(Role role, ScoringPolicy policy);

    /**
     * Tells whether the step reports rather than decides. Reporting steps run after the
     * recommendation is decided and may only add findings; {@link ScoringSteps} keeps them after
     * every deciding step.
     *
     * @return {@code false} unless the step only reports
     */
    default boolean isReporting() {
        return false;
    }

    /** A step prepared for one role: runs on each panel of it. */
    @FunctionalInterface
    interface Prepared {
        /**
         * Runs the step on a panel.
         *
         * @param state the panel being scored, its figures, and what the steps before found
         */
        void run(ScoringState state);
    }

    /**
     * Returns a deciding step that needs no preparation.
     *
     * @param name the step's name, a slug
     * @param step what runs on each panel
     * @return the step
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code name} is not a slug
     */
    static ScoringStep of(String name, Prepared step) {
        Objects.requireNonNull(step, "step");
        return new NamedStep(name, (role, policy) -> step, false);
    }

    /**
     * Returns a deciding step prepared once per role and policy, e.g. to look a criterion's
     * position up once.
     *
     * @param name the step's name, a slug
     * @param prepare makes what runs on each panel of a role; it must not return {@code null}
     * @return the step
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code name} is not a slug
     */
    static ScoringStep prepared(String name, BiFunction<Role, ScoringPolicy, Prepared> prepare) {
        Objects.requireNonNull(prepare, "prepare");
        return new NamedStep(name, prepare, false);
    }

    /**
     * Returns a reporting step: it runs after the recommendation is decided, and may add steps
     * to the trace and flags but not change the verdict.
     *
     * @param name the step's name, a slug
     * @param step what runs on each panel
     * @return the step
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code name} is not a slug
     */
    static ScoringStep reporting(String name, Prepared step) {
        Objects.requireNonNull(step, "step");
        return new NamedStep(name, (role, policy) -> step, true);
    }
}
