package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Role;
import org.junit.jupiter.api.Test;

class WarmupTest {
    @Test
    void role_isValidAndHoldsEveryPartOfAKit() {
        // The warm-up swallows its failures; a role that stopped reading would silently warm nothing.
        Role role = Warmup.role();
        assertEquals("warm-up", role.id());
        assertEquals(1, role.competencies().size());
        assertEquals(1, role.competencies().get(0).frameworkReferences().size());
        assertEquals(1, role.rubric().criteria().size());
        assertEquals(2, role.rubric().scale().levels().size());
        assertEquals(1, role.questions().size());
        assertEquals(1, role.pitfalls().size());
        assertTrue(role.salaryBand().isPresent());
    }

    @Test
    void startsOnlyForANamedSubcommand() {
        assertFalse(Warmup.startFor());
        assertFalse(Warmup.startFor("--help"));
        assertFalse(Warmup.startFor("valdate", "kit.yaml"));
        assertTrue(Warmup.startFor("schema", "role"));
        assertTrue(Warmup.startFor("score", "backend-architect", "panel.yaml"));
        assertTrue(Warmup.startFor("validate", "kit.yaml"));
    }

    @Test
    void readAnnotations_readsTheCommandsOwnAndItsSuperclasss() {
        // @Command twice (ValidateCommand, BaseCommand), @Spec, @Parameters, three @Option.
        assertEquals(7, Warmup.readAnnotations(ValidateCommand.class));
    }
}
