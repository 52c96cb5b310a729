package io.github.interviewkit.model.spi;

import io.github.interviewkit.model.InterviewKitException;
import java.util.List;

/**
 * Thrown when content packs cannot be listed: a provider of {@link ContentPack} cannot be found or
 * created, a pack's {@link ContentPack#id()} or {@link ContentPack#role()} fails or disagree, or two
 * packs have the same id. The message names the service and every provider at fault; the first
 * underlying failure is the {@linkplain #getCause() cause} and the others are
 * {@linkplain #getSuppressed() suppressed}.
 */
public class ContentPackException extends InterviewKitException {
    private static final long serialVersionUID = 1L;

    /** The fully qualified class names of the providers at fault, in the order they were met. */
    // An unmodifiable copy of serializable elements: serializable, whatever its declared type.
    @SuppressWarnings("serial")
    private final List<String> providers;

    ContentPackException(String message, List<String> providers, Throwable cause) {
        super(message, cause);
        this.providers = List.copyOf(providers);
    }

    /**
     * Returns the providers at fault.
     *
     * @return the fully qualified class names of the providers at fault, in the order they were
     *     met, each once; a provider whose class could not be determined is absent
     */
    public List<String> providers() {
        return providers;
    }
}
