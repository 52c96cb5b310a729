package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.junit.jupiter.api.Test;

/**
 * The fast two-sided Fisher's exact test equals the definition, summed naively over the whole
 * support: the probability of every table no more likely than the observed one, within a relative
 * 1e-7 (the tie rule of R's fisher.test).
 */
class FisherExactProperties {
    private static double byDefinition(int a, int b, int c, int d) {
        HypergeometricDistribution distribution = HypergeometricDistribution.of(a + b + c + d, a + c, a + b);
        double observed = distribution.probability(a);
        double p = 0;
        for (int x = distribution.getSupportLowerBound(); x <= distribution.getSupportUpperBound(); x++) {
            double probability = distribution.probability(x);
            if (probability <= observed * (1 + 1e-7)) {
                p += probability;
            }
        }
        return Math.min(1.0, p);
    }

    private static void assertAgrees(int a, int b, int c, int d) {
        if (a + b == 0 || c + d == 0) {
            return; // every group in an analysis has at least one applicant
        }
        double expected = byDefinition(a, b, c, d);
        assertEquals(expected, FisherExact.twoSided(a, b, c, d), 1e-9 + 1e-9 * expected,
                () -> "table " + a + " " + b + " / " + c + " " + d);
    }

    @Test
    void twoSided_equalsTheDefinitionOnSmallTables() {
        qt().withExamples(2000).forAll(integers().between(0, 40), integers().between(0, 40),
                integers().between(0, 40), integers().between(0, 40)).checkAssert(FisherExactProperties::assertAgrees);
    }

    @Test
    void twoSided_equalsTheDefinitionOnLargeTables() {
        qt().withExamples(100).forAll(integers().between(0, 5000), integers().between(0, 5000),
                integers().between(0, 5000), integers().between(0, 5000)).checkAssert(FisherExactProperties::assertAgrees);
    }

    @Test
    void twoSided_equalsTheDefinitionNearIndependence() {
        qt().withExamples(300).forAll(integers().between(1, 3000), integers().between(1, 3000),
                integers().between(-20, 20)).checkAssert((n1, n2, shift) -> {
                    int a = n1 / 3;
                    int c = Math.max(0, Math.min(n2, n2 / 3 + shift));
                    assertAgrees(a, n1 - a, c, n2 - c);
                });
    }

    @Test
    void twoSided_agreesWithCommonsStatisticsAwayFromTiedModes() {
        // Commons Statistics' FisherExactTest leaves out a second mode exactly as likely as the observed
        // table (e.g. {2, 1; 2, 3} gives 0.571 where the definition and R give 1); elsewhere they agree.
        FisherExactTest commons = FisherExactTest.withDefaults();
        int[][][] tables = {{{3, 1}, {1, 3}}, {{12, 28}, {48, 32}}, {{75, 925}, {110, 890}}, {{0, 10}, {6, 4}}};
        for (int[][] t : tables) {
            assertEquals(commons.test(t).getPValue(), FisherExact.twoSided(t[0][0], t[0][1], t[1][0], t[1][1]), 1e-12);
        }
    }
}
