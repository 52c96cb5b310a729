package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static io.github.interviewkit.model.ValidValues.band;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.SalaryBand.Position;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SalaryBandTest {
    private final SalaryBand band = band("120000", "180000");

    private static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    @Test
    void of_buildsBandWithoutRegion() {
        assertEquals(amount("120000"), band.minimum());
        assertEquals(amount("180000"), band.maximum());
        assertEquals(Currency.getInstance("USD"), band.currency());
        assertEquals(PayPeriod.ANNUAL, band.period());
        assertEquals(Optional.empty(), band.region());
    }

    @Test
    void build_acceptsEqualBoundsAndRegion() {
        SalaryBand flat = SalaryBand.builder().minimum(amount("50")).maximum(amount("50.00"))
                .currency(Currency.getInstance("EUR")).period(PayPeriod.HOURLY).region("DE").build();

        assertEquals(Optional.of("DE"), flat.region());
    }

    @Test
    void build_rejectsInvertedSalaryBand() {
        assertRejected(() -> band("180000", "120000"),
                problem("minimum", amount("180000"), "must not exceed the maximum 120000"));
    }

    @Test
    void build_comparesBoundsIgnoringTheirScale() {
        assertEquals(amount("100.50"), band("100.50", "100.5").minimum());
        assertRejected(() -> band("100.51", "100.5"), problem("minimum", amount("100.51"), "must not exceed the maximum 100.5"));
    }

    @Test
    void build_rejectsAmountsThatAreNotPositive() {
        assertRejected(() -> band("0", "-1"),
                problem("maximum", amount("-1"), "must be greater than 0"),
                problem("minimum", amount("0"), "must be greater than 0"),
                problem("minimum", amount("0"), "must not exceed the maximum -1"));
    }

    @Test
    void build_reportsMissingAttributes() {
        assertRejected(() -> SalaryBand.builder().build(),
                problem("currency", null, "is required"),
                problem("maximum", null, "is required"),
                problem("minimum", null, "is required"),
                problem("period", null, "is required"));
    }

    @Test
    void build_rejectsBlankRegion() {
        assertRejected(() -> SalaryBand.builder().from(band).region(" ").build(),
                problem("region", " ", "must not be blank"));
    }

    @Test
    void of_rejectsUnknownCurrencyCode() {
        assertRejected(() -> SalaryBand.of(amount("1"), amount("2"), "usd", PayPeriod.ANNUAL),
                problem("currency", "usd", "must be an ISO 4217 currency code, e.g. USD"));
        assertEquals("currency", assertThrows(NullPointerException.class,
                () -> SalaryBand.of(amount("1"), amount("2"), null, PayPeriod.ANNUAL)).getMessage());
    }

    @Test
    void of_reportsUnknownCurrencyTogetherWithEveryOtherProblem() {
        assertRejected(() -> SalaryBand.of(amount("3"), amount("-2"), "DOLLARS", PayPeriod.ANNUAL),
                problem("currency", "DOLLARS", "must be an ISO 4217 currency code, e.g. USD"),
                problem("maximum", amount("-2"), "must be greater than 0"),
                problem("minimum", amount("3"), "must not exceed the maximum -2"));
    }

    @Test
    void positionOf_includesBothBounds() {
        assertEquals(Position.BELOW, band.positionOf(amount("119999.99")));
        assertEquals(Position.WITHIN, band.positionOf(amount("120000")));
        assertEquals(Position.WITHIN, band.positionOf(amount("150000")));
        assertEquals(Position.WITHIN, band.positionOf(amount("180000")));
        assertEquals(Position.ABOVE, band.positionOf(amount("180000.01")));
    }

    @Test
    void contains_ignoresTheScaleOfTheAmount() {
        assertTrue(band.contains(amount("120000.000")));
        assertTrue(band.contains(amount("1.8E+5")));
        assertFalse(band.contains(amount("180000.0001")));
        assertFalse(band.contains(amount("0")));
    }

    @Test
    void positionOf_rejectsNull() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> band.positionOf(null));
        assertEquals("amount", e.getMessage());
        assertEquals("target", assertThrows(NullPointerException.class, () -> band.convertTo(null)).getMessage());
    }

    @Test
    void midpoint_isExact() {
        assertEquals(amount("150000"), band.midpoint());
        assertEquals(amount("1.5"), band("1", "2").midpoint());
        assertEquals(amount("100000.005"), band("100000.00", "100000.01").midpoint());
    }

    @Test
    void rangeSpread_isMaximumMinusMinimumOverMinimum() {
        assertEquals(0, amount("0.5").compareTo(band.rangeSpread()));
        assertEquals(0, BigDecimal.ZERO.compareTo(band("7", "7").rangeSpread()));
        assertEquals(amount("0.3333333333333333"), band("3", "4").rangeSpread());
    }

    @Test
    void convertTo_monthlyAndBackIsExact() {
        SalaryBand monthly = band.convertTo(PayPeriod.MONTHLY);

        assertEquals(PayPeriod.MONTHLY, monthly.period());
        assertEquals(0, amount("10000").compareTo(monthly.minimum()));
        assertEquals(0, amount("15000").compareTo(monthly.maximum()));
        assertEquals(band.currency(), monthly.currency());
        SalaryBand annual = monthly.convertTo(PayPeriod.ANNUAL);
        assertEquals(0, band.minimum().compareTo(annual.minimum()));
        assertEquals(0, band.maximum().compareTo(annual.maximum()));
    }

    @Test
    void convertTo_keepsTheRegion() {
        SalaryBand regional = SalaryBand.builder().from(band).region("US").build();

        assertEquals(Optional.of("US"), regional.convertTo(PayPeriod.MONTHLY).region());
    }

    @Test
    void convertTo_samePeriodReturnsTheBand() {
        assertSame(band, band.convertTo(PayPeriod.ANNUAL));
        assertSame(band, band.convertTo(PayPeriod.ANNUAL, 2080));
    }

    @Test
    void convertTo_refusesMonthlyAmountThatIsNotAnExactDecimal() {
        InterviewKitException e = assertThrows(InterviewKitException.class,
                () -> band("100000", "180000").convertTo(PayPeriod.MONTHLY));

        assertTrue(e.getMessage().contains("has no exact monthly equivalent"), e.getMessage());
    }

    @Test
    void convertTo_refusesHourlyWithoutHoursPerYear() {
        InterviewKitException toHourly = assertThrows(InterviewKitException.class,
                () -> band.convertTo(PayPeriod.HOURLY));
        SalaryBand hourly = SalaryBand.of(amount("50"), amount("60"), "USD", PayPeriod.HOURLY);
        InterviewKitException fromHourly = assertThrows(InterviewKitException.class,
                () -> hourly.convertTo(PayPeriod.MONTHLY));

        assertEquals("converting between annual and hourly pay needs the hours worked per year;"
                + " use convertTo(period, hoursPerYear)", toHourly.getMessage());
        assertEquals("converting between hourly and monthly pay needs the hours worked per year;"
                + " use convertTo(period, hoursPerYear)", fromHourly.getMessage());
    }

    @Test
    void convertTo_hourlyWithHoursPerYear() {
        SalaryBand hourly = band("104000", "208000").convertTo(PayPeriod.HOURLY, 2080);

        assertEquals(0, amount("50").compareTo(hourly.minimum()));
        assertEquals(0, amount("100").compareTo(hourly.maximum()));
        SalaryBand back = hourly.convertTo(PayPeriod.ANNUAL, 2080);
        assertEquals(0, amount("104000").compareTo(back.minimum()));
        assertEquals(0, amount("208000").compareTo(back.maximum()));
    }

    @Test
    void convertTo_hourlyToMonthlyWhenExact() {
        SalaryBand hourly = SalaryBand.of(amount("60"), amount("120"), "USD", PayPeriod.HOURLY);

        SalaryBand monthly = hourly.convertTo(PayPeriod.MONTHLY, 2080);

        assertEquals(0, amount("10400").compareTo(monthly.minimum()));
        assertEquals(0, amount("20800").compareTo(monthly.maximum()));
        assertThrows(InterviewKitException.class, () -> SalaryBand.of(amount("50"), amount("60"), "USD",
                PayPeriod.HOURLY).convertTo(PayPeriod.MONTHLY, 2080));
    }

    @Test
    void convertTo_refusesHoursPerYearThatAreNotPositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> band.convertTo(PayPeriod.HOURLY, 0));

        assertEquals("hoursPerYear must be positive, was 0", e.getMessage());
    }

    @Test
    void equality_followsTheScaleOfTheBounds() {
        assertNotEquals(band("120000", "180000"), band("120000.00", "180000"));
    }
}
