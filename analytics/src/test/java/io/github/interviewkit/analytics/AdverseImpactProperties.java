package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of the adverse-impact analysis over random group counts. */
class AdverseImpactProperties {
    private static List<GroupSelection> groups(long seed, int count) {
        Random random = new Random(seed);
        List<GroupSelection> groups = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            int applicants = 1 + random.nextInt(60);
            groups.add(GroupSelection.of("group-" + g, applicants, random.nextInt(applicants + 1)));
        }
        return groups;
    }

    @Test
    void impactRatios_lieBetweenZeroAndOne_andTheHighestRateGroupHasRatioOne() {
        qt().withExamples(300).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, count) -> {
            AdverseImpactReport report = AdverseImpact.analyze(groups(seed, count));
            for (GroupImpact group : report.groups()) {
                group.impactRatio().value().ifPresent(ratio -> assertTrue(ratio >= 0 && ratio <= 1, "ratio " + ratio));
                group.zTestP().value().ifPresent(p -> assertTrue(p >= 0 && p <= 1, "p " + p));
                group.fisherExactP().value().ifPresent(p -> assertTrue(p >= 0 && p <= 1, "p " + p));
                if (group.isHighestRate()) {
                    assertEquals(1.0, group.impactRatio().value().orElseThrow());
                }
            }
            assertEquals(report.isDefined(), report.highestRateGroup().isPresent());
        });
    }

    @Test
    void fourFifthsDecision_isUnchangedWhenEveryCountIsScaledByTheSameFactor() {
        qt().withExamples(300).forAll(longs().all(), integers().between(2, 5), integers().between(2, 1000))
                .checkAssert((seed, count, factor) -> {
                    List<GroupSelection> groups = groups(seed, count);
                    List<GroupSelection> scaled = new ArrayList<>();
                    for (GroupSelection group : groups) {
                        scaled.add(GroupSelection.of(group.label(), group.applicants() * factor, group.selected() * factor));
                    }
                    AdverseImpactReport original = AdverseImpact.analyze(groups);
                    AdverseImpactReport larger = AdverseImpact.analyze(scaled);
                    for (int g = 0; g < count; g++) {
                        assertEquals(original.groups().get(g).belowFourFifths(), larger.groups().get(g).belowFourFifths());
                        assertEquals(original.groups().get(g).impactRatio(), larger.groups().get(g).impactRatio());
                    }
                });
    }

    @Test
    void report_ignoresTheOrderInWhichGroupsAreGiven() {
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, count) -> {
            List<GroupSelection> groups = groups(seed, count);
            List<GroupSelection> reversed = new ArrayList<>(groups);
            Collections.reverse(reversed);
            assertEquals(AdverseImpact.analyze(groups).toString(), AdverseImpact.analyze(reversed).toString());
        });
    }
}
