package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Role;

/**
 * A rule that turns a panel's scorecards into a {@link Report}.
 *
 * <p>A strategy is prepared once per role and policy: {@link #prepare} does the work that does not
 * depend on the scorecards (indexing the rubric, resolving weights and gates) and returns a
 * {@link PanelScorer} that scores many panels of that role. Implementations must be immutable and
 * thread-safe, and their scorers must be deterministic: the same panel gives an equal report, in
 * whatever order its scorecards come.
 *
 * <p>Register a strategy explicitly with
 * {@link ScoringEngine.Builder#register}, or make it discoverable
 * through {@link java.util.ServiceLoader}: declare {@code provides
 * io.github.interviewkit.scoring.ScoringStrategy with ...} in your {@code module-info.java}
 * and list the class in {@code META-INF/services/io.github.interviewkit.scoring.ScoringStrategy};
 * the class then needs a public no-argument constructor.
 */
public interface ScoringStrategy {
    /**
     * @return the strategy's id, a slug such as {@code structured}, unique among the strategies an
     *     engine holds
     */
    String id();

    /** @return what the strategy does, in a sentence for people */
    String description();

    /**
     * Returns the strategy's version, recorded in the {@linkplain ReportAudit audit} of every report
     * the engine makes with it, so that an auditor can tell which rules decided. The built-in
     * strategies, and strategies made of {@linkplain ScoringSteps steps}, return the library's
     * version; a strategy of its own should return its own and change it whenever it decides
     * differently.
     *
     * @return the version, not blank; {@code unversioned} unless the strategy says otherwise
     */
    default String version() {
        return "unversioned";
    }

    /**
     * Prepares the strategy for a role and a policy.
     *
     * @param role the role whose panels will be scored; valid, never {@code null}
     * @param policy the policy, never {@code null}; already checked on its own, but not against the role
     * @return a scorer for panels of {@code role}; the engine checks each panel's role before calling it
     * @throws ScoringInputException if the policy does not fit the role, listing every problem
     */
    PanelScorer prepare(Role role, ScoringPolicy policy);
}
