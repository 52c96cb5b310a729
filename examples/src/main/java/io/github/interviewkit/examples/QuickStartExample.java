package io.github.interviewkit.examples;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.SourceAttribution;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.model.io.RoleWriter;

/** The README's quick start, kept here so that it compiles and its test runs it. */
public final class QuickStartExample {
    private QuickStartExample() {}

    /** @return the role the quick start builds in code */
    public static Role buildRole() {
        // --- README snippet begins
        RatingScale scale = RatingScale.of(
                RatingLevel.of(1, "No", "No evidence of the skill"),
                RatingLevel.of(2, "Yes", "Clear evidence of the skill"));
        Role role = Role.builder()
                .id("data-engineer").title("Data Engineer").summary("Builds data pipelines.")
                .contentVersion("1.0.0").language("en")
                .source(SourceAttribution.builder().title("Our hiring team").build())
                .experience(ExperienceRequirement.builder().minimumYears(4).field("data engineering").build())
                .addCompetencies(Competency.builder().id("sql").name("SQL").kind(CompetencyKind.TECHNICAL).build())
                .rubric(Rubric.builder().scale(scale).addCriteria(EvaluationCriterion.builder()
                        .id("queries").description("Writes correct queries").addCompetencies("sql")
                        .putAnchors(1, "Cannot write a join").putAnchors(2, "Writes joins unaided").build()).build())
                .build();                                    // throws ContentException listing every problem
        // --- README snippet ends
        return role;
    }

    /**
     * Builds the role, writes it as YAML and reads it back.
     *
     * @return the role read back from the YAML text
     */
    public static Role writeThenRead() {
        String yaml = RoleWriter.standard().write(buildRole(), ContentFormat.YAML);
        return RoleReader.standard().read(yaml, ContentFormat.YAML);
    }

    /**
     * Prints the quick start's role as YAML.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(RoleWriter.standard().write(writeThenRead(), ContentFormat.YAML));
    }
}
