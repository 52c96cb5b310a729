package io.github.interviewkit.model.io;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * Content that a build step checked, so that a program neither parses nor validates it again each
 * time it starts: how a content pack ships its kit.
 *
 * <p>At build time, {@link #main} (run by the pack's build, e.g. with {@code exec-maven-plugin} at
 * {@code generate-sources}) reads the kit's document with {@link RoleReader}, which validates it in
 * full, and writes it as Java source: a package-private class whose {@code builder()} fills the
 * role's builder, every part as a builder, and whose {@code CHECKED_BY} names the library that
 * checked it. The pack compiles that class with its own code. At run time,
 * {@link #build(Role.Builder, String)} builds the role without validating it again when
 * {@code CHECKED_BY} names the running library ({@link #checkedBy()}); with any other library
 * version, the rules may have changed, and the builder is validated in full, as {@code build()}
 * does. Either way the result is the role the build read, and loading it starts no parser.
 *
 * <p>The mark guards against version skew, not against forgery: it is as trustworthy as the jar
 * it ships in. Use it only for classes generated into your own artifacts, never for content that
 * arrives from elsewhere; read that with {@link RoleReader}.
 */
public final class CheckedContent {
    private static final MethodHandle BUILD_UNCHECKED = buildUnchecked();
    private static final String CHECKED_BY = "interviewkit " + libraryVersion();

    private CheckedContent() {}

    /**
     * The build step: reads a role document with the standard reader, which validates it, then
     * writes it as Java source.
     *
     * @param args the document to read (JSON or YAML, by its extension), the source directory to
     *     write into, and the fully qualified name of the class to write
     * @throws NullPointerException if {@code args} is {@code null}
     * @throws IllegalArgumentException if there are not exactly three arguments or the class name
     *     has no package
     * @throws ContentException if the document is invalid
     * @throws UnreadableContentException if a file cannot be read or written
     */
    public static void main(String[] args) {
        if (Objects.requireNonNull(args, "args").length != 3) {
            throw new IllegalArgumentException(
                    "usage: CheckedContent <role document> <source directory> <fully qualified class name>");
        }
        Path document = Path.of(args[0]);
        writeSource(RoleReader.standard().read(document), Path.of(args[1]), args[2],
                String.valueOf(document.getFileName()));
    }

    /**
     * Writes a role as the Java source of a package-private class {@code className}, under its
     * package's directory below {@code sourceDirectory}.
     *
     * @param role the role; being a {@link Role}, it is valid
     * @param sourceDirectory the root of the generated sources
     * @param className the class's fully qualified name, e.g. {@code com.example.kit.internal.Kit}
     * @param origin where the role was read from, for the class's comment
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the class name has no package
     * @throws UnreadableContentException if the file cannot be written
     */
    public static void writeSource(Role role, Path sourceDirectory, String className, String origin) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(origin, "origin");
        int dot = className.lastIndexOf('.');
        if (dot <= 0 || dot == className.length() - 1) {
            throw new IllegalArgumentException("className must be a fully qualified class name, was " + className);
        }
        String packageName = className.substring(0, dot);
        String simpleName = className.substring(dot + 1);
        Path file = sourceDirectory.resolve(packageName.replace('.', '/')).resolve(simpleName + ".java");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, RoleSource.write(role, packageName, simpleName, CHECKED_BY, origin),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableContentException(file.toString(), e);
        }
    }

    /**
     * Builds the role a generated class fills into a builder.
     *
     * @param builder the role's builder, filled by the generated class
     * @param checkedBy the generated class's {@code CHECKED_BY}
     * @return the role: built without validation when {@code checkedBy} is {@link #checkedBy()},
     *     validated in full otherwise
     * @throws NullPointerException if an argument is {@code null}
     * @throws ContentException if the role was checked by another library version and is not valid
     *     under this one
     */
    public static Role build(Role.Builder builder, String checkedBy) {
        Objects.requireNonNull(builder, "builder");
        if (!Objects.requireNonNull(checkedBy, "checkedBy").equals(CHECKED_BY)) {
            return builder.build();
        }
        try {
            return (Role) BUILD_UNCHECKED.invoke(builder);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new InterviewKitException("cannot build a checked role: " + e, e);
        }
    }

    /** @return the mark of the running library, which {@link #build} trusts: {@code interviewkit <version>} */
    public static String checkedBy() {
        return CHECKED_BY;
    }

    private static String libraryVersion() {
        Properties properties = new Properties();
        try (InputStream in = CheckedContent.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // without a version, no mark matches and every role is validated in full
        }
        return properties.getProperty("version", "(unknown version)");
    }

    /**
     * The one way into building a role without validating it. The builder keeps that method
     * package-private so that no caller can build an unchecked role; this class, in the same module,
     * reaches it through a private lookup instead of widening it.
     */
    private static MethodHandle buildUnchecked() {
        try {
            return MethodHandles.privateLookupIn(Role.Builder.class, MethodHandles.lookup())
                    .findVirtual(Role.Builder.class, "buildUnchecked", MethodType.methodType(Role.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
