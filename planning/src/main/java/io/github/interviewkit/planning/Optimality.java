package io.github.interviewkit.planning;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a plan is proved to be the best, and if not, how far from the best it may be.
 *
 * <p>The planner optimises the parts of the {@link Objective} one after the other. When the time
 * limit stops it, every part before {@link #openObjective()} is proved optimal, and for that part
 * {@link #bound()} is a proved limit: no plan that ties with this one on the earlier parts does
 * better than the bound (an upper bound for coverage and minutes, a lower bound for the number of
 * questions). The bound is the solver's, after propagation at the root of the search: valid, not
 * necessarily reachable.
 */
public final class Optimality {
    private static final Optimality PROVED = new Optimality(null, null, null);

    private final @Nullable Objective open;
    private final @Nullable BigDecimal value;
    private final @Nullable BigDecimal bound;

    private Optimality(@Nullable Objective open, @Nullable BigDecimal value, @Nullable BigDecimal bound) {
        this.open = open;
        this.value = value;
        this.bound = bound;
    }

    static Optimality proved() {
        return PROVED;
    }

    static Optimality open(Objective objective, @Nullable BigDecimal value, @Nullable BigDecimal bound) {
        return new Optimality(objective, value, bound);
    }

    /** @return whether the plan is proved to be the best one */
    public boolean isProved() {
        return open == null;
    }

    /** @return the first part of the objective the search did not finish; empty when proved */
    public Optional<Objective> openObjective() {
        return Optional.ofNullable(open);
    }

    /**
     * @return the proved bound on the open part: at most this coverage (exact decimal) or these
     *     minutes, at least this many questions; empty when proved, and for {@link Objective#ORDER},
     *     which has no number
     */
    public Optional<BigDecimal> bound() {
        return Optional.ofNullable(bound);
    }

    /** @return the distance between the plan's value of the open part and the bound; empty when there is no bound */
    public Optional<BigDecimal> gap() {
        return value == null || bound == null ? Optional.empty() : Optional.of(bound.subtract(value).abs());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Optimality that && open == that.open && Objects.equals(value, that.value)
                && Objects.equals(bound, that.bound);
    }

    @Override
    public int hashCode() {
        return Objects.hash(open, value, bound);
    }

    /**
     * @return {@code proved optimal}, or what is open, e.g. {@code not proved optimal: weighted
     *     coverage 12 of at most 14 (gap 2)}
     */
    @Override
    public String toString() {
        if (open == null) {
            return "proved optimal";
        }
        String text = "not proved optimal: ";
        switch (open) {
            case COVERAGE:
                return text + "weighted coverage " + plain(value) + " of at most " + plain(bound) + " (gap " + plain(gap()) + ")";
            case MINUTES:
                return text + "coverage proved best; " + plain(value) + " planned minutes of at most " + plain(bound)
                        + " (gap " + plain(gap()) + ")";
            case QUESTIONS:
                return text + "coverage and minutes proved best; " + plain(value) + " questions, at least " + plain(bound)
                        + " (gap " + plain(gap()) + ")";
            default:
                return text + "coverage, minutes and question count proved best; the order tie-break was not finished";
        }
    }

    private static String plain(@Nullable BigDecimal number) {
        return number == null ? "?" : number.toPlainString();
    }

    private static String plain(Optional<BigDecimal> number) {
        return number.map(BigDecimal::toPlainString).orElse("?");
    }
}
