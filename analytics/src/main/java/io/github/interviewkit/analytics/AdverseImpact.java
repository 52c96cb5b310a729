package io.github.interviewkit.analytics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Adverse-impact analysis of selection outcomes by groups the caller labels: each group's
 * selection rate, its impact ratio against the highest-rate group, the four-fifths rule of the
 * Uniform Guidelines on Employee Selection Procedures (29 CFR 1607.4(D)) decided exactly on the
 * counts, Fisher's exact test (two-sided) and the pooled two-proportion z-test, and a caution when
 * numbers are small. The library never needs the protected attribute itself: the caller passes
 * labels.
 */
public final class AdverseImpact {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final BigInteger FOUR = BigInteger.valueOf(4);
    private static final BigInteger FIVE = BigInteger.valueOf(5);
    private static final int SMALL_EXPECTED_COUNT = 5;

    private AdverseImpact() {}

    /**
     * Analyses counts per group.
     *
     * @param groups the groups, each label once
     * @return the report, groups sorted by label
     * @throws io.github.interviewkit.scoring.ScoringInputException if the list or an entry is
     *     missing, it is empty or a label repeats; every problem is listed
     */
    public static AdverseImpactReport analyze(List<GroupSelection> groups) {
        Problems problems = new Problems("AdverseImpact");
        if (groups == null) {
            problems.add("groups", null, "is required").throwIfAny();
        }
        if (groups.isEmpty()) {
            problems.add("groups", "[]", "needs at least one group");
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupSelection group = groups.get(i);
            if (group == null) {
                problems.add("groups[" + i + "]", null, "is required");
            } else if (!labels.add(group.label())) {
                problems.add("groups[" + i + "].label", group.label(), "repeats the label of an earlier group");
            }
        }
        problems.throwIfAny();
        return compare(groups);
    }

    /**
     * Counts outcomes by group, then analyses them.
     *
     * @param outcomes the outcomes, one per applicant
     * @param group the label of an outcome's group, never {@code null} or blank
     * @param selected whether an outcome is a selection
     * @param <T> the type of an outcome
     * @return the report, groups sorted by label
     * @throws io.github.interviewkit.scoring.ScoringInputException if an argument or an outcome is
     *     missing, there is no outcome or an outcome's label is missing or blank; every problem is
     *     listed
     */
    public static <T> AdverseImpactReport analyze(Iterable<? extends T> outcomes,
            Function<? super T, String> group, Predicate<? super T> selected) {
        Problems problems = new Problems("AdverseImpact");
        if (outcomes == null) {
            problems.add("outcomes", null, "is required");
        }
        if (group == null) {
            problems.add("group", null, "is required");
        }
        if (selected == null) {
            problems.add("selected", null, "is required");
        }
        problems.throwIfAny();
        Map<String, int[]> tallies = new HashMap<>();
        int index = 0;
        for (Iterator<? extends T> it = outcomes.iterator(); it.hasNext(); index++) {
            T outcome = it.next();
            if (outcome == null) {
                problems.add("outcomes[" + index + "]", null, "is required");
                continue;
            }
            String label = group.apply(outcome);
            int[] tally = label == null ? null : tallies.get(label);
            if (tally == null) {
                if (label == null || label.isBlank()) {
                    problems.add("outcomes[" + index + "]", label, "the outcome's group label is missing or blank");
                    continue;
                }
                tally = new int[2];
                tallies.put(label, tally);
            }
            tally[0]++;
            // Without a branch: selections come in no predictable order.
            tally[1] += selected.test(outcome) ? 1 : 0;
        }
        if (index == 0) {
            problems.add("outcomes", "[]", "needs at least one outcome");
        }
        problems.throwIfAny();
        List<GroupSelection> groups = new ArrayList<>(tallies.size());
        tallies.forEach((label, tally) -> groups.add(GroupSelection.of(label, tally[0], tally[1])));
        return compare(groups);
    }

    private static AdverseImpactReport compare(List<GroupSelection> unsorted) {
        List<GroupSelection> groups = new ArrayList<>(unsorted);
        groups.sort(Comparator.comparing(GroupSelection::label));
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
                Coefficient undefined = Coefficient.undefined(reason);
                impacts.add(new GroupImpact(group, false, undefined, false, undefined, undefined, undefined,
                        smallSample(group, highest)));
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
        Coefficient itself = Coefficient.undefined("this is the highest-rate group the others are compared with");
        return new GroupImpact(group, true, Coefficient.of(1.0), false, itself, itself, itself, false);
    }

    private static GroupImpact compared(GroupSelection group, GroupSelection highest) {
        long numerator = (long) group.selected() * highest.applicants();
        long denominator = (long) highest.selected() * group.applicants();
        Coefficient ratio = Coefficient.of((double) numerator / denominator);
        // Exact: 5 * selected * highestApplicants < 4 * highestSelected * applicants. The products fit
        // a long, five times them may not, so the comparison is made on BigInteger.
        boolean below = FIVE.multiply(BigInteger.valueOf(numerator))
                .compareTo(FOUR.multiply(BigInteger.valueOf(denominator))) < 0;
        int[][] table = {
            {group.selected(), group.applicants() - group.selected()},
            {highest.selected(), highest.applicants() - highest.selected()}
        };
        Coefficient fisher = (long) group.applicants() + highest.applicants() > Integer.MAX_VALUE
                ? Coefficient.undefined("more than " + Integer.MAX_VALUE
                        + " applicants in the two groups: too many for the exact test; use the z-test")
                : Coefficient.of(FisherExact.twoSided(table[0][0], table[0][1], table[1][0], table[1][1]));
        double pooled = ((double) group.selected() + highest.selected())
                / ((double) group.applicants() + highest.applicants());
        double standardError = Math.sqrt(pooled * (1 - pooled)
                * (1.0 / group.applicants() + 1.0 / highest.applicants()));
        Coefficient z;
        Coefficient zP;
        if (standardError == 0) {
            String reason = "both groups were all selected: the pooled rate has no variance";
            z = Coefficient.undefined(reason);
            zP = Coefficient.undefined(reason);
        } else {
            double statistic = ((double) group.selected() / group.applicants()
                    - (double) highest.selected() / highest.applicants()) / standardError;
            z = Coefficient.of(statistic);
            zP = Coefficient.of(Math.min(1.0, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(statistic))));
        }
        return new GroupImpact(group, false, ratio, below, fisher, z, zP, smallSample(group, highest));
    }

    private static boolean smallSample(GroupSelection group, GroupSelection highest) {
        long selected = (long) group.selected() + highest.selected();
        long applicants = (long) group.applicants() + highest.applicants();
        long rejected = applicants - selected;
        for (GroupSelection g : new GroupSelection[] {group, highest}) {
            // expected = applicants_g * selected / applicants < 5, compared without division
            if ((long) g.applicants() * selected < SMALL_EXPECTED_COUNT * applicants
                    || (long) g.applicants() * rejected < SMALL_EXPECTED_COUNT * applicants) {
                return true;
            }
        }
        return false;
    }
}
