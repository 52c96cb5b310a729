package io.github.interviewkit.analytics;

/**
 * One group's figures in an {@link AdverseImpactReport}: its selection rate, its impact ratio
 * against the highest-rate group, the four-fifths decision and the two significance tests of the
 * difference from the highest-rate group.
 */
public final class GroupImpact {
    private final GroupSelection counts;
    private final boolean highestRate;
    private final Coefficient impactRatio;
    private final boolean belowFourFifths;
    private final Coefficient fisherExactP;
    private final Coefficient zStatistic;
    private final Coefficient zTestP;
    private final boolean smallSample;

    GroupImpact(GroupSelection counts, boolean highestRate, Coefficient impactRatio, boolean belowFourFifths,
            Coefficient fisherExactP, Coefficient zStatistic, Coefficient zTestP, boolean smallSample) {
        this.counts = counts;
        this.highestRate = highestRate;
        this.impactRatio = impactRatio;
        this.belowFourFifths = belowFourFifths;
        this.fisherExactP = fisherExactP;
        this.zStatistic = zStatistic;
        this.zTestP = zTestP;
        this.smallSample = smallSample;
    }

    /** @return the group's label */
    public String label() {
        return counts.label();
    }

    /** @return how many applied */
    public int applicants() {
        return counts.applicants();
    }

    /** @return how many were selected */
    public int selected() {
        return counts.selected();
    }

    /** @return selected / applicants */
    public double selectionRate() {
        return (double) counts.selected() / counts.applicants();
    }

    /** @return whether this is the group the others are compared with (the highest rate; ties go to the first label) */
    public boolean isHighestRate() {
        return highestRate;
    }

    /**
     * @return this group's rate divided by the highest rate, between 0 and 1; undefined when no group
     *     had any selection
     */
    public Coefficient impactRatio() {
        return impactRatio;
    }

    /**
     * @return whether the rate is less than four-fifths of the highest rate, decided exactly on the
     *     counts ({@code 5 * selected * highestApplicants < 4 * highestSelected * applicants}); a ratio
     *     of exactly 4/5 is not below. This is the rule of thumb of 29 CFR 1607.4(D), not a legal finding.
     */
    public boolean belowFourFifths() {
        return belowFourFifths;
    }

    /** @return the two-sided p-value of Fisher's exact test against the highest-rate group; undefined for that group */
    public Coefficient fisherExactP() {
        return fisherExactP;
    }

    /** @return the pooled two-proportion z statistic (this rate minus the highest); undefined for that group */
    public Coefficient zStatistic() {
        return zStatistic;
    }

    /** @return the two-sided p-value of the pooled two-proportion z-test; undefined for that group */
    public Coefficient zTestP() {
        return zTestP;
    }

    /**
     * @return whether the comparison rests on small numbers: an expected count of selected or not
     *     selected below 5 in this group or the highest-rate group under the pooled rate. The z-test
     *     is then unreliable (prefer Fisher's exact test), and 29 CFR 1607.4(D) notes that differences
     *     based on small numbers that are not statistically significant may not constitute adverse impact.
     */
    public boolean smallSample() {
        return smallSample;
    }

    /** @return e.g. {@code group-a: 12/40 rate=0.300 ratio=0.500 below 4/5} */
    @Override
    public String toString() {
        return counts.label() + ": " + counts.selected() + "/" + counts.applicants()
                + String.format(java.util.Locale.ROOT, " rate=%.3f", selectionRate()) + " ratio=" + impactRatio
                + (belowFourFifths ? " below 4/5" : "") + (smallSample ? " (small sample)" : "");
    }
}
