package io.github.interviewkit.planning;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.SourceAttribution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of small planning problems: kits of one to four criteria (exact decimal
 * weights, some must-haves) and up to a given number of questions over three stages, some without
 * an estimate; loops of one to three interviews drawn from three interviewers, with focus, pins,
 * bans, a question limit, reserved and default minutes at random. Every value is drawn from the
 * randomness source, so QuickTheories shrinks a failing problem towards fewer, simpler parts.
 */
final class LoopGenerators {
    private LoopGenerators() {}

    private static final String[] WEIGHTS = {"0.5", "1", "1.25", "2", "3"};
    private static final QuestionCategory[] STAGES = {QuestionCategory.SCREENING, QuestionCategory.TECHNICAL,
            QuestionCategory.BEHAVIOURAL};
    private static final String[] PEOPLE = {"ann", "ben", "cat"};
    /** Keeps the brute force small: at most this many assignments of questions to interviews. */
    private static final long MAX_ASSIGNMENTS = 600_000;

    static Gen<PlanningProblem> problems(int maxQuestions) {
        Gen<Integer> criteriaCount = integers().between(1, 4);
        Gen<Integer> weight = integers().between(0, WEIGHTS.length - 1);
        Gen<Integer> third = integers().between(0, 2);
        Gen<Integer> quarter = integers().between(0, 3);
        Gen<Integer> questionCount = integers().between(1, maxQuestions);
        Gen<Integer> estimate = integers().between(0, 12);
        Gen<Integer> interviewCount = integers().between(1, 3);
        Gen<Integer> length = integers().between(5, 35);
        Gen<Integer> people = integers().between(1, 7);
        Gen<Integer> small = integers().between(0, 5);
        Gen<Integer> anyIndex = integers().between(0, 99);
        Gen<PlanningProblem> gen = in -> {
            int criteria = criteriaCount.generate(in);
            List<EvaluationCriterion> rubric = new ArrayList<>();
            for (int c = 0; c < criteria; c++) {
                EvaluationCriterion.Builder criterion = EvaluationCriterion.builder().id("c" + c).description("Criterion " + c)
                        .addCompetencies("skill").weight(new BigDecimal(WEIGHTS[weight.generate(in)]))
                        .putAnchors(1, "no").putAnchors(2, "yes");
                if (third.generate(in) == 0) {
                    criterion.mustHave(true).minimumRating(2);
                }
                rubric.add(criterion.build());
            }
            int questions = questionCount.generate(in);
            List<Question> bank = new ArrayList<>();
            for (int q = 0; q < questions; q++) {
                Question.Builder question = Question.builder().id("q" + q).text("Question " + q + "?")
                        .category(STAGES[third.generate(in)]).addCompetencies("skill");
                for (int c = 0; c < criteria; c++) {
                    if (third.generate(in) == 0) {
                        question.addCriteria("c" + c);
                    }
                }
                int minutes = estimate.generate(in);
                if (minutes > 0) {
                    question.estimatedMinutes(minutes);
                }
                bank.add(question.build());
            }
            Role role = role(rubric, bank);
            int interviews = interviewCount.generate(in);
            List<Interview> loop = new ArrayList<>();
            for (int i = 0; i < interviews; i++) {
                Interview.Builder interview = Interview.builder().id("i" + i)
                        .stage(bank.get(anyIndex.generate(in) % questions).category()).minutes(length.generate(in));
                int mask = people.generate(in);
                for (int p = 0; p < PEOPLE.length; p++) {
                    if ((mask & (1 << p)) != 0) {
                        interview.addInterviewers(PEOPLE[p]);
                    }
                }
                if (quarter.generate(in) == 0) {
                    interview.addMustCover("c" + anyIndex.generate(in) % criteria);
                }
                if (quarter.generate(in) == 0) {
                    interview.addOnlyCriteria("c" + anyIndex.generate(in) % criteria);
                }
                loop.add(interview.build());
            }
            while (loop.size() > 1 && assignments(bank, loop) > MAX_ASSIGNMENTS) {
                loop.remove(loop.size() - 1);
            }
            PlanningOptions.Builder options = PlanningOptions.builder().reservedMinutes(small.generate(in))
                    .interviewersPerMustHave(1 + third.generate(in) % 2).interviewersPerCriterion(1 + third.generate(in) % 2);
            int limit = quarter.generate(in);
            if (limit > 0) {
                options.maxQuestionsPerInterview(limit);
            }
            int defaultMinutes = small.generate(in);
            if (defaultMinutes > 0) {
                options.defaultQuestionMinutes(defaultMinutes);
            }
            boolean hasDefault = defaultMinutes > 0;
            if (quarter.generate(in) == 0) {
                Question question = bank.get(anyIndex.generate(in) % questions);
                Interview interview = loop.get(anyIndex.generate(in) % loop.size());
                if (question.category().equals(interview.stage()) && (question.estimatedMinutes().isPresent() || hasDefault)) {
                    options.pin(question.id(), interview.id());
                }
            }
            if (quarter.generate(in) == 0) {
                Question question = bank.get(anyIndex.generate(in) % questions);
                Interview interview = loop.get(anyIndex.generate(in) % loop.size());
                PlanningOptions pinned = options.build();
                if (question.category().equals(interview.stage())
                        && !pinned.pins().contains(Placement.of(question.id(), interview.id()))) {
                    options.ban(question.id(), interview.id());
                }
            }
            return PlanningProblem.builder().role(role).addInterviews(loop.toArray(Interview[]::new))
                    .options(options.build()).build();
        };
        return gen.describedAs(LoopGenerators::describe);
    }

    private static long assignments(List<Question> bank, List<Interview> loop) {
        long total = 1;
        for (Question question : bank) {
            total *= 1 + loop.stream().filter(interview -> interview.stage().equals(question.category())).count();
        }
        return total;
    }

    static Role role(List<EvaluationCriterion> criteria, List<Question> questions) {
        return Role.builder().id("generated").title("Generated role").summary("A role generated for the planner's properties.")
                .contentVersion("1.0.0").language("en").source(SourceAttribution.builder().title("interviewkit tests").build())
                .experience(ExperienceRequirement.builder().minimumYears(1).field("software").build())
                .addCompetencies(Competency.builder().id("skill").name("Skill").kind(CompetencyKind.TECHNICAL).build())
                .rubric(Rubric.builder().scale(RatingScale.of(RatingLevel.of(1, "No", "No evidence"),
                        RatingLevel.of(2, "Yes", "Evidence"))).addAllCriteria(criteria).build())
                .addAllQuestions(questions).build();
    }

    static String describe(PlanningProblem problem) {
        StringBuilder text = new StringBuilder("\ncriteria:");
        for (EvaluationCriterion criterion : problem.role().rubric().criteria()) {
            text.append(' ').append(criterion.id()).append('=').append(criterion.weight().toPlainString())
                    .append(criterion.mustHave() ? "!" : "");
        }
        text.append("\nquestions:");
        for (Question question : problem.role().questions()) {
            text.append(' ').append(question.id()).append('(').append(question.category()).append(',')
                    .append(question.estimatedMinutes().isPresent() ? question.estimatedMinutes().getAsInt() : "?")
                    .append(',').append(question.criteria()).append(')');
        }
        text.append("\nloop: ").append(problem.interviews()).append("\noptions: ").append(problem.options());
        return text.toString();
    }
}
