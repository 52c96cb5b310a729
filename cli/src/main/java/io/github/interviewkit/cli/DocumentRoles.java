package io.github.interviewkit.cli;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldValue;
import io.github.interviewkit.model.io.FieldWriter;
import io.github.interviewkit.model.spi.ContentPack;
import io.github.interviewkit.model.spi.ContentPacks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The role that documents name, found among the installed content packs: a panel names its role as
 * {@code role: {id, contentVersion}}, a loop as {@code role} and {@code contentVersion}, an import
 * mapping as {@code role}. A command that reads such documents takes the role from them unless the
 * user names a role with {@code --role} (an installed kit's id or a role file), which then wins and
 * which the library's reader checks each document against.
 *
 * <p>A document that names no installed kit, or another content version than the installed kit's,
 * is a problem of the document at {@code role.id} or {@code role.contentVersion} (with its line and
 * column), so that the user sees where and can name the role's file with {@code --role} instead.
 */
final class DocumentRoles {
    private DocumentRoles() {}

    /** The role a document names: its id, and its content version when the document gives one. */
    record Named(String id, @Nullable String contentVersion) {
        /** @return the id and version for people, e.g. {@code backend-architect 1.0.0} */
        String text() {
            return contentVersion == null ? id : id + " " + contentVersion;
        }
    }

    /**
     * The role of one document.
     *
     * @param file the document
     * @param override what {@code --role} names, or {@code null} to take the role the document names
     * @throws Failures.InvalidDocument if the document cannot be parsed, names no role, or names a
     *     role that is not installed in that version
     * @throws CommandFailure if the override names neither an installed kit nor a file
     */
    static Role of(Path file, @Nullable String override) {
        return common(List.of(file), override, "document");
    }

    /**
     * The one role of several documents.
     *
     * @param files the documents
     * @param override what {@code --role} names, or {@code null} to take the role the documents name
     * @param what what a document is, for the message when they name different roles, e.g. {@code panel}
     * @throws Failures.InvalidDocument if a document cannot be parsed, names no role, or names a
     *     role that is not installed in that version ({@link Failures.InvalidDocuments} for several)
     * @throws CommandFailure ({@link Exit#INVALID}) if the documents name different roles
     */
    static Role common(List<Path> files, @Nullable String override, String what) {
        if (override != null) {
            return Roles.resolve(override);
        }
        return common(files, ContentPacks.installed(), what);
    }

    /** The one role of several documents among given packs (tests give their own). */
    static Role common(List<Path> files, ContentPacks installed, String what) {
        DocumentCodec<Named> probe = DocumentCodec.builder(new Probe(installed)).ignoreUnknownFields().build();
        Map<Named, List<Path>> byRole = new LinkedHashMap<>();
        List<Failures.InvalidDocument> invalid = new ArrayList<>();
        for (Path file : files) {
            try {
                Named named = Documents.read(file, probe::read);
                byRole.computeIfAbsent(named, n -> new ArrayList<>()).add(file);
            } catch (Failures.InvalidDocument problems) {
                invalid.add(problems);
            }
        }
        if (invalid.size() == 1) {
            throw invalid.get(0);
        }
        if (!invalid.isEmpty()) {
            throw new Failures.InvalidDocuments(invalid);
        }
        if (byRole.size() > 1) {
            throw new CommandFailure(Exit.INVALID, "the " + what + "s name different roles: " + byRole.entrySet().stream()
                    .map(role -> role.getKey().text() + " (" + role.getValue().stream().map(Path::toString)
                            .collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining("; "))
                    + "; give the " + what + "s of one role at a time, or name the role with --role");
        }
        Named named = byRole.keySet().iterator().next();
        return installed.find(named.id()).map(ContentPack::role).orElseThrow(() -> new IllegalStateException(
                "the probe accepted the role " + named.id() + ", which is not installed"));
    }

    /**
     * The document kind of "any document that names a role": binds the role's id and version and
     * reports, at their places, a role that is not installed or not in that version. Reads only.
     */
    private static final class Probe implements DocumentKind<Named> {
        private final ContentPacks installed;

        Probe(ContentPacks installed) {
            this.installed = installed;
        }

        @Override
        public String name() {
            return "document naming a role";
        }

        @Override
        public Binding<Named> bind(FieldReader root) {
            List<Named> found = new ArrayList<>(1);
            FieldValue role = root.field("role");
            if (!role.isPresent()) {
                root.report("role", null, "is required: the id of the role the document is for (or name the role with --role)");
            } else if (role.isObject()) {
                // A panel: role: {id, contentVersion}.
                role.object(r -> {
                    String[] id = new String[1];
                    String[] version = new String[1];
                    if (!r.has("id")) {
                        r.report("id", null, "is required");
                    }
                    r.string("id", text -> id[0] = text);
                    r.string("contentVersion", text -> version[0] = text);
                    check(r, "id", id[0], "contentVersion", version[0]).ifPresent(found::add);
                });
            } else {
                // A loop or an import mapping: role is the id, contentVersion (if any) beside it.
                String[] id = new String[1];
                String[] version = new String[1];
                role.string(text -> id[0] = text);
                root.string("contentVersion", text -> version[0] = text);
                check(root, "role", id[0], "contentVersion", version[0]).ifPresent(found::add);
            }
            return problems -> found.stream().findFirst();
        }

        /** Reports, at its field, a role that is not installed or not in that version. */
        private Optional<Named> check(FieldReader at, String idField, @Nullable String id, String versionField,
                @Nullable String version) {
            if (id == null) {
                return Optional.empty();
            }
            Optional<ContentPack> pack = installed.find(id);
            if (pack.isEmpty()) {
                at.report(idField, id, "is not an installed kit (installed: "
                        + (installed.ids().isEmpty() ? "none" : String.join(", ", installed.ids()))
                        + "); name the role's file with --role");
                return Optional.empty();
            }
            String installedVersion = pack.get().role().contentVersion();
            if (version != null && !version.equals(installedVersion)) {
                at.report(versionField, version, "is not the content version of the installed kit " + id + ", "
                        + installedVersion + "; name the role's file of that version with --role");
                return Optional.empty();
            }
            return Optional.of(new Named(id, version));
        }

        @Override
        public void write(Named value, FieldWriter root) {
            throw new UnsupportedOperationException("a role probe reads documents and writes none");
        }
    }
}
