package io.github.interviewkit.examples;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A valid sample of each type that appears in a public signature, so that a reflective test can
 * call any public method with valid arguments but one. Values come from a registry of known-good
 * objects (the Backend Architect kit, a scored panel, …) that each module's part fills; collections
 * are empty, optionals absent, enums their first constant, functional interfaces a proxy that
 * returns a default, and builders fresh ones from their type's {@code builder()}.
 */
final class Samples {
    private static final Map<Class<?>, Supplier<?>> REGISTRY = new HashMap<>();

    private Samples() {}

    /** Registers the sample of a type; a supplier, so that mutable samples (builders) are fresh each time. */
    static <T> void register(Class<T> type, Supplier<? extends T> sample) {
        REGISTRY.put(type, sample);
    }

    static {
        register(int.class, () -> 1);
        register(long.class, () -> 1L);
        register(double.class, () -> 0.5);
        register(boolean.class, () -> false);
        register(Throwable.class, () -> new IllegalStateException("x"));
        register(java.io.IOException.class, () -> new java.io.IOException("x"));
        register(String.class, () -> "x");
        register(Object.class, () -> "x");
        register(CharSequence.class, () -> "x");
        register(Integer.class, () -> 1);
        register(Long.class, () -> 1L);
        register(Double.class, () -> 1.0);
        register(Boolean.class, () -> Boolean.TRUE);
        register(BigDecimal.class, () -> new BigDecimal("0.5"));
        register(Currency.class, () -> Currency.getInstance("USD"));
        register(Locale.class, () -> Locale.ENGLISH);
        register(Duration.class, () -> Duration.ofSeconds(1));
        register(Instant.class, () -> Instant.parse("2026-12-02T10:00:00Z"));
        register(java.time.Clock.class, () -> java.time.Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), java.time.ZoneOffset.UTC));
        register(Path.class, Samples::file);
        register(InputStream.class, () -> new ByteArrayInputStream(new byte[0]));
        register(ClassLoader.class, () -> Samples.class.getClassLoader());
        register(ModuleLayer.class, ModuleLayer::boot);
        register(Class.class, () -> Object.class);
        register(OptionalInt.class, OptionalInt::empty);
        register(OptionalDouble.class, OptionalDouble::empty);
        register(Role.class, BackendArchitect::role);
        ModuleSamples.registerAll();
    }

    /** @return a valid sample of the type, or {@code null} when there is none */
    static @Nullable Object of(Type type) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return null;
        }
        Supplier<?> registered = REGISTRY.get(raw);
        if (registered != null) {
            return registered.get();
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw.isArray()) {
            return Array.newInstance(raw.getComponentType(), 0);
        }
        if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
            return List.of();
        }
        if (raw == Set.class) {
            return Set.of();
        }
        if (raw == Map.class) {
            return Map.of();
        }
        if (raw == Optional.class) {
            return Optional.empty();
        }
        if (raw == Iterator.class) {
            return Collections.emptyIterator();
        }
        if (raw == Stream.class) {
            return Stream.empty();
        }
        if (raw.isInterface() && isFunctional(raw)) {
            return Proxy.newProxyInstance(raw.getClassLoader(), new Class<?>[] {raw},
                    (proxy, method, arguments) -> method.isDefault() ? null : defaultValue(method.getReturnType()));
        }
        Object built = builder(raw);
        return built;
    }

    private static @Nullable Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof java.lang.reflect.GenericArrayType g) {
            Class<?> component = raw(g.getGenericComponentType());
            return component == null ? null : Array.newInstance(component, 0).getClass();
        }
        if (type instanceof java.lang.reflect.TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        if (type instanceof java.lang.reflect.WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return null;
    }

    /** A nested {@code Builder} made by its enclosing type's static {@code builder()}. */
    private static @Nullable Object builder(Class<?> type) {
        Class<?> owner = type.getEnclosingClass();
        if (owner == null || !type.getSimpleName().equals("Builder")) {
            return null;
        }
        try {
            Method builder = owner.getMethod("builder");
            if (Modifier.isStatic(builder.getModifiers()) && type.isAssignableFrom(builder.getReturnType())) {
                return builder.invoke(null);
            }
        } catch (ReflectiveOperationException e) {
            // no static builder(): no sample
        }
        return null;
    }

    private static boolean isFunctional(Class<?> type) {
        return Stream.of(type.getMethods()).filter(m -> Modifier.isAbstract(m.getModifiers())).count() == 1;
    }

    private static @Nullable Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return type == void.class ? null : of(type);
    }

    private static Path file() {
        try {
            Path file = Files.createTempFile("interviewkit-sample", ".json");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the names of every class of the module that holds {@code anchor} */
    static List<String> classNames(Class<?> anchor) throws IOException {
        Module module = anchor.getModule();
        ModuleReference reference;
        if (module.isNamed()) {
            reference = module.getLayer().configuration().findModule(module.getName()).orElseThrow().reference();
        } else {
            // A module on the class path (cli, a test-only dependency here): its classes, found as a module.
            try {
                reference = java.lang.module.ModuleFinder.of(java.nio.file.Path.of(anchor.getProtectionDomain()
                        .getCodeSource().getLocation().toURI())).findAll().iterator().next();
            } catch (java.net.URISyntaxException e) {
                throw new IOException(e);
            }
        }
        List<String> names = new ArrayList<>();
        try (ModuleReader reader = reference.open()) {
            reader.list().filter(name -> name.endsWith(".class") && !name.equals("module-info.class")
                            && !name.contains("-"))
                    .forEach(name -> names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.')));
        }
        return names;
    }
}
