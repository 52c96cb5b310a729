package io.github.interviewkit.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.jspecify.annotations.Nullable;

/**
 * The reference for {@link DeclaredConstraints}: Hibernate Validator checking the Bean Validation
 * constraints declared on a model value's own accessors, configured as a product would that
 * validates the model itself (no cascading, the declared type's constraints rather than those of the
 * generated {@code Immutable*} class, record-style accessors as properties), its violations given as
 * the model gives them: a {@code null} that a constraint rejects "is required".
 */
final class BeanConstraints {
    private BeanConstraints() {}

    /** Adds the violations of the constraints on {@code value}'s own accessors. */
    static void check(Object value, ViolationSink out) {
        for (ConstraintViolation<Object> violation : Holder.VALIDATOR.validate(value)) {
            Object invalid = violation.getInvalidValue();
            String message = invalid == null ? "is required" : violation.getMessage();
            out.add(pathOf(violation.getPropertyPath()), invalid, message);
        }
    }

    /**
     * The type whose constraints a value's class carries: the abstract model type an
     * {@code Immutable*} class extends (in the same package), or the class itself.
     */
    static <T> Class<? super T> declaredType(Class<T> type) {
        Class<? super T> parent = type.getSuperclass();
        boolean generated = parent != null && parent.getPackage() == type.getPackage()
                && Modifier.isAbstract(parent.getModifiers()) && !Modifier.isAbstract(type.getModifiers());
        return generated ? parent : type;
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

    /** Started on first use: loading this class does not start the validator. */
    private static final class Holder {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .traversableResolver(new EverythingReachable())
                .getterPropertySelectionStrategy(new AccessorStrategy())
                .beanMetaDataClassNormalizer(BeanConstraints::declaredType)
                .buildValidatorFactory()
                .getValidator();
    }

    /** Every property is reachable: the model has no lazy persistence state to protect. */
    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(@Nullable Object bean, Path.Node property, Class<?> rootBeanType,
                Path pathToProperty, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(@Nullable Object bean, Path.Node property, Class<?> rootBeanType,
                Path pathToProperty, ElementType elementType) {
            return true;
        }
    }

    /** Treats record-style accessors ({@code id()}) as properties, as the model's types declare them. */
    private static final class AccessorStrategy implements GetterPropertySelectionStrategy {
        private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone",
                "builder", "notify", "notifyAll", "wait", "finalize");

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
