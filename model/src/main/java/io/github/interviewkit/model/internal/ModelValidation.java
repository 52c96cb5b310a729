package io.github.interviewkit.model.internal;

import io.github.interviewkit.model.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Validates values of the model and of modules built on it: the Bean Validation constraints on
 * their accessors, then the {@link StructuralRules rules} that span several attributes or objects.
 * The result is one sorted list of {@link Violation}s with content paths.
 *
 * <p>Not API: exported only to interviewkit's own modules.
 */
public final class ModelValidation {
    private static final ThreadLocal<Boolean> DEFERRED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private ModelValidation() {}

    /**
     * Validates a value and everything it contains.
     *
     * @param value a model value
     * @return every problem, sorted by location then path; empty when the value is valid
     */
    public static List<Violation> validate(Object value) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<Object> violation : ValidatorHolder.VALIDATOR.validate(value)) {
            Object invalid = violation.getInvalidValue();
            String message = invalid == null ? "is required" : violation.getMessage();
            violations.add(Violation.of(pathOf(violation.getPropertyPath()), invalid, message));
        }
        StructuralRules.check(value, "", violations);
        return sorted(violations);
    }

    /**
     * Runs an action during which values built on this thread skip their build-time check, so that
     * a reader can build a whole invalid document and then report every problem in it at once.
     * The caller must validate the result itself.
     *
     * @param action builds values
     * @param <T> the result type
     * @return what the action returned
     */
    public static <T> T deferringChecks(Supplier<T> action) {
        boolean outer = DEFERRED.get();
        DEFERRED.set(Boolean.TRUE);
        try {
            return action.get();
        } finally {
            DEFERRED.set(outer);
        }
    }

    /** @return whether the current thread is inside {@link #deferringChecks} */
    public static boolean checksDeferred() {
        return DEFERRED.get();
    }

    /**
     * Sorts violations: those located in a document by line and column, then the rest by path, with
     * list indexes compared as numbers. Duplicates (same path and message) are kept once.
     *
     * @param violations violations in any order
     * @return a new sorted list without duplicates
     */
    public static List<Violation> sorted(List<Violation> violations) {
        List<Violation> result = new ArrayList<>(new java.util.LinkedHashSet<>(violations));
        result.sort(ORDER);
        return result;
    }

    private static final Comparator<Violation> ORDER = Comparator
            .comparingInt((Violation v) -> v.line().isPresent() ? 0 : 1)
            .thenComparingInt(v -> v.line().orElse(0))
            .thenComparingInt(v -> v.column().orElse(0))
            .thenComparing(Violation::path, ModelValidation::comparePaths)
            .thenComparing(Violation::message);

    /** Compares paths segment by segment, list indexes as numbers: {@code q[2]} before {@code q[10]}. */
    static int comparePaths(String left, String right) {
        String[] a = left.split("(?=[.\\[])");
        String[] b = right.split("(?=[.\\[])");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = compareSegments(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int compareSegments(String a, String b) {
        Optional<Long> x = a.startsWith("[") ? index(a) : Optional.empty();
        Optional<Long> y = b.startsWith("[") ? index(b) : Optional.empty();
        if (x.isPresent() && y.isPresent()) {
            return Long.compare(x.get(), y.get());
        }
        if (x.isPresent() != y.isPresent()) {
            // Numbers before every other segment: comparing a number with text as text would make
            // [3] < [20] < [2x] < [3], which is no order and can make sorting throw.
            return x.isPresent() ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static Optional<Long> index(String segment) {
        try {
            return Optional.of(Long.parseLong(segment.substring(1, segment.length() - 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String pathOf(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                text.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                text.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN
                    && node.getName() != null) {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(node.getName());
            }
        }
        return text.toString();
    }

    /** Built on first use: starting Hibernate Validator takes time that loading the class should not. */
    private static final class ValidatorHolder {
        /**
         * Hibernate Validator announces its version at INFO level when it starts; a library should
         * not print a banner into its host's log. Only a level the host left unset is changed, and
         * the logger is held so that the setting is not garbage collected.
         */
        static final java.util.logging.Logger VERSION_LOGGER = quietVersionLogger();

        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .getterPropertySelectionStrategy(new AccessorStrategy())
                .buildValidatorFactory()
                .getValidator();

        private static java.util.logging.Logger quietVersionLogger() {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
            if (logger.getLevel() == null) {
                logger.setLevel(java.util.logging.Level.WARNING);
            }
            return logger;
        }
    }

    /** Treats record-style accessors ({@code id()}) as properties, as the model's types declare them. */
    private static final class AccessorStrategy implements GetterPropertySelectionStrategy {
        private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone",
                "builder", "check", "notify", "notifyAll", "wait", "finalize");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            boolean accessor = executable.getParameterTypes().length == 0
                    && executable.getReturnType() != void.class
                    && !NOT_PROPERTIES.contains(executable.getName());
            return accessor ? Optional.of(executable.getName()) : Optional.empty();
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
