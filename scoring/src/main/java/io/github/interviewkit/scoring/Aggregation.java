package io.github.interviewkit.scoring;

import io.github.interviewkit.model.ContentIds;
import java.util.Optional;

/**
 * How the ratings interviewers gave one criterion combine into the criterion's aggregate. Only
 * assessed ratings take part; "not assessed" is left out. Every aggregation is a rational number
 * computed exactly from the integer levels, and every one is monotone: raising one rating never
 * lowers the aggregate.
 */
public enum Aggregation {
    /** The arithmetic mean of the ratings. */
    MEAN,
    /** The median; with an even number of ratings, the mean of the two middle ones. */
    MEDIAN,
    /**
     * The mean after dropping the single lowest and the single highest rating; with fewer than
     * three ratings, the plain mean.
     */
    TRIMMED_MEAN;

    /** @return the id used in documents, e.g. {@code trimmed-mean} */
    public String id() {
        return ContentIds.of(this);
    }

    /**
     * Returns the aggregation with an id.
     *
     * @param id an id such as {@code median}
     * @return the aggregation, or empty if none has that id
     */
    public static Optional<Aggregation> fromId(String id) {
        return ContentIds.find(values(), id);
    }
}
