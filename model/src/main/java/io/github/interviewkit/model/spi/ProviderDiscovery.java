package io.github.interviewkit.model.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Finds the providers of a service and keeps every failure instead of skipping the provider: a
 * look-up that fails, a provider that cannot be located, loaded or created, or that creates
 * nothing. The registries built on it (content packs, scoring strategies) add their own checks as
 * {@link Problem}s and turn them all into one exception with {@link #failure}.
 *
 * <p>A provider type found more than once (through several look-ups) is kept once. An instance is
 * not safe for use by several threads at once.
 *
 * <p>This is the discovery behind {@link ContentPacks} and interviewkit's scoring strategies,
 * offered to modules that build registries of their own in the same way.
 *
 * @param <S> the service type
 */
public final class ProviderDiscovery<S> {
    private final Class<S> service;
    private final Set<Class<?>> types = new HashSet<>();
    private final List<S> found = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /**
     * One thing wrong with one provider.
     *
     * @param provider the provider's class name, or {@code null} when it is not known
     * @param what what is wrong, e.g. {@code cannot be created}
     * @param cause the failure behind it, or {@code null}
     */
    public record Problem(@Nullable String provider, String what, @Nullable Throwable cause) {
        /**
         * Checks the problem's parts.
         *
         * @param provider the provider's class name, or {@code null} when it is not known
         * @param what what is wrong
         * @param cause the failure behind it, or {@code null}
         * @throws NullPointerException if {@code what} is {@code null}
         */
        public Problem {
            Objects.requireNonNull(what, "what");
        }
    }

    /** @param service the service whose providers are looked up */
    public ProviderDiscovery(Class<S> service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * Looks the service up and adds its providers; a failed look-up is kept as a problem.
     *
     * @param loader makes the service loader, e.g. {@code () -> ServiceLoader.load(S.class)}
     */
    public void discover(Supplier<ServiceLoader<S>> loader) {
        Objects.requireNonNull(loader, "loader");
        Iterator<ServiceLoader.Provider<S>> providers;
        try {
            providers = loader.get().stream().iterator();
        } catch (ServiceConfigurationError e) {
            problems.add(new Problem(null, "the service cannot be looked up", e));
            return;
        }
        discover(providers);
    }

    /**
     * Adds providers from a source that behaves like {@link ServiceLoader#stream()}: iterating may
     * throw {@link ServiceConfigurationError}, and so may {@code get()}. Tests feed broken
     * providers through it without installing them.
     *
     * @param providers the providers
     */
    public void discover(Iterator<? extends ServiceLoader.Provider<? extends S>> providers) {
        Objects.requireNonNull(providers, "providers");
        while (true) {
            ServiceLoader.Provider<? extends S> provider;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                // The service loader names the provider in its message; its iterator is not
                // guaranteed to move past the failure, so discovery stops here.
                problems.add(new Problem(null, "a provider cannot be located or loaded", e));
                return;
            }
            Class<?> type = provider.type();
            if (!types.add(type)) {
                continue;
            }
            try {
                S instance = provider.get();
                if (instance == null) {
                    problems.add(new Problem(type.getName(), "created nothing (null)", null));
                } else {
                    found.add(instance);
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.add(new Problem(type.getName(), "cannot be created", e));
            }
        }
    }

    /** @return the providers created so far, in the order found */
    public List<S> found() {
        return List.copyOf(found);
    }

    /** @return the problems met so far, in the order met */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** @return the service's class name */
    public String serviceName() {
        return service.getName();
    }

    /**
     * Makes one exception of every problem: a message that names the service and lists each
     * problem with its provider, the first failure as the cause and the others as suppressed.
     *
     * @param service the service's class name
     * @param problems the problems; not empty
     * @param create makes the exception from the message and the cause (which may be {@code null})
     * @param <E> the exception type
     * @return the exception, to be thrown
     */
    public static <E extends RuntimeException> E failure(String service, List<Problem> problems,
            BiFunction<String, @Nullable Throwable, E> create) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(create, "create");
        StringBuilder message = new StringBuilder("cannot list the providers of ").append(service).append(": ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        List<Throwable> causes = new ArrayList<>();
        for (Problem problem : problems) {
            message.append("\n  - ")
                    .append(problem.provider() == null ? "" : "provider " + problem.provider() + ": ")
                    .append(problem.what());
            if (problem.cause() != null) {
                message.append(": ").append(problem.cause());
                causes.add(problem.cause());
            }
        }
        E exception = create.apply(message.toString(), causes.isEmpty() ? null : causes.get(0));
        causes.stream().skip(1).forEach(exception::addSuppressed);
        return exception;
    }

    /**
     * @param problems problems
     * @return the class names of the providers at fault, each once, in order
     */
    public static List<String> providersOf(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        Set<String> providers = new LinkedHashSet<>();
        for (Problem problem : problems) {
            if (problem.provider() != null) {
                providers.add(problem.provider());
            }
        }
        return List.copyOf(providers);
    }
}
