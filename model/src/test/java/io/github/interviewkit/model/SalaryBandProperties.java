package io.github.interviewkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.interviewkit.model.SalaryBand.Position;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class SalaryBandProperties {
    private static final int EXAMPLES = 500;

    @Test
    void boundsAndMidpoint_areWithinTheBand() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.salaryBands()).checkAssert(band -> {
            assertTrue(band.contains(band.minimum()));
            assertTrue(band.contains(band.maximum()));
            assertTrue(band.contains(band.midpoint()));
            assertEquals(0, band.midpoint().subtract(band.minimum()).compareTo(band.maximum().subtract(band.midpoint())));
        });
    }

    @Test
    void positionOf_isMonotonic() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.salaryBands(), RoleGenerators.positiveDecimals(),
                RoleGenerators.positiveDecimals()).checkAssert((band, x, y) -> {
                    BigDecimal low = x.min(y);
                    BigDecimal high = x.max(y);
                    assertTrue(band.positionOf(low).compareTo(band.positionOf(high)) <= 0, low + " vs " + high);
                });
    }

    @Test
    void positionOf_isBelowJustUnderTheMinimumAndAboveJustOverTheMaximum() {
        BigDecimal ulp = new BigDecimal("0.000001");
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.salaryBands()).checkAssert(band -> {
            assertEquals(Position.BELOW, band.positionOf(band.minimum().subtract(ulp)));
            assertEquals(Position.ABOVE, band.positionOf(band.maximum().add(ulp)));
        });
    }

    @Test
    void rangeSpread_isZeroExactlyForAFlatBandAndPositiveOtherwise() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.salaryBands()).checkAssert(band ->
                assertEquals(band.minimum().compareTo(band.maximum()) == 0 ? 0 : 1, band.rangeSpread().signum()));
    }

    /* Either the conversion refuses, or converting back gives the same amounts: nothing is rounded. */
    @Test
    void convertTo_isExactOrRefused() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.salaryBands(), Generate.enumValues(PayPeriod.class),
                Generate.range(1, 4000)).checkAssert((band, target, hoursPerYear) -> {
                    SalaryBand converted;
                    try {
                        converted = band.convertTo(target, hoursPerYear);
                    } catch (InterviewKitException refused) {
                        assertTrue(refused.getMessage().contains("has no exact"), refused.getMessage());
                        return;
                    }
                    SalaryBand back = converted.convertTo(band.period(), hoursPerYear);
                    assertEquals(target, converted.period());
                    assertEquals(0, band.minimum().compareTo(back.minimum()), band + " -> " + converted + " -> " + back);
                    assertEquals(0, band.maximum().compareTo(back.maximum()), band + " -> " + converted + " -> " + back);
                    assertEquals(band.currency(), converted.currency());
                    assertEquals(band.region(), converted.region());
                });
    }
}
