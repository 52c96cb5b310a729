package io.github.interviewkit.model;

/** How sought after people in a role are in the job market, as a content source reports it. */
public enum MarketDemand {
    /** Few openings for the people available. */
    LOW,
    /** Openings and people roughly balance. */
    MODERATE,
    /** More openings than people: expect competition for candidates. */
    HIGH;

    /** @return the name used in content files: {@code low}, {@code moderate} or {@code high} */
    public String id() {
        return Names.idOf(this);
    }
}
