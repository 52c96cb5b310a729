package io.github.interviewkit.model;

/** The period a pay amount is quoted for. */
public enum PayPeriod {
    /** Per year. */
    ANNUAL,
    /** Per month; twelve months make a year. */
    MONTHLY,
    /** Per hour worked; how many hours make a year depends on the employer, so it is always given. */
    HOURLY;

    /** @return the name used in content files: {@code annual}, {@code monthly} or {@code hourly} */
    public String id() {
        return Names.idOf(this);
    }
}
