package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.interviewkit.analytics.PanelAnalytics;
import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.scoring.ScoringEngine;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The one convention for bad arguments (ARCHITECTURE.md, rule 5), checked over every public method
 * and constructor of every exported package of every published module: passing {@code null} for a
 * parameter that is not marked {@code @Nullable} throws a {@link NullPointerException} whose
 * message is that parameter's name. Every other argument gets a valid sample ({@link Samples}), so
 * that the null is the only thing wrong with the call. The abstract methods of interfaces (what an
 * implementation of a strategy or a document kind receives) are contracts, not code, and not called.
 */
class NullArgumentConventionTest {
    /** One class of each published module; a new module adds its own here. */
    private static final List<Class<?>> MODULES = List.of(Role.class, ScoringEngine.class, PanelAnalytics.class, BackendArchitect.class,
            InterviewPlanner.class, io.github.interviewkit.render.Renderer.class,
            io.github.interviewkit.interop.ImportMapping.class,
            io.github.interviewkit.cli.Main.class);

    @Test
    void everyPublicMethodRejectsANullArgumentNamingIt() throws Exception {
        List<String> breaches = new ArrayList<>();
        Set<String> unsampled = new TreeSet<>();
        int checked = 0;
        for (Class<?> type : publicTypes()) {
            for (Executable executable : publicExecutables(type)) {
                Parameter[] parameters = executable.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i].getType().isPrimitive() || isNullable(parameters[i].getAnnotatedType())) {
                        continue;
                    }
                    Object[] arguments = new Object[parameters.length];
                    boolean complete = true;
                    for (int k = 0; k < parameters.length; k++) {
                        if (k == i) {
                            continue;
                        }
                        arguments[k] = Samples.of(parameters[k].getParameterizedType());
                        if (arguments[k] == null) {
                            unsampled.add(parameters[k].getParameterizedType().getTypeName());
                            complete = false;
                        }
                    }
                    Object receiver = null;
                    if (executable instanceof Method method && !Modifier.isStatic(method.getModifiers())) {
                        receiver = Samples.of(type);
                        if (receiver == null) {
                            unsampled.add(type.getName());
                            complete = false;
                        }
                    }
                    if (!complete) {
                        continue;
                    }
                    checked++;
                    String breach = call(executable, receiver, arguments, parameters[i].getName());
                    if (breach != null) {
                        breaches.add(describe(executable) + " with null " + parameters[i].getName() + ": " + breach);
                    }
                }
            }
        }
        assertEquals(Set.of(), unsampled, "types without a sample, so some calls were not checked");
        assertEquals(List.of(), breaches, checked + " calls checked");
    }

    private static @Nullable String call(Executable executable, @Nullable Object receiver, Object[] arguments,
            String name) throws Exception {
        try {
            if (executable instanceof Method method) {
                method.invoke(receiver, arguments);
            } else {
                ((Constructor<?>) executable).newInstance(arguments);
            }
            return "returned normally";
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (!(thrown instanceof NullPointerException)) {
                return "threw " + thrown;
            }
            return name.equals(thrown.getMessage()) ? null : "NullPointerException(\"" + thrown.getMessage() + "\")";
        }
    }

    private static boolean isNullable(AnnotatedType type) {
        return type.isAnnotationPresent(Nullable.class);
    }

    /** The public top-level and nested classes of the exported packages of every published module. */
    private static List<Class<?>> publicTypes() throws Exception {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> anchor : MODULES) {
            ModuleDescriptor descriptor = descriptorOf(anchor);
            Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            for (String name : Samples.classNames(anchor)) {
                Class<?> type = Class.forName(name, false, anchor.getClassLoader());
                if (exported.contains(type.getPackageName()) && isPublicAll(type)) {
                    types.add(type);
                }
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    /**
     * A module's descriptor: its own when it was loaded as a named module; for one on the class path
     * (cli, a test-only dependency here), the descriptor compiled beside its classes.
     */
    private static ModuleDescriptor descriptorOf(Class<?> anchor) throws Exception {
        ModuleDescriptor named = anchor.getModule().getDescriptor();
        if (named != null) {
            return named;
        }
        java.nio.file.Path location = java.nio.file.Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        return java.lang.module.ModuleFinder.of(location).findAll().iterator().next().descriptor();
    }

    private static boolean isPublicAll(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isSynthetic();
    }

    private static List<Executable> publicExecutables(Class<?> type) {
        List<Executable> executables = new ArrayList<>();
        if (!Modifier.isAbstract(type.getModifiers()) && !type.isEnum()) {
            Arrays.stream(type.getDeclaredConstructors()).filter(c -> Modifier.isPublic(c.getModifiers()))
                    .forEach(executables::add);
        }
        Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                // An interface's abstract methods are contracts for implementations, not code of ours.
                .filter(m -> !Modifier.isAbstract(m.getModifiers()))
                .filter(m -> !(m.getName().equals("equals") && m.getParameterCount() == 1))
                .filter(m -> !(type.isEnum() && m.getName().equals("valueOf")))
                .forEach(executables::add);
        executables.sort(Comparator.comparing(NullArgumentConventionTest::describe));
        return executables;
    }

    private static String describe(Executable executable) {
        return executable.getDeclaringClass().getName() + "." + executable.getName() + Arrays.stream(executable.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }
}
