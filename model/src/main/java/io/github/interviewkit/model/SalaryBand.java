package io.github.interviewkit.model;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pay range in one currency for one pay period, with exact decimal bounds:
 * {@code 0 < minimum <= maximum}.
 *
 * <p>Equality follows {@link BigDecimal#equals}, so {@code 120000} and {@code 120000.00} are
 * different bounds; the comparisons below use {@link BigDecimal#compareTo} and ignore scale.
 */
@Value.Immutable
public abstract class SalaryBand {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    SalaryBand() {}

    /** Where an amount falls relative to a band. */
    public enum Position {
        /** Below the minimum. */
        BELOW,
        /** Between the minimum and the maximum, both included. */
        WITHIN,
        /** Above the maximum. */
        ABOVE
    }

    /** @return the lowest amount of the band, positive */
    @NotNull
    @Positive
    public abstract BigDecimal minimum();

    /** @return the highest amount of the band, at least the minimum */
    @NotNull
    @Positive
    public abstract BigDecimal maximum();

    /** @return the ISO 4217 currency of both amounts */
    @NotNull
    public abstract Currency currency();

    /** @return the period both amounts are paid for */
    @NotNull
    public abstract PayPeriod period();

    /** @return the region the band applies to, e.g. {@code US}, if stated */
    public abstract Optional<@Pattern(regexp = Names.NOT_BLANK, message = Names.NOT_BLANK_MESSAGE) String> region();

    /**
     * Returns a band without a region.
     *
     * @param minimum the lowest amount
     * @param maximum the highest amount
     * @param currency an ISO 4217 code, e.g. {@code USD}
     * @param period the pay period
     * @return the band
     * @throws NullPointerException if an argument is {@code null}
     * @throws ContentException if an amount is not positive, the minimum exceeds the maximum or the
     *     currency code is unknown; every problem is listed
     */
    public static SalaryBand of(BigDecimal minimum, BigDecimal maximum, String currency, PayPeriod period) {
        Objects.requireNonNull(currency, "currency");
        Violations problems = Violations.collector();
        Currency parsed;
        try {
            parsed = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            problems.add("currency", currency, "must be an ISO 4217 currency code, e.g. USD");
            // A stand-in currency lets the rest of the band be checked, so every problem is reported at once.
            parsed = Currency.getInstance("XXX");
        }
        Optional<SalaryBand> band = builder().minimum(minimum).maximum(maximum).currency(parsed).period(period)
                .tryBuild(problems);
        problems.throwIfAny("SalaryBand");
        return band.orElseThrow();
    }

    /**
     * Tells whether an amount in this band's currency and period lies within it.
     *
     * @param amount an amount
     * @return {@code true} when {@code minimum <= amount <= maximum}
     * @throws NullPointerException if {@code amount} is {@code null}
     */
    public final boolean contains(BigDecimal amount) {
        return positionOf(amount) == Position.WITHIN;
    }

    /**
     * Tells where an amount in this band's currency and period lies, for example a candidate's
     * salary expectation.
     *
     * @param amount an amount; must not be {@code null}
     * @return below, within (bounds included) or above the band
     * @throws NullPointerException if {@code amount} is {@code null}
     */
    public final Position positionOf(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.compareTo(minimum()) < 0) {
            return Position.BELOW;
        }
        return amount.compareTo(maximum()) > 0 ? Position.ABOVE : Position.WITHIN;
    }

    /** @return {@code (minimum + maximum) / 2}, exact */
    public final BigDecimal midpoint() {
        return minimum().add(maximum()).divide(TWO);
    }

    /**
     * Returns the range spread as compensation practice defines it: {@code (maximum - minimum) /
     * minimum}, for example {@code 0.5} for 120,000–180,000.
     *
     * @return the spread, rounded to 16 significant digits ({@link MathContext#DECIMAL64}) when the
     *     quotient does not terminate
     */
    public final BigDecimal rangeSpread() {
        return maximum().subtract(minimum()).divide(minimum(), MathContext.DECIMAL64);
    }

    /**
     * Returns this band for another pay period, where the conversion is exact: between annual and
     * monthly, with twelve months in a year. Hourly pay needs an employer's hours per year; use
     * {@link #convertTo(PayPeriod, int)}.
     *
     * @param target the period to convert to
     * @return the converted band (this band when the period is the same)
     * @throws NullPointerException if {@code target} is {@code null}
     * @throws InterviewKitException if hourly pay is involved, or a monthly amount would not be an
     *     exact decimal (e.g. 100,000 a year is 8,333.33… a month)
     */
    public final SalaryBand convertTo(PayPeriod target) {
        Objects.requireNonNull(target, "target");
        if (target != period() && (target == PayPeriod.HOURLY || period() == PayPeriod.HOURLY)) {
            throw new InterviewKitException("converting between " + period().id() + " and " + target.id()
                    + " pay needs the hours worked per year; use convertTo(period, hoursPerYear)");
        }
        return convert(target, MONTHS_PER_YEAR, BigDecimal.ONE);
    }

    /**
     * Returns this band for another pay period, using an employer's hours worked per year for
     * hourly pay (2,080 for 40 hours over 52 weeks is common in the US).
     *
     * @param target the period to convert to
     * @param hoursPerYear the paid hours in a year, positive
     * @return the converted band
     * @throws NullPointerException if {@code target} is {@code null}
     * @throws IllegalArgumentException if {@code hoursPerYear} is not positive
     * @throws InterviewKitException if a converted amount would not be an exact decimal
     */
    public final SalaryBand convertTo(PayPeriod target, int hoursPerYear) {
        Objects.requireNonNull(target, "target");
        if (hoursPerYear <= 0) {
            throw new IllegalArgumentException("hoursPerYear must be positive, was " + hoursPerYear);
        }
        return convert(target, MONTHS_PER_YEAR, BigDecimal.valueOf(hoursPerYear));
    }

    private SalaryBand convert(PayPeriod target, BigDecimal monthsPerYear, BigDecimal hoursPerYear) {
        if (target == period()) {
            return this;
        }
        BigDecimal toAnnual = perYear(period(), monthsPerYear, hoursPerYear);
        BigDecimal fromAnnual = perYear(target, monthsPerYear, hoursPerYear);
        try {
            return builder().from(this)
                    .period(target)
                    .minimum(minimum().multiply(toAnnual).divide(fromAnnual))
                    .maximum(maximum().multiply(toAnnual).divide(fromAnnual))
                    .build();
        } catch (ArithmeticException e) {
            throw new InterviewKitException("the band " + this + " has no exact " + target.id()
                    + " equivalent: an amount would be a repeating decimal", e);
        }
    }

    private static BigDecimal perYear(PayPeriod period, BigDecimal monthsPerYear, BigDecimal hoursPerYear) {
        return switch (period) {
            case ANNUAL -> BigDecimal.ONE;
            case MONTHLY -> monthsPerYear;
            case HOURLY -> hoursPerYear;
        };
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link SalaryBand}; every attribute but the region is required, and
     * {@code 0 < minimum <= maximum}.
     */
    public static final class Builder {
        private @Nullable BigDecimal minimum;
        private @Nullable BigDecimal maximum;
        private @Nullable Currency currency;
        private @Nullable PayPeriod period;
        private Optional<String> region = Optional.empty();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(SalaryBand value) {
            Objects.requireNonNull(value, "value");
            return minimum(value.minimum())
                    .maximum(value.maximum())
                    .currency(value.currency())
                    .period(value.period())
                    .region(value.region());
        }

        /**
         * Sets the lowest amount of the band.
         *
         * @param minimum the value
         * @return this builder
         * @throws NullPointerException if {@code minimum} is {@code null}
         */
        public Builder minimum(BigDecimal minimum) {
            this.minimum = Objects.requireNonNull(minimum, "minimum");
            return this;
        }

        /**
         * Sets the highest amount of the band.
         *
         * @param maximum the value
         * @return this builder
         * @throws NullPointerException if {@code maximum} is {@code null}
         */
        public Builder maximum(BigDecimal maximum) {
            this.maximum = Objects.requireNonNull(maximum, "maximum");
            return this;
        }

        /**
         * Sets the ISO 4217 currency of both amounts.
         *
         * @param currency the value
         * @return this builder
         * @throws NullPointerException if {@code currency} is {@code null}
         */
        public Builder currency(Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
            return this;
        }

        /**
         * Sets the period both amounts are paid for.
         *
         * @param period the value
         * @return this builder
         * @throws NullPointerException if {@code period} is {@code null}
         */
        public Builder period(PayPeriod period) {
            this.period = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * Sets the region the band applies to.
         *
         * @param region the value
         * @return this builder
         * @throws NullPointerException if {@code region} is {@code null}
         */
        public Builder region(String region) {
            this.region = Optional.of(Objects.requireNonNull(region, "region"));
            return this;
        }

        /**
         * Sets or clears the region the band applies to.
         *
         * @param region the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code region} is {@code null}
         */
        public Builder region(Optional<String> region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ContentException listing every problem of the value and of the parts built with it
         */
        public SalaryBand build() {
            return Tree.root(this::tree, "SalaryBand");
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<SalaryBand> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        @Nullable SalaryBand tree(ViolationSink out, boolean check) {

            Tree.Incomplete incomplete = new Tree.Incomplete();
            SalaryBand salaryBand = new ImmutableSalaryBand.Builder()
                    .minimum(minimum)
                    .maximum(maximum)
                    .currency(currency)
                    .period(period)
                    .region(region)
                    .build();
            if (check) {
                ModelRules.salaryBand(salaryBand, incomplete.filter(out));
            }
            return salaryBand;
        }
    }
}
