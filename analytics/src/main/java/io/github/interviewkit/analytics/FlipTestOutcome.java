package io.github.interviewkit.analytics;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one-person flip test of a group comparison: would the conclusion change if one more person
 * of this group had been selected, or one fewer of the reference group? Practitioners and auditors
 * use it to tell an impact that rests on one decision from one that does not (the "flip-flop" or
 * one-person rule of adverse-impact practice). Each alternative is the comparison recomputed with
 * that one change, against the same reference group.
 */
public final class FlipTestOutcome implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean belowFourFifths;
    private final Coefficient fisherExactP;
    private final @Nullable Alternative oneMoreSelected;
    private final @Nullable Alternative oneFewerReferenceSelected;

    FlipTestOutcome(boolean belowFourFifths, Coefficient fisherExactP, @Nullable Alternative oneMoreSelected,
            @Nullable Alternative oneFewerReferenceSelected) {
        this.belowFourFifths = belowFourFifths;
        this.fisherExactP = fisherExactP;
        this.oneMoreSelected = oneMoreSelected;
        this.oneFewerReferenceSelected = oneFewerReferenceSelected;
    }

    /** @return the comparison had one more of this group been selected; empty when all were */
    public Optional<Alternative> oneMoreSelected() {
        return Optional.ofNullable(oneMoreSelected);
    }

    /** @return the comparison had one fewer of the reference group been selected; empty when none was */
    public Optional<Alternative> oneFewerReferenceSelected() {
        return Optional.ofNullable(oneFewerReferenceSelected);
    }

    /** @return whether either change of one person reverses the four-fifths conclusion */
    public boolean fourFifthsFlips() {
        return (oneMoreSelected != null && oneMoreSelected.belowFourFifths() != belowFourFifths)
                || (oneFewerReferenceSelected != null && oneFewerReferenceSelected.belowFourFifths() != belowFourFifths);
    }

    /**
     * Whether either change of one person reverses the conclusion of Fisher's exact test
     * (two-sided) at a significance level.
     *
     * @param level the significance level, strictly between 0 and 1, e.g. 0.05
     * @return whether the test is significant on one side of the change and not on the other
     * @throws IllegalArgumentException if the level is out of range
     */
    public boolean significanceFlips(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be strictly between 0 and 1, was " + level);
        }
        if (!fisherExactP.isDefined()) {
            return false;
        }
        boolean significant = fisherExactP.value().getAsDouble() < level;
        for (Alternative alternative : new Alternative[] {oneMoreSelected, oneFewerReferenceSelected}) {
            if (alternative != null && alternative.fisherExactP().isDefined()
                    && (alternative.fisherExactP().value().getAsDouble() < level) != significant) {
                return true;
            }
        }
        return false;
    }

    /** @return e.g. {@code FlipTestOutcome[fourFifthsFlips=true]} */
    @Override
    public String toString() {
        return "FlipTestOutcome[fourFifthsFlips=" + fourFifthsFlips() + ", oneMoreSelected=" + oneMoreSelected
                + ", oneFewerReferenceSelected=" + oneFewerReferenceSelected + "]";
    }

    /** A comparison recomputed with one person's outcome changed. */
    public static final class Alternative implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private final Coefficient impactRatio;
        private final boolean belowFourFifths;
        private final Coefficient fisherExactP;

        Alternative(Coefficient impactRatio, boolean belowFourFifths, Coefficient fisherExactP) {
            this.impactRatio = impactRatio;
            this.belowFourFifths = belowFourFifths;
            this.fisherExactP = fisherExactP;
        }

        /** @return the impact ratio after the change, against the same reference group's counts */
        public Coefficient impactRatio() {
            return impactRatio;
        }

        /** @return whether the rate is below four-fifths of the reference rate after the change, decided exactly */
        public boolean belowFourFifths() {
            return belowFourFifths;
        }

        /** @return the two-sided p-value of Fisher's exact test after the change */
        public Coefficient fisherExactP() {
            return fisherExactP;
        }

        /** @return e.g. {@code ratio=0.812 above 4/5 p=0.071} */
        @Override
        public String toString() {
            return "ratio=" + impactRatio + (belowFourFifths ? " below 4/5" : " not below 4/5") + " p=" + fisherExactP;
        }
    }
}
