package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.model.spi.ContentPack;
import io.github.interviewkit.model.spi.ContentPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The role that panels, loops and mappings name, among packs the test installs. */
class DocumentRolesTest {
    @TempDir
    Path folder;

    private static ContentPack pack(Role role) {
        return new ContentPack() {
            @Override
            public String id() {
                return role.id();
            }

            @Override
            public Role role() {
                return role;
            }
        };
    }

    private final Role dataEngineer = RoleReader.standard().read(Cli.DATA_ENGINEER);
    private final ContentPacks two = ContentPacks.builder().register(pack(Cli.kit())).register(pack(dataEngineer)).build();

    private Path panel(String name, Role role) throws IOException {
        String candidate = name.replace(".yaml", "");
        return Files.writeString(folder.resolve(name), role == dataEngineer
                ? "role:\n  id: data-engineer\n  contentVersion: 1.0.0\nscorecards: []\n"
                : Cli.panel(role, candidate, 0).write(ContentFormat.YAML));
    }

    @Test
    void theRoleEveryDocumentNames_isTheInstalledPacksRole() throws IOException {
        List<Path> files = List.of(panel("cand-1.yaml", Cli.kit()), panel("cand-2.yaml", Cli.kit()));
        assertSame(Cli.kit(), DocumentRoles.common(files, two, "panel"));
        Path loop = Files.writeString(folder.resolve("loop.yaml"), "role: data-engineer\ncontentVersion: 1.0.0\ninterviews: []\n");
        assertSame(dataEngineer, DocumentRoles.common(List.of(loop), two, "loop"));
    }

    @Test
    void documentsNamingDifferentRoles_areRefusedWithEachFile() throws IOException {
        Path first = panel("cand-1.yaml", Cli.kit());
        Path second = panel("cand-2.yaml", dataEngineer);
        Path third = panel("cand-3.yaml", Cli.kit());
        CommandFailure failure = assertThrows(CommandFailure.class,
                () -> DocumentRoles.common(List.of(first, second, third), two, "panel"));
        assertEquals(Exit.INVALID, failure.status());
        assertEquals("the panels name different roles: backend-architect 1.0.0 (" + first + ", " + third + "); data-engineer"
                + " 1.0.0 (" + second + "); give the panels of one role at a time, or name the role with --role",
                failure.getMessage());
    }

    @Test
    void aDocumentWithoutARole_isAProblemOfTheDocument() throws IOException {
        Path none = Files.writeString(folder.resolve("none.yaml"), "scorecards: []\n");
        Failures.InvalidDocument invalid = assertThrows(Failures.InvalidDocument.class,
                () -> DocumentRoles.common(List.of(none), two, "panel"));
        assertEquals(none + ":1:1: role: is required: the id of the role the document is for (or name the role with --role)",
                Problems.line(none.toString(), invalid.problems().violations().get(0)));
    }

    @Test
    void anOverride_winsWithoutReadingTheDocuments() {
        assertSame(Cli.kit(), DocumentRoles.common(List.of(folder.resolve("never-read.yaml")), "backend-architect", "panel"));
    }
}
