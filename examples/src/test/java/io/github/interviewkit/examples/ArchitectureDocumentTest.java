package io.github.interviewkit.examples;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.interviewkit.analytics.PanelAnalytics;
import io.github.interviewkit.analytics.beam.PanelParser;
import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.scoring.ScoringEngine;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps ARCHITECTURE.md true: the modules, their exported packages and the interviewkit modules they
 * depend on are those the file's table names; no class uses another module's implementation except
 * the documented handful, which is exactly the list in the file; and there is no cycle between
 * packages.
 */
class ArchitectureDocumentTest {
    private static final String BASE = "io.github.interviewkit";
    /** One class of each published module; a new module adds its own here. */
    private static final List<Class<?>> MODULES = List.of(Role.class, ScoringEngine.class, PanelAnalytics.class,
            PanelParser.class, BackendArchitect.class, InterviewPlanner.class, io.github.interviewkit.render.Renderer.class,
            io.github.interviewkit.interop.ImportMapping.class,
            io.github.interviewkit.cli.Main.class);

    private static String document;
    private static JavaClasses main;
    /** Each published module's descriptor, by name. */
    private static Map<String, ModuleDescriptor> descriptors;
    /** The module each package of a published module belongs to. */
    private static Map<String, String> moduleOfPackage;

    @BeforeAll
    static void readTheDocumentAndTheClasses() throws IOException {
        document = Files.readString(Path.of("..", "ARCHITECTURE.md"));
        descriptors = new TreeMap<>();
        moduleOfPackage = new TreeMap<>();
        for (Class<?> type : MODULES) {
            ModuleDescriptor descriptor = descriptorOf(type);
            descriptors.put(descriptor.name(), descriptor);
            descriptor.packages().forEach(pkg -> moduleOfPackage.put(pkg, descriptor.name()));
        }
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        assertTrue(main.contain(Role.class) && main.contain(BackendArchitect.class), "main classes were not imported");
    }

    @Test
    void modulesExportWhatTheDocumentSays() {
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher row = Pattern.compile("^\\| `[^`]+` \\| `(" + Pattern.quote(BASE) + "[^`]*)` \\| ([^|]+) \\|", Pattern.MULTILINE)
                .matcher(document);
        while (row.find()) {
            documented.put(row.group(1), codeSpans(row.group(2)));
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        descriptors.forEach((name, descriptor) -> actual.put(name, exportsOf(descriptor)));
        assertEquals(actual, documented);
    }

    @Test
    void modulesDependOnTheInterviewkitModulesTheDocumentNames() {
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher row = Pattern.compile("^\\| `([a-z-]+)` \\| `(" + Pattern.quote(BASE) + "[^`]*)` \\| [^|]+ \\| ([^|]+) \\|",
                Pattern.MULTILINE).matcher(document);
        Map<String, String> javaModuleOfDirectory = new TreeMap<>();
        List<String[]> rows = new ArrayList<>();
        while (row.find()) {
            javaModuleOfDirectory.put(row.group(1), row.group(2));
            rows.add(new String[] {row.group(2), row.group(3)});
        }
        for (String[] r : rows) {
            Set<String> dependencies = new TreeSet<>();
            for (String word : r[1].split("[,\\s]+")) {
                if (javaModuleOfDirectory.containsKey(word)) {
                    dependencies.add(javaModuleOfDirectory.get(word));
                }
            }
            documented.put(r[0], dependencies);
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        descriptors.forEach((name, descriptor) -> actual.put(name, reachable(name, new TreeSet<>())));
        assertEquals(actual, documented);
    }

    /**
     * A published module's descriptor: its own when it was loaded as a named module; for the one
     * module on the class path (analytics-beam: Apache Beam's jar cannot be on the module path), the
     * automatic module its jar names, or, when the reactor hands over its classes directory, the
     * automatic module named after its package, as every interviewkit module is.
     */
    private static ModuleDescriptor descriptorOf(Class<?> anchor) throws IOException {
        ModuleDescriptor named = anchor.getModule().getDescriptor();
        if (named != null) {
            return named;
        }
        Path location;
        try {
            location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException impossible) {
            throw new IOException(impossible);
        }
        if (Files.isRegularFile(location)) {
            return ModuleFinder.of(location).findAll().iterator().next().descriptor();
        }
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(location)) {
            files.filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().equals("module-info.class"))
                    .forEach(file -> packages.add(location.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.')));
        }
        return ModuleDescriptor.newAutomaticModule(anchor.getPackageName()).packages(packages).build();
    }

    /**
     * The interviewkit modules a module requires, directly or through them. An automatic module
     * declares none, so for it they are the modules its classes use.
     */
    private static Set<String> reachable(String module, Set<String> into) {
        ModuleDescriptor descriptor = descriptors.get(module);
        Set<String> direct = new TreeSet<>();
        if (descriptor.isAutomatic()) {
            for (JavaClass type : main) {
                if (descriptor.packages().contains(type.getPackageName())) {
                    for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                        String to = moduleOfPackage.get(dependency.getTargetClass().getPackageName());
                        if (to != null && !to.equals(module)) {
                            direct.add(to);
                        }
                    }
                }
            }
        } else {
            descriptor.requires().forEach(requires -> direct.add(requires.name()));
        }
        for (String required : direct) {
            if (descriptors.containsKey(required) && into.add(required)) {
                reachable(required, into);
            }
        }
        return into;
    }

    @Test
    void noModuleExportsAPackageToSomeModulesOnly() {
        assertEquals(List.of(), descriptors.values().stream().flatMap(d -> d.exports().stream())
                .filter(ModuleDescriptor.Exports::isQualified).map(ModuleDescriptor.Exports::toString).toList());
    }

    @Test
    void noModuleUsesAnotherModulesImplementation() {
        List<String> breaches = new ArrayList<>();
        for (JavaClass type : main) {
            String from = moduleOfPackage.get(type.getPackageName());
            if (from == null) {
                continue;
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getPackageName();
                String to = moduleOfPackage.get(target);
                if (to != null && !to.equals(from) && !exportedTo(to, target, from)) {
                    breaches.add(dependency.getDescription());
                }
            }
        }
        assertEquals(List.of(), breaches);
    }

    private static boolean exportedTo(String module, String pkg, String reader) {
        ModuleDescriptor descriptor = descriptors.get(module);
        return exportsOf(descriptor).contains(pkg) || descriptor.exports().stream().anyMatch(export ->
                export.source().equals(pkg) && export.isQualified() && export.targets().contains(reader));
    }

    /** The packages a module exports to everyone; an automatic module exports all of its packages. */
    private static Set<String> exportsOf(ModuleDescriptor descriptor) {
        if (descriptor.isAutomatic()) {
            return new TreeSet<>(descriptor.packages());
        }
        return descriptor.exports().stream().filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void publicClassesOutsideExportedPackagesAreTheDocumentedHandful() {
        Set<String> documented = new TreeSet<>();
        // A row names one class, or a category of generated classes with a '*' for any part of a name.
        Matcher row = Pattern.compile("^\\| `(" + Pattern.quote(BASE) + "\\.[\\w.*]+)` \\|", Pattern.MULTILINE)
                .matcher(document);
        Map<String, Pattern> categories = new TreeMap<>();
        while (row.find()) {
            if (row.group(1).contains("*")) {
                categories.put(row.group(1), Pattern.compile(Pattern.quote(row.group(1)).replace("*", "\\E\\w*\\Q")));
            }
            documented.add(row.group(1));
        }
        Set<String> exported = descriptors.values().stream().flatMap(d -> exportsOf(d).stream())
                .collect(Collectors.toSet());
        Set<String> actual = main.stream()
                .filter(type -> moduleOfPackage.containsKey(type.getPackageName()))
                .filter(type -> type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> !exported.contains(type.getPackageName()))
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        // Each category stands for the classes it matches, and matches at least one.
        categories.forEach((name, category) -> {
            Set<String> matched = actual.stream().filter(type -> category.matcher(type).matches())
                    .collect(Collectors.toSet());
            assertTrue(!matched.isEmpty(), "the documented category " + name + " matches no class");
            actual.removeAll(matched);
            actual.add(name);
        });
        assertEquals(actual, documented);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(main);
    }

    private static Set<String> codeSpans(String text) {
        return Stream.of(text.split(",")).map(String::trim).map(span -> span.replace("`", ""))
                .filter(span -> !span.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }
}
