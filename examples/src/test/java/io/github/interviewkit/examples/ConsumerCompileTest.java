package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer that compiles against the published jars with {@code -Xlint:all -Werror}, on the class
 * path and on the module path, compiles cleanly: nothing in interviewkit's class files makes a
 * user's strict build warn. The jars are the ones this build packaged (the test runs at
 * {@code verify}, on the module path the build gives it).
 */
class ConsumerCompileTest {
    private static final String CONSUMER = """
            package consumer;

            import io.github.interviewkit.analytics.PanelAnalytics;
            import io.github.interviewkit.content.backendarchitect.BackendArchitect;
            import io.github.interviewkit.model.QuestionCategory;
            import io.github.interviewkit.model.Role;
            import io.github.interviewkit.model.io.ContentFormat;
            import io.github.interviewkit.model.io.RoleWriter;
            import io.github.interviewkit.planning.InterviewPlanner;
            import io.github.interviewkit.scoring.Panel;
            import io.github.interviewkit.scoring.Report;
            import io.github.interviewkit.scoring.Scorecard;
            import io.github.interviewkit.scoring.ScoringEngine;
            import java.util.List;

            public final class Consumer {
                private Consumer() {}

                public static String use() {
                    Role kit = BackendArchitect.role();
                    Role copy = Role.builder().from(kit).title("Copy").build();
                    Panel panel = Panel.of(kit, List.of(Scorecard.builder().candidateId("c").interviewerId("i")
                            .stage(QuestionCategory.TECHNICAL).rate("system-design", 3).build()));
                    Report report = ScoringEngine.builder().registerBuiltIns().build().score(panel);
                    PanelAnalytics analytics = PanelAnalytics.of(List.of(panel));
                    return RoleWriter.standard().write(copy, ContentFormat.JSON) + report.render() + analytics
                            + InterviewPlanner.standard();
                }
            }
            """;

    private static final String MODULE_INFO = """
            module consumer {
                requires io.github.interviewkit.model;
                requires io.github.interviewkit.scoring;
                requires io.github.interviewkit.analytics;
                requires io.github.interviewkit.content.backendarchitect;
                requires io.github.interviewkit.planning;
            }
            """;

    @Test
    void onTheClassPath_compilesWithEveryLintAsAnError(@TempDir Path dir) throws IOException {
        Path source = write(dir.resolve("src/consumer/Consumer.java"), CONSUMER);
        compile(List.of("-Xlint:all", "-Werror", "-proc:none", "-d", dir.resolve("classes").toString(),
                "-cp", jars(), source.toString()));
    }

    @Test
    void onTheModulePath_compilesWithEveryLintAsAnError(@TempDir Path dir) throws IOException {
        Path source = write(dir.resolve("src/consumer/Consumer.java"), CONSUMER);
        Path module = write(dir.resolve("src/module-info.java"), MODULE_INFO);
        compile(List.of("-Xlint:all", "-Werror", "-proc:none", "-d", dir.resolve("classes").toString(),
                "--module-path", jars(), module.toString(), source.toString()));
    }

    /** The jars on this test's module path and class path: the published modules and what they need. */
    private static String jars() {
        List<String> paths = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null) {
                Stream.of(value.split(File.pathSeparator)).filter(entry -> entry.endsWith(".jar")).forEach(paths::add);
            }
        }
        List<String> ours = paths.stream().filter(entry -> entry.contains("interviewkit-")).toList();
        assertTrue(ours.size() >= 5, "the published jars are on the path: " + ours);
        return paths.stream().distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static void compile(List<String> arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = ToolProvider.findFirst("javac").orElseThrow().run(print, print, arguments.toArray(new String[0]));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "javac printed nothing");
        assertEquals(0, exit);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
