package io.github.interviewkit.model.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * How content names things: enum constants by a lower-case id ({@code STRONG_HIRE} is
 * {@code strong-hire}) and places by a path ({@code questions[3].competencies[0]}).
 *
 * <p>Not API: exported only to interviewkit's own modules (one of the documented handful in ARCHITECTURE.md).
 */
public final class ContentNames {
    private ContentNames() {}

    /**
     * @param constant an enum constant
     * @return its content id: the name in lower case, underscores as hyphens
     */
    public static String idOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param constants an enum's constants
     * @param id a content id
     * @param <E> the enum type
     * @return the constant with that id, or empty
     */
    public static <E extends Enum<E>> Optional<E> fromId(E[] constants, String id) {
        for (E constant : constants) {
            if (idOf(constant).equals(id)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * @param parent a path, empty for the whole value
     * @param child a field name
     * @return the path of the field under the parent
     */
    public static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }
}
