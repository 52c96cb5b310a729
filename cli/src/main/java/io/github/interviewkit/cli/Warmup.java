package io.github.interviewkit.cli;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.FrameworkReference;
import io.github.interviewkit.model.PayPeriod;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.SalaryBand;
import io.github.interviewkit.model.Severity;
import io.github.interviewkit.model.SourceAttribution;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Starts the model's validator on a second thread while the main thread reads the command line and
 * parses the first file: {@code validate} on a role kit spends most of its start-up in the
 * validator's first look at each model type, work that does not depend on the file. The thread
 * builds one small role through the public builders, which starts the validator and has it read the
 * constraints of every type a role is made of; the main thread then finds them ready, or waits for
 * the one being read. On one processor the work is the same, only not overlapped.
 *
 * <p>The thread is a daemon and its result is thrown away: the command never depends on it, and a
 * problem in it (none is expected: the role is valid) is the command's to meet and report when it
 * reads its own files.
 */
final class Warmup {
    private Warmup() {}

    /**
     * Starts the warm-up when the command reads documents that the model validates.
     *
     * @param args the command line's arguments
     * @return whether a warm-up thread was started
     */
    static boolean startFor(String... args) {
        if (args.length == 0 || !"validate".equals(args[0])) {
            return false;
        }
        Thread thread = new Thread(Warmup::run, "interviewkit-warm-up");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private static void run() {
        try {
            role();
        } catch (RuntimeException | Error ignored) {
            // Nothing to report here: the command meets the same problem on its own thread.
        }
    }

    /** @return a small valid role with one value of every type a role kit holds */
    static Role role() {
        RatingScale scale = RatingScale.of(RatingLevel.of(1, "No", "Shows none of it."),
                RatingLevel.of(2, "Yes", "Shows it."));
        return Role.builder().id("warm-up").title("Warm-up").summary("Starts the validator.")
                .contentVersion("1.0.0").language("en")
                .source(SourceAttribution.builder().title("interviewkit").build())
                .experience(ExperienceRequirement.builder().minimumYears(0).field("software").build())
                .salaryBand(SalaryBand.of(BigDecimal.ONE, BigDecimal.TEN, "USD", PayPeriod.ANNUAL))
                .addCompetencies(Competency.builder().id("skill").name("Skill").kind(CompetencyKind.TECHNICAL)
                        .addFrameworkReferences(FrameworkReference.of("ESCO", "S1.0")).build())
                .rubric(Rubric.builder().scale(scale).addCriteria(EvaluationCriterion.builder().id("shows-skill")
                        .description("Shows the skill.").addCompetencies("skill")
                        .anchors(Map.of(1, "Does not.", 2, "Does.")).build()).build())
                .addQuestions(Question.builder().id("ask").text("Show it?").category(QuestionCategory.TECHNICAL)
                        .addCompetencies("skill").addCriteria("shows-skill").addPitfalls("guess").build())
                .addPitfalls(Pitfall.builder().id("guess").description("Guesses.").severity(Severity.MAJOR)
                        .addCriteria("shows-skill").build())
                .build();
    }
}
