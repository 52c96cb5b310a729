package io.github.interviewkit.examples;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.SalaryBand;
import io.github.interviewkit.model.spi.ContentPacks;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Loads the bundled Backend Architect kit twice, through its typed entry point and through
 * content-pack discovery by id, and prints a summary: the questions by interview stage, the
 * criteria with their weights and must-haves, and where a salary expectation falls in the band.
 */
public final class BackendArchitectKitExample {
    private BackendArchitectKitExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** @return the kit, from its typed entry point */
    static Role byEntryPoint() {
        return BackendArchitect.role();
    }

    /** @return the kit, found among the installed content packs by its id */
    static Role byDiscovery() {
        ContentPacks packs = ContentPacks.installed();      // ServiceLoader discovery, checked
        return packs.find("backend-architect")
                .orElseThrow(() -> new IllegalStateException("the Backend Architect kit is not installed"))
                .role();
    }

    static void run(PrintStream out) {
        Role kit = byEntryPoint();
        Role discovered = byDiscovery();
        out.println(kit.title() + " (" + kit.id() + ", content " + kit.contentVersion() + ")");
        out.println("Found by discovery too: " + (kit == discovered ? "the same instance" : "a different instance"));
        out.println(summary(kit));

        SalaryBand band = kit.salaryBand().orElseThrow();
        BigDecimal expectation = new BigDecimal("150000");
        out.println("A salary expectation of " + expectation.toPlainString() + " " + band.currency() + " is "
                + band.positionOf(expectation) + " the band " + band.minimum().toPlainString() + "–"
                + band.maximum().toPlainString() + " " + band.currency() + " " + band.period().id());
    }

    static String summary(Role kit) {
        StringBuilder text = new StringBuilder();
        text.append("\nQuestions by stage:\n");
        for (QuestionCategory stage : List.of(QuestionCategory.SCREENING, QuestionCategory.TECHNICAL,
                QuestionCategory.BEHAVIOURAL)) {
            List<Question> questions = kit.questionsIn(stage);
            text.append("  ").append(stage).append(" (").append(questions.size()).append(")\n");
            for (Question question : questions) {
                text.append("    - ").append(question.text());
                if (question.logistics()) {
                    text.append("  [logistics, not rated]");
                } else if (!question.criteria().isEmpty()) {
                    text.append("  -> ").append(String.join(", ", question.criteria()));
                }
                text.append('\n');
            }
        }
        RatingScale scale = kit.rubric().scale();
        text.append("\nCriteria (rated ").append(scale.lowest().value()).append(' ').append(scale.lowest().label())
                .append(" to ").append(scale.highest().value()).append(' ').append(scale.highest().label()).append("):\n");
        for (EvaluationCriterion criterion : kit.rubric().criteria()) {
            text.append("  - ").append(criterion.description()).append(" (weight ")
                    .append(criterion.weight().toPlainString());
            criterion.minimumRating().ifPresent(minimum -> text.append(", must-have: at least ").append(minimum)
                    .append(' ').append(scale.level(minimum).orElseThrow().label()));
            text.append(")\n");
        }
        return text.toString();
    }
}
