package io.github.interviewkit.analytics;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One group's figures in an {@link AdverseImpactReport}: its selection rate and every figure of
 * its comparison with the {@linkplain #referenceGroup() reference group} (the highest-rate group,
 * as 29 CFR 1607.4(D) compares): the impact ratio, the four-fifths decision with its shortfall and
 * flip test, Fisher's exact test (two-sided and one-sided), the pooled and unpooled two-proportion
 * z-tests and the Yates-corrected chi-square. Every difference is this group minus the reference.
 */
public final class GroupImpact implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final GroupSelection counts;
    private final @Nullable String referenceGroup;
    private final Coefficient impactRatio;
    private final boolean belowFourFifths;
    private final long shortfall;
    private final @Nullable FlipTestOutcome flipTest;
    private final Coefficient fisherExactP;
    private final Coefficient fisherExactLowerP;
    private final Coefficient fisherExactHigherP;
    private final Coefficient zStatistic;
    private final Coefficient zTestP;
    private final Coefficient zStatisticUnpooled;
    private final Coefficient zTestUnpooledP;
    private final Coefficient chiSquareYates;
    private final Coefficient chiSquareYatesP;
    private final boolean smallSample;

    private GroupImpact(Builder b) {
        this.counts = b.counts;
        this.referenceGroup = b.referenceGroup;
        this.impactRatio = b.impactRatio;
        this.belowFourFifths = b.belowFourFifths;
        this.shortfall = b.shortfall;
        this.flipTest = b.flipTest;
        this.fisherExactP = b.fisherExactP;
        this.fisherExactLowerP = b.fisherExactLowerP;
        this.fisherExactHigherP = b.fisherExactHigherP;
        this.zStatistic = b.zStatistic;
        this.zTestP = b.zTestP;
        this.zStatisticUnpooled = b.zStatisticUnpooled;
        this.zTestUnpooledP = b.zTestUnpooledP;
        this.chiSquareYates = b.chiSquareYates;
        this.chiSquareYatesP = b.chiSquareYatesP;
        this.smallSample = b.smallSample;
    }

    /** The figures of one group; every comparison figure starts undefined with one reason. */
    static final class Builder {
        final GroupSelection counts;
        @Nullable String referenceGroup;
        Coefficient impactRatio;
        boolean belowFourFifths;
        long shortfall;
        @Nullable FlipTestOutcome flipTest;
        Coefficient fisherExactP;
        Coefficient fisherExactLowerP;
        Coefficient fisherExactHigherP;
        Coefficient zStatistic;
        Coefficient zTestP;
        Coefficient zStatisticUnpooled;
        Coefficient zTestUnpooledP;
        Coefficient chiSquareYates;
        Coefficient chiSquareYatesP;
        boolean smallSample;

        Builder(GroupSelection counts, @Nullable String referenceGroup, String undefinedReason) {
            this.counts = counts;
            this.referenceGroup = referenceGroup;
            Coefficient undefined = Coefficient.undefined(undefinedReason);
            impactRatio = undefined;
            fisherExactP = undefined;
            fisherExactLowerP = undefined;
            fisherExactHigherP = undefined;
            zStatistic = undefined;
            zTestP = undefined;
            zStatisticUnpooled = undefined;
            zTestUnpooledP = undefined;
            chiSquareYates = undefined;
            chiSquareYatesP = undefined;
        }

        GroupImpact build() {
            return new GroupImpact(this);
        }
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

    /**
     * @return the label of the group every figure of this comparison is against: the highest-rate
     *     group (ties go to the first label); this group's own label when it is the reference;
     *     empty when no group had a selection
     */
    public Optional<String> referenceGroup() {
        return Optional.ofNullable(referenceGroup);
    }

    /** @return whether this is the group the others are compared with (the highest rate; ties go to the first label) */
    public boolean isHighestRate() {
        return referenceGroup != null && referenceGroup.equals(counts.label());
    }

    /**
     * @return this group's rate divided by the reference group's, between 0 and 1; undefined when no
     *     group had any selection
     */
    public Coefficient impactRatio() {
        return impactRatio;
    }

    /**
     * @return whether the rate is less than four-fifths of the reference rate, decided exactly on
     *     the counts ({@code 5 * selected * referenceApplicants < 4 * referenceSelected * applicants});
     *     a ratio of exactly 4/5 is not below. This is the rule of thumb of 29 CFR 1607.4(D), not a
     *     legal finding.
     */
    public boolean belowFourFifths() {
        return belowFourFifths;
    }

    /**
     * @return how many more of this group would have to be selected (from those not selected, the
     *     reference group's counts unchanged) for the rate to reach four-fifths of the reference rate:
     *     the smallest {@code s} with {@code 5 (selected + s) referenceApplicants >= 4 referenceSelected
     *     applicants}; 0 when the group is not below four-fifths
     */
    public long shortfall() {
        return shortfall;
    }

    /** @return the one-person flip test of this comparison; empty for the reference group and when undefined */
    public Optional<FlipTestOutcome> flipTest() {
        return Optional.ofNullable(flipTest);
    }

    /** @return the two-sided p-value of Fisher's exact test against the reference group; undefined for that group */
    public Coefficient fisherExactP() {
        return fisherExactP;
    }

    /**
     * @return the one-sided p-value of Fisher's exact test for "this group is selected at a lower
     *     rate than the reference" (R's {@code alternative = "less"} on the table with this group's
     *     row first); undefined for the reference group
     */
    public Coefficient fisherExactLowerP() {
        return fisherExactLowerP;
    }

    /** @return the one-sided p-value of Fisher's exact test for "this group is selected at a higher rate" */
    public Coefficient fisherExactHigherP() {
        return fisherExactHigherP;
    }

    /** @return the pooled two-proportion z statistic (this rate minus the reference rate); undefined for that group */
    public Coefficient zStatistic() {
        return zStatistic;
    }

    /** @return the two-sided p-value of the pooled two-proportion z-test; undefined for the reference group */
    public Coefficient zTestP() {
        return zTestP;
    }

    /**
     * @return the unpooled (Wald) two-proportion z statistic, the difference of rates over
     *     {@code sqrt(p1 (1 - p1) / n1 + p2 (1 - p2) / n2)}; undefined for the reference group or
     *     when both rates are 0 or 1
     */
    public Coefficient zStatisticUnpooled() {
        return zStatisticUnpooled;
    }

    /** @return the two-sided p-value of the unpooled z-test */
    public Coefficient zTestUnpooledP() {
        return zTestUnpooledP;
    }

    /**
     * @return Pearson's chi-square of the 2x2 table with Yates' continuity correction, as R's
     *     {@code chisq.test(correct = TRUE)} computes it ({@code N (|ad - bc| - min(N/2, |ad - bc|))^2
     *     / (row and column totals)}); undefined when a margin is zero
     */
    public Coefficient chiSquareYates() {
        return chiSquareYates;
    }

    /** @return the p-value of the Yates-corrected chi-square on one degree of freedom */
    public Coefficient chiSquareYatesP() {
        return chiSquareYatesP;
    }

    /**
     * @return whether the comparison rests on small numbers: an expected count of selected or not
     *     selected below 5 in this group or the reference group under the pooled rate. The z-tests
     *     are then unreliable (prefer Fisher's exact test), and 29 CFR 1607.4(D) notes that
     *     differences based on small numbers that are not statistically significant may not
     *     constitute adverse impact.
     */
    public boolean smallSample() {
        return smallSample;
    }

    /** @return e.g. {@code group-a: 12/40 rate=0.300 ratio=0.500 vs group-b below 4/5 shortfall=8} */
    @Override
    public String toString() {
        return counts.label() + ": " + counts.selected() + "/" + counts.applicants()
                + String.format(java.util.Locale.ROOT, " rate=%.3f", selectionRate()) + " ratio=" + impactRatio
                + (referenceGroup == null || isHighestRate() ? "" : " vs " + referenceGroup)
                + (belowFourFifths ? " below 4/5 shortfall=" + shortfall : "") + (smallSample ? " (small sample)" : "");
    }
}
