package io.github.interviewkit.analytics;

import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.ScoringInputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Adverse-impact analysis of selection outcomes by groups the caller labels. Every group is
 * compared with a reference group, the one with the highest selection rate (29 CFR 1607.4(D)),
 * and every figure names it: the impact ratio, the four-fifths rule decided exactly on the counts,
 * the shortfall (how many more selections of the group remove the impact) and the one-person flip
 * test, Fisher's exact test (two-sided, and one-sided in either direction), the pooled and
 * unpooled two-proportion z-tests, the Yates-corrected chi-square, and a caution when numbers are
 * small. The library never needs the protected attribute itself: the caller passes labels.
 *
 * <p>The Uniform Guidelines ask for the components of a selection procedure to be evaluated where
 * the total shows adverse impact (29 CFR 1607.4(C), 1607.15(A)(2)): {@link SelectionFlow} gives a
 * report per stage and at the bottom line, and {@link #perCriterion} a report per rubric criterion.
 */
public final class AdverseImpact {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final ChiSquaredDistribution ONE_DEGREE = ChiSquaredDistribution.of(1);
    private static final BigInteger FOUR = BigInteger.valueOf(4);
    private static final BigInteger FIVE = BigInteger.valueOf(5);
    private static final int SMALL_EXPECTED_COUNT = 5;

    private AdverseImpact() {}

    /**
     * Analyses counts per group.
     *
     * @param groups the groups, each label once
     * @return the report, groups sorted by label
     * @throws NullPointerException if {@code groups} is {@code null}
     * @throws ScoringInputException if an entry is missing, the list is empty or a label repeats;
     *     every problem is listed
     */
    public static AdverseImpactReport analyze(List<GroupSelection> groups) {
        Objects.requireNonNull(groups, "groups");
        if (groups.isEmpty()) {
            throw Inputs.invalid("AdverseImpact", "groups", "[]", "needs at least one group");
        }
        return SelectionCounts.of(groups).report();
    }

    /**
     * Counts outcomes by group, then analyses them.
     *
     * @param outcomes the outcomes, one per applicant
     * @param group the label of an outcome's group, never {@code null} or blank
     * @param selected whether an outcome is a selection
     * @param <T> the type of an outcome
     * @return the report, groups sorted by label
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if an outcome is missing, there is no outcome or an outcome's
     *     label is missing or blank; every problem is listed
     */
    public static <T> AdverseImpactReport analyze(Iterable<? extends T> outcomes,
            Function<? super T, String> group, Predicate<? super T> selected) {
        return SelectionCounts.of(outcomes, group, selected).report();
    }

    /**
     * Adverse impact per rubric criterion: which criterion's pass rate drives an impact. A
     * candidate passes a criterion when the mean of the interviewers' assessed ratings of it is at
     * or above {@code passingLevel} (decided exactly: sum at least level times count); a criterion
     * nobody assessed for a candidate does not count for that candidate.
     *
     * @param panels the panels, one per candidate
     * @param group the label of a panel's candidate's group, never {@code null} or blank
     * @param passingLevel the lowest rating that passes
     * @return one report per criterion
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if a panel is missing or a label is missing or blank; every
     *     problem is listed
     */
    public static CriterionImpactReport perCriterion(List<Panel> panels, Function<? super Panel, String> group,
            int passingLevel) {
        return CriterionPassCounts.of(panels, group, passingLevel).report();
    }

    /** Compares validated groups, sorted by label, with the highest-rate group. */
    static AdverseImpactReport compare(List<GroupSelection> unsorted) {
        List<GroupSelection> groups = new ArrayList<>(unsorted);
        groups.sort(Comparator.comparing(GroupSelection::label));
        if (groups.isEmpty()) {
            return new AdverseImpactReport(List.of(), null, "no group has an applicant");
        }
        GroupSelection highest = groups.get(0);
        for (GroupSelection group : groups) {
            if (rateComparison(group, highest) > 0) {
                highest = group;
            }
        }
        List<GroupImpact> impacts = new ArrayList<>(groups.size());
        if (highest.selected() == 0) {
            String reason = "no group had any selection: there is no highest rate to compare with";
            for (GroupSelection group : groups) {
                GroupImpact.Builder impact = new GroupImpact.Builder(group, null, reason);
                impact.smallSample = smallSample(group, highest);
                impacts.add(impact.build());
            }
            return new AdverseImpactReport(impacts, null, reason);
        }
        for (GroupSelection group : groups) {
            impacts.add(group == highest ? reference(group) : compared(group, highest));
        }
        return new AdverseImpactReport(impacts, highest.label(), null);
    }

    /** Compares the rates a/b exactly: sign of selectedA * applicantsB - selectedB * applicantsA. */
    private static int rateComparison(GroupSelection a, GroupSelection b) {
        return Long.compare((long) a.selected() * b.applicants(), (long) b.selected() * a.applicants());
    }

    private static GroupImpact reference(GroupSelection group) {
        GroupImpact.Builder impact = new GroupImpact.Builder(group, group.label(),
                "this is the reference group, the highest rate, the others are compared with");
        impact.impactRatio = Coefficient.of(1.0);
        return impact.build();
    }

    private static GroupImpact compared(GroupSelection group, GroupSelection reference) {
        GroupImpact.Builder impact = new GroupImpact.Builder(group, reference.label(), "");
        int a = group.selected();
        int b = group.applicants() - group.selected();
        int c = reference.selected();
        int d = reference.applicants() - reference.selected();
        impact.impactRatio = ratio(a, group.applicants(), c, reference.applicants());
        impact.belowFourFifths = belowFourFifths(a, group.applicants(), c, reference.applicants());
        if (impact.belowFourFifths) {
            // smallest s with 5 (a + s) N_ref >= 4 c N: s = ceil(4 c N / (5 N_ref)) - a
            BigInteger needed = FOUR.multiply(BigInteger.valueOf(c)).multiply(BigInteger.valueOf(group.applicants()));
            BigInteger[] division = needed.divideAndRemainder(FIVE.multiply(BigInteger.valueOf(reference.applicants())));
            long ceiling = division[0].longValueExact() + (division[1].signum() > 0 ? 1 : 0);
            impact.shortfall = Math.max(0, ceiling - a);
        }
        boolean exact = (long) group.applicants() + reference.applicants() <= Integer.MAX_VALUE;
        String tooLarge = "more than " + Integer.MAX_VALUE + " applicants in the two groups: too many for the exact "
                + "test; use the z-test";
        impact.fisherExactP = exact ? Coefficient.of(FisherExact.twoSided(a, b, c, d)) : Coefficient.undefined(tooLarge);
        impact.fisherExactLowerP = exact ? Coefficient.of(FisherExact.less(a, b, c, d)) : Coefficient.undefined(tooLarge);
        impact.fisherExactHigherP = exact ? Coefficient.of(FisherExact.greater(a, b, c, d))
                : Coefficient.undefined(tooLarge);
        double n1 = group.applicants();
        double n2 = reference.applicants();
        double p1 = a / n1;
        double p2 = c / n2;
        double pooled = ((double) a + c) / (n1 + n2);
        double pooledError = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (pooledError == 0) {
            String reason = "both groups were all selected or none was: the pooled rate has no variance";
            impact.zStatistic = Coefficient.undefined(reason);
            impact.zTestP = Coefficient.undefined(reason);
        } else {
            impact.zStatistic = Coefficient.of((p1 - p2) / pooledError);
            impact.zTestP = twoSidedNormal((p1 - p2) / pooledError);
        }
        double unpooledError = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        if (unpooledError == 0) {
            String reason = "each group's rate is 0 or 1: the unpooled standard error is zero";
            impact.zStatisticUnpooled = Coefficient.undefined(reason);
            impact.zTestUnpooledP = Coefficient.undefined(reason);
        } else {
            impact.zStatisticUnpooled = Coefficient.of((p1 - p2) / unpooledError);
            impact.zTestUnpooledP = twoSidedNormal((p1 - p2) / unpooledError);
        }
        Coefficient yates = yates(a, b, c, d);
        impact.chiSquareYates = yates;
        impact.chiSquareYatesP = yates.isDefined()
                ? Coefficient.of(ONE_DEGREE.survivalProbability(yates.value().getAsDouble()))
                : yates;
        impact.smallSample = smallSample(group, reference);
        FlipTestOutcome.Alternative oneMore = a < group.applicants()
                ? alternative(a + 1, group.applicants(), c, reference.applicants(), exact) : null;
        FlipTestOutcome.Alternative oneFewer = alternative(a, group.applicants(), c - 1, reference.applicants(), exact);
        impact.flipTest = new FlipTestOutcome(impact.belowFourFifths, impact.fisherExactP, oneMore, oneFewer);
        return impact.build();
    }

    private static FlipTestOutcome.Alternative alternative(int selected, int applicants, int referenceSelected,
            int referenceApplicants, boolean exact) {
        Coefficient ratio = referenceSelected == 0
                ? Coefficient.undefined("the reference group would have no selection")
                : ratio(selected, applicants, referenceSelected, referenceApplicants);
        boolean below = belowFourFifths(selected, applicants, referenceSelected, referenceApplicants);
        Coefficient p = exact
                ? Coefficient.of(FisherExact.twoSided(selected, applicants - selected, referenceSelected,
                        referenceApplicants - referenceSelected))
                : Coefficient.undefined("too many applicants for the exact test");
        return new FlipTestOutcome.Alternative(ratio, below, p);
    }

    private static Coefficient ratio(long selected, long applicants, long referenceSelected, long referenceApplicants) {
        return Coefficient.of(Fraction.of(selected * referenceApplicants, referenceSelected * applicants).doubleValue());
    }

    /**
     * Exact: 5 * selected * referenceApplicants < 4 * referenceSelected * applicants. The products
     * fit a long, five times them may not, so the comparison is made on BigInteger.
     */
    private static boolean belowFourFifths(long selected, long applicants, long referenceSelected,
            long referenceApplicants) {
        return FIVE.multiply(BigInteger.valueOf(selected * referenceApplicants))
                .compareTo(FOUR.multiply(BigInteger.valueOf(referenceSelected * applicants))) < 0;
    }

    /** N (|ad - bc| - min(N/2, |ad - bc|))^2 / ((a+b)(c+d)(a+c)(b+d)), in exact arithmetic. */
    private static Coefficient yates(long a, long b, long c, long d) {
        BigInteger rows = BigInteger.valueOf(a + b).multiply(BigInteger.valueOf(c + d));
        BigInteger columns = BigInteger.valueOf(a + c).multiply(BigInteger.valueOf(b + d));
        BigInteger margins = rows.multiply(columns);
        if (margins.signum() == 0) {
            return Coefficient.undefined("a row or column of the table is empty: the chi-square has no expected counts");
        }
        long n = a + b + c + d;
        BigInteger twiceDifference = BigInteger.valueOf(a).multiply(BigInteger.valueOf(d))
                .subtract(BigInteger.valueOf(b).multiply(BigInteger.valueOf(c))).abs().shiftLeft(1);
        BigInteger correction = twiceDifference.min(BigInteger.valueOf(n));
        BigInteger corrected = twiceDifference.subtract(correction);
        // (2|ad - bc| - min(N, 2|ad - bc|))^2 N / (4 margins)
        Fraction statistic = Fraction.of(corrected.pow(2).multiply(BigInteger.valueOf(n)), margins.shiftLeft(2));
        return Coefficient.of(statistic.doubleValue());
    }

    private static Coefficient twoSidedNormal(double z) {
        return Coefficient.of(Math.min(1.0, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z))));
    }

    private static boolean smallSample(GroupSelection group, @Nullable GroupSelection reference) {
        if (reference == null) {
            return true;
        }
        long selected = (long) group.selected() + reference.selected();
        long applicants = (long) group.applicants() + reference.applicants();
        long rejected = applicants - selected;
        for (GroupSelection g : new GroupSelection[] {group, reference}) {
            // expected = applicants_g * selected / applicants < 5, compared without division
            if ((long) g.applicants() * selected < SMALL_EXPECTED_COUNT * applicants
                    || (long) g.applicants() * rejected < SMALL_EXPECTED_COUNT * applicants) {
                return true;
            }
        }
        return false;
    }
}
