package io.github.interviewkit.scoring;

/**
 * Scores panels of one role with one strategy and policy, prepared once by
 * {@link ScoringEngine#scorer}. A scorer is immutable and thread-safe; reuse it for every panel of
 * its role.
 */
@FunctionalInterface
public interface PanelScorer {
    /**
     * Scores a panel.
     *
     * @param panel a panel of the role the scorer was prepared for
     * @return the report
     * @throws NullPointerException if {@code panel} is {@code null}
     * @throws ScoringInputException if the panel belongs to another role
     * @throws ScoringException if the strategy fails
     */
    Report score(Panel panel);
}
