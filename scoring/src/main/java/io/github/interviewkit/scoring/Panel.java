package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import java.util.List;
import org.immutables.value.Value;

/**
 * A candidate's interview panel: the role interviewed for and every interviewer's
 * {@link Scorecard}.
 *
 * <p>{@link Builder#build()} checks the scorecards against the role and throws one
 * {@link ScoringInputException} listing every problem with its path: an empty panel, a rating of a
 * criterion the rubric does not have ({@code scorecards[1].ratings[foo]}), a rating that is not a
 * level of the scale, an observed pitfall the role does not list
 * ({@code scorecards[0].observedPitfalls[2]}), the same interviewer twice, or scorecards of
 * different candidates. The order of the scorecards never changes a built-in strategy's report.
 */
@Value.Immutable
public abstract class Panel {
    Panel() {}

    /** @return the role the candidate interviewed for */
    public abstract Role role();

    /** @return the scorecards, one per interviewer, at least one */
    public abstract List<Scorecard> scorecards();

    /**
     * Returns the ratings as a table indexed by scorecard and criterion, built on first use and
     * kept: scoring a panel with several strategies, or measuring it, indexes it once.
     *
     * @return the table of ratings
     */
    @Value.Lazy
    public PanelRatings ratings() {
        return PanelRatings.of(this);
    }

    /** @return the candidate's id, shared by every scorecard */
    public final String candidateId() {
        return scorecards().get(0).candidateId();
    }

    /**
     * Returns a panel.
     *
     * @param role the role
     * @param scorecards the scorecards, one per interviewer
     * @return the panel
     * @throws ScoringInputException if the panel is invalid; every problem is listed
     */
    public static Panel of(Role role, List<Scorecard> scorecards) {
        if (scorecards == null) {
            throw new ScoringInputException("Panel", List.of(Violation.of("scorecards", null, "is required")));
        }
        return builder().role(role).scorecards(scorecards).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Panel}; {@link #build()} validates it against its role. */
    public static final class Builder extends ImmutablePanel.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        InputRules.requireValid("Panel", out -> InputRules.panel(this, out));
    }
}
