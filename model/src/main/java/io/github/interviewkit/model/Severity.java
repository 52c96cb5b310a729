package io.github.interviewkit.model;

/** How much a {@link Pitfall} weighs against a candidate, from least to most. */
public enum Severity {
    /** Worth noting; does not change a recommendation on its own. */
    MINOR,
    /** Serious enough to cap a recommendation. */
    MAJOR,
    /** Disqualifying on its own. */
    CRITICAL;

    /** @return the name used in content files: {@code minor}, {@code major} or {@code critical} */
    public String id() {
        return Names.idOf(this);
    }
}
