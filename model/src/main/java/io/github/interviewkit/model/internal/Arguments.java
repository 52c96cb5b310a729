package io.github.interviewkit.model.internal;

/**
 * Checks of method arguments. A {@code null} where a value is required is the caller's mistake and
 * is reported as an {@link IllegalArgumentException} that names the argument, never as a
 * {@link NullPointerException} from deep inside.
 *
 * <p>Not API: exported only to interviewkit's own modules.
 */
public final class Arguments {
    private Arguments() {}

    /**
     * @param value an argument
     * @param name its name in the method's signature
     * @param <T> its type
     * @return the argument
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static <T> T requireArgument(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
