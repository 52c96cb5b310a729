package io.github.interviewkit.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How content names the constants of an enum: by a lower-case id, the constant's name with
 * underscores as hyphens ({@code STRONG_HIRE} is {@code strong-hire}). Every enum of interviewkit
 * that appears in documents ({@link Severity}, {@link MarketDemand}, {@link PayPeriod}, and those of
 * the other modules) names its constants this way, and a module that adds one does too.
 */
public final class ContentIds {
    private ContentIds() {}

    /**
     * Returns the content id of an enum constant.
     *
     * @param constant an enum constant
     * @return its id: the name in lower case, underscores as hyphens
     * @throws NullPointerException if {@code constant} is {@code null}
     */
    public static String of(Enum<?> constant) {
        return Objects.requireNonNull(constant, "constant").name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the constant with a content id.
     *
     * @param constants the enum's constants, e.g. {@code Severity.values()}
     * @param id a content id such as {@code critical}
     * @param <E> the enum type
     * @return the constant, or empty if none has that id
     * @throws NullPointerException if an argument is {@code null}
     */
    public static <E extends Enum<E>> Optional<E> find(E[] constants, String id) {
        Objects.requireNonNull(constants, "constants");
        Objects.requireNonNull(id, "id");
        for (E constant : constants) {
            if (of(constant).equals(id)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
