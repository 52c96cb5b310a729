package io.github.interviewkit.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.RoleGenerators;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step of checked content: a role written as Java source compiles, and the class it
 * becomes fills a builder that builds an equal role, trusted or validated, whatever characters its
 * texts hold.
 */
class CheckedContentProperties {
    private static final int ROLES = 12;

    @Test
    void generatedSource_compilesToABuilderOfAnEqualRole(@TempDir Path dir) throws Exception {
        List<Role> roles = new ArrayList<>();
        // Drawn by QuickTheories, compiled together: one compilation for every role.
        qt().withExamples(ROLES).forAll(RoleGenerators.roles()).check(roles::add);
        roles.add(RoleReader.standard().read(fixture(), ContentFormat.YAML, "valid-role.yaml"));
        Path sources = dir.resolve("src");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            CheckedContent.writeSource(roles.get(i), sources, "checked.kit.Role" + i, "role " + i + " */ of the test");
            files.add(sources.resolve("checked/kit/Role" + i + ".java").toString());
        }
        Path classes = compile(files, dir.resolve("classes"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (int i = 0; i < roles.size(); i++) {
                Class<?> generated = loader.loadClass("checked.kit.Role" + i);
                Method builder = generated.getDeclaredMethod("builder");
                builder.setAccessible(true);
                var checkedBy = generated.getDeclaredField("CHECKED_BY");
                checkedBy.setAccessible(true);
                assertEquals(CheckedContent.checkedBy(), checkedBy.get(null));
                Role trusted = CheckedContent.build((Role.Builder) builder.invoke(null), CheckedContent.checkedBy());
                Role validated = ((Role.Builder) builder.invoke(null)).build();
                assertEquals(roles.get(i), trusted, "role " + i);
                assertEquals(roles.get(i), validated, "role " + i);
            }
        }
    }

    @Test
    void build_validatesInFullWhatAnotherVersionChecked() {
        Role role = RoleReader.standard().read(fixture(), ContentFormat.YAML, "valid-role.yaml");
        Role.Builder broken = Role.builder().from(role).id("Not A Slug");
        ContentException e = assertThrows(ContentException.class, () -> CheckedContent.build(broken, "interviewkit 0.0.0"));
        assertEquals("id", e.violations().get(0).path());
        assertTrue(CheckedContent.checkedBy().startsWith("interviewkit "), CheckedContent.checkedBy());
    }

    @Test
    void main_readsValidatesAndWritesTheClass(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("role.yaml");
        try (InputStream in = fixture()) {
            Files.write(document, in.readAllBytes());
        }
        CheckedContent.main(new String[] {document.toString(), dir.resolve("src").toString(), "com.example.Kit"});
        String source = Files.readString(dir.resolve("src/com/example/Kit.java"), StandardCharsets.UTF_8);
        assertTrue(source.startsWith("package com.example;"), source);
        assertTrue(source.contains("static final String CHECKED_BY = \"" + CheckedContent.checkedBy() + "\";"), source);
    }

    @Test
    void main_rejectsBadArguments(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> CheckedContent.main(new String[] {"a.yaml"}));
        Role role = RoleReader.standard().read(fixture(), ContentFormat.YAML, "valid-role.yaml");
        assertThrows(IllegalArgumentException.class, () -> CheckedContent.writeSource(role, dir, "NoPackage", "x"));
        assertThrows(IllegalArgumentException.class, () -> CheckedContent.writeSource(role, dir, "trailing.", "x"));
        Path file = dir.resolve("a-file");
        assertThrows(UnreadableContentException.class, () -> {
            Files.writeString(file, "");
            CheckedContent.writeSource(role, file, "com.example.Kit", "x");
        });
    }

    @Test
    void literal_escapesEverythingButPrintableAscii() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\u00e9\\u202e\\u0000\"", RoleSource.literal("a\"b\\c\n\r\t\u00e9\u202e\u0000"));
    }

    private static Path compile(List<String> files, Path classes) throws IOException {
        Files.createDirectories(classes);
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        String modelClasses = Path.of(Role.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp", modelClasses, "-proc:none"));
        arguments.addAll(files);
        int exit = javac.run(System.out, System.err, arguments.toArray(new String[0]));
        assertEquals(0, exit, "the generated sources compile");
        return classes;
    }

    private static InputStream fixture() {
        return CheckedContentProperties.class.getResourceAsStream("valid-role.yaml");
    }
}
