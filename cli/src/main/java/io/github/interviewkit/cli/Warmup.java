package io.github.interviewkit.cli;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Does, on a second thread, start-up work that does not depend on the command line, while the main
 * thread initialises picocli and the JDK's formatting: it reads the annotations of the command
 * classes the command line will need (the top command and the subcommand the first argument names),
 * which has the JDK parse them and generate the proxy class of each annotation type, most of what
 * picocli's first look at a command costs; then, for {@code validate}, it reads one small role
 * from YAML with the library's reader, which loads and initialises the parser, the document codec
 * and the model's value types and rules, and has the JIT compile some of the parser. The
 * main thread then finds that work done, or waits for the part in progress. On one processor the
 * work is the same, only not overlapped.
 *
 * <p>The thread is a daemon and its results are thrown away: the command never depends on it, and
 * a problem in it (none is expected: the role is valid and the classes are the command's own) is the
 * command's to meet and report when it does the same work itself.
 */
final class Warmup {
    private Warmup() {}

    /**
     * Starts the warm-up when the first argument names a subcommand.
     *
     * @param args the command line's arguments
     * @return whether a warm-up thread was started
     */
    static boolean startFor(String... args) {
        Class<?> named = args.length == 0 ? null : InterviewKitCommand.SUBCOMMANDS.get(args[0]);
        if (named == null) {
            return false;
        }
        boolean readsRoles = named == ValidateCommand.class;
        Thread thread = new Thread(() -> run(named, readsRoles), "interviewkit-warm-up");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private static void run(Class<?> command, boolean readsRoles) {
        try {
            readAnnotations(InterviewKitCommand.class);
            readAnnotations(command);
            if (readsRoles) {
                role();
            }
        } catch (RuntimeException | Error ignored) {
            // Nothing to report here: the command meets the same problem on its own thread.
        }
    }

    /**
     * Reads the annotations of a command class and of its superclasses, their fields and their
     * methods, as picocli will.
     *
     * @param command a command class
     * @return how many annotations were read
     */
    static int readAnnotations(Class<?> command) {
        int count = 0;
        for (Class<?> type = command; type != null && type != Object.class; type = type.getSuperclass()) {
            count += type.getDeclaredAnnotations().length;
            for (Field field : type.getDeclaredFields()) {
                count += field.getDeclaredAnnotations().length;
            }
            for (Method method : type.getDeclaredMethods()) {
                count += method.getDeclaredAnnotations().length;
            }
        }
        return count;
    }

    /** A small valid role with one value of every type a role kit holds, in the YAML a kit is written in. */
    private static final String ROLE = """
            id: warm-up
            title: Warm-up
            contentVersion: 1.0.0
            language: en
            source:
              title: interviewkit
            summary: Starts the reader.
            competencies:
            - id: skill
              name: Skill
              kind: technical
              frameworkReferences:
              - framework: ESCO
                code: S1.0
            experience:
              minimumYears: 0
              field: software
            salaryBand:
              minimum: 1
              maximum: 10
              currency: USD
              period: annual
            rubric:
              scale:
                levels:
                - value: 1
                  label: "No"
                  meaning: Shows none of it.
                - value: 2
                  label: "Yes"
                  meaning: Shows it.
              criteria:
              - id: shows-skill
                description: Shows the skill.
                competencies:
                - skill
                weight: 1
                anchors:
                  "1": Does not.
                  "2": Does.
            questions:
            - id: ask
              text: Show it?
              category: technical
              competencies:
              - skill
              criteria:
              - shows-skill
              pitfalls:
              - guess
            pitfalls:
            - id: guess
              description: Guesses.
              severity: major
              criteria:
              - shows-skill
            """;

    /** @return the small role, read from YAML by the library's reader */
    static Role role() {
        return RoleReader.standard().read(ROLE, ContentFormat.YAML);
    }
}
