package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static io.github.interviewkit.model.ValidValues.experience;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExperienceRequirementTest {

    @Test
    void build_acceptsTheGuidesRequirement() {
        ExperienceRequirement built = experience()
                .statement("8+ years in backend development with 3+ years in an architectural role").build();

        assertEquals(8, built.minimumYears());
        assertEquals("backend development", built.field());
        assertEquals(OptionalInt.of(3), built.minimumRoleYears());
        assertEquals(Optional.of("an architectural role"), built.roleDescription());
    }

    @Test
    void build_acceptsRoleYearsEqualToTotalYears() {
        assertEquals(OptionalInt.of(8), experience().minimumRoleYears(8).build().minimumRoleYears());
    }

    @Test
    void build_acceptsZeroYearsWithoutRoleYears() {
        ExperienceRequirement built = ExperienceRequirement.builder().minimumYears(0).field("any").build();

        assertEquals(OptionalInt.empty(), built.minimumRoleYears());
        assertEquals(Optional.empty(), built.roleDescription());
    }

    @Test
    void build_rejectsRoleYearsAboveTotalYears() {
        assertRejected(() -> experience().minimumRoleYears(9).build(),
                problem("minimumRoleYears", 9, "must not exceed minimumYears 8"));
    }

    @Test
    void build_rejectsRoleYearsWithoutRoleDescription() {
        assertRejected(() -> ExperienceRequirement.builder().minimumYears(8).field("f").minimumRoleYears(3).build(),
                problem("roleDescription", null, "is required when minimumRoleYears is given"));
    }

    @Test
    void build_rejectsRoleDescriptionWithoutRoleYears() {
        assertRejected(() -> ExperienceRequirement.builder().minimumYears(8).field("f").roleDescription("lead").build(),
                problem("minimumRoleYears", null, "is required when roleDescription is given"));
    }

    @Test
    void build_rejectsNegativeYears() {
        assertRejected(() -> experience().minimumYears(-1).minimumRoleYears(-2).build(),
                problem("minimumRoleYears", -2, "must be greater than or equal to 0"),
                problem("minimumYears", -1, "must be greater than or equal to 0"));
    }

    @Test
    void build_rejectsMissingFieldAndBlankTexts() {
        assertRejected(() -> ExperienceRequirement.builder().minimumYears(1).roleDescription(" ").minimumRoleYears(1)
                        .statement("").build(),
                problem("field", null, "is required"),
                problem("roleDescription", " ", "must not be blank"),
                problem("statement", "", "must not be blank"));
    }
}
