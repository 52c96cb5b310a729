package io.github.interviewkit.examples;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.model.io.RoleWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Reads a role from a YAML file, prints it, and shows the report a broken copy of the file gets.
 */
public final class ReadRoleExample {
    private ReadRoleExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static Role readExampleRole() {
        try (InputStream in = ReadRoleExample.class.getResourceAsStream("data-engineer.yaml")) {
            return RoleReader.standard().read(in, ContentFormat.YAML, "data-engineer.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void run(PrintStream out) {
        Role role = readExampleRole();
        out.println(describe(role));

        String broken = RoleWriter.standard().write(role, ContentFormat.YAML)
                .replace("- sql\n  criteria:", "- sequel\n  criteria:")
                .replace("weight: 2.5", "weight: heavy");
        try {
            RoleReader.standard().read(broken, ContentFormat.YAML);
        } catch (ContentException e) {
            out.println("A broken copy of the file is reported in full:");
            out.println(e.getMessage());
        }
    }

    static String describe(Role role) {
        StringBuilder text = new StringBuilder();
        text.append(role.title()).append(" (").append(role.id()).append(", content ").append(role.contentVersion())
                .append(")\n").append(role.summary()).append("\n\nExperience: ")
                .append(role.experience().statement().orElse(role.experience().minimumYears() + "+ years")).append('\n');
        role.salaryBand().ifPresent(band -> text.append("Salary: ").append(band.minimum().toPlainString()).append("–")
                .append(band.maximum().toPlainString()).append(' ').append(band.currency()).append(' ')
                .append(band.period().id()).append('\n'));
        text.append("\nCompetencies:\n");
        role.competencies().forEach(c -> text.append("  - ").append(c.name()).append(" [").append(c.kind()).append("]")
                .append(c.examples().isEmpty() ? "" : " e.g. " + String.join(", ", c.examples())).append('\n'));
        text.append("\nRubric (scale ").append(role.rubric().scale().lowest().value()).append("–")
                .append(role.rubric().scale().highest().value()).append("):\n");
        for (EvaluationCriterion criterion : role.rubric().criteria()) {
            text.append("  - ").append(criterion.description()).append(" (weight ").append(criterion.weight().toPlainString());
            criterion.minimumRating().ifPresent(min -> text.append(", must-have: at least ").append(min));
            text.append(")\n");
        }
        text.append("\nQuestions:\n");
        for (Question question : role.questions()) {
            text.append("  [").append(question.category()).append(question.logistics() ? ", logistics" : "").append("] ")
                    .append(question.text()).append('\n');
        }
        return text.toString();
    }
}
