package io.github.interviewkit.content.backendarchitect.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.CheckedContent;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Loading the kit from the code the build generated: the same role as the YAML source, trusted or validated. */
class BackendArchitectPackTest {
    @Test
    void generatedKit_isTheRoleOfTheYamlSource() throws IOException {
        Role source;
        try (InputStream yaml = BackendArchitectPack.class.getResourceAsStream("/" + BackendArchitectPack.SOURCE)) {
            source = RoleReader.standard().read(yaml, ContentFormat.YAML, BackendArchitectPack.SOURCE);
        }
        assertEquals(source, BackendArchitect.role());
        assertEquals(source, BackendArchitectKit.builder().build());
    }

    @Test
    void generatedKit_wasCheckedByThisLibrary() {
        assertEquals(CheckedContent.checkedBy(), BackendArchitectKit.CHECKED_BY);
    }

    @Test
    void checked_validatesInFullWhatAnotherLibraryVersionChecked() {
        Role.Builder broken = BackendArchitectKit.builder().id("Not A Slug");
        assertThrows(ContentException.class, () -> BackendArchitectPack.checked(broken, "interviewkit 0.0.1", "kit"));
        assertNotEquals(CheckedContent.checkedBy(), "interviewkit 0.0.1");
    }

    @Test
    void checked_rejectsAnotherRole() {
        Role.Builder other = BackendArchitectKit.builder().id("other");
        InterviewKitException e = assertThrows(InterviewKitException.class,
                () -> BackendArchitectPack.checked(other, BackendArchitectKit.CHECKED_BY, "kit.yaml"));
        assertEquals("kit.yaml holds the role 'other', not 'backend-architect'", e.getMessage());
    }

    @Test
    void checked_trustsWhatThisLibraryChecked() {
        // An invalid id passes: the builder is trusted, not validated, when this library's mark is on it.
        Role trusted = BackendArchitectPack.checked(BackendArchitectKit.builder(), BackendArchitectKit.CHECKED_BY, "kit");
        assertTrue(trusted.questions().size() > 10);
    }

    @Test
    void loaded_keepsTheFailureOfTheFirstLoadAndThrowsItOnEveryCall() {
        IllegalStateException broken = new IllegalStateException("packaging defect");
        BackendArchitectPack.Loaded loaded = BackendArchitectPack.Loaded.of(() -> {
            throw broken;
        });
        InterviewKitException first = assertThrows(InterviewKitException.class, loaded::get);
        InterviewKitException second = assertThrows(InterviewKitException.class, loaded::get);
        assertEquals(broken, first.getCause());
        assertEquals(broken, second.getCause());
        assertTrue(first.getMessage().contains(BackendArchitectPack.SOURCE), first.getMessage());
    }

    @Test
    void pack_namesItselfByItsId() {
        assertEquals("ContentPack[backend-architect]", new BackendArchitectPack().toString());
    }
}
