package io.github.interviewkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A role profile with everything needed to interview for it: the aggregate a content pack ships.
 *
 * <p>A role is valid as a whole: ids are unique per kind (competencies, questions, criteria,
 * pitfalls), every reference between them resolves, every criterion has an anchor for every level
 * of the rubric's scale, and the salary band is well formed. {@link Builder#build()} checks all of
 * it and reports every problem at once in a {@link ContentException}.
 *
 * <p>The query methods ({@link #questionsIn}, {@link #questionsProbing}, {@link #criteriaFor}, …)
 * return lists in content order and throw an {@link InterviewKitException} for an id the role does
 * not define, so that a typo is not mistaken for "none".
 */
@Value.Immutable
public abstract class Role {
    Role() {}

    /** @return the stable id, a slug such as {@code backend-architect} */
    @NotNull
    @Pattern(regexp = Names.SLUG, message = Names.SLUG_MESSAGE)
    public abstract String id();

    /** @return the role's title, e.g. {@code Backend Architect} */
    @NotBlank
    public abstract String title();

    /** @return the description of the role, in a paragraph */
    @NotBlank
    public abstract String summary();

    /** @return what a person in the role is responsible for, in order */
    public abstract List<@NotBlank String> responsibilities();

    /** @return the competencies the role requires, in order */
    public abstract List<@NotNull @Valid Competency> competencies();

    /** @return the experience the role requires */
    @NotNull
    @Valid
    public abstract ExperienceRequirement experience();

    /** @return the typical pay for the role, if known */
    public abstract Optional<@Valid SalaryBand> salaryBand();

    /** @return the demand for the role in the job market, if known */
    public abstract Optional<MarketDemand> marketDemand();

    /** @return the question bank, in order */
    public abstract List<@NotNull @Valid Question> questions();

    /** @return the evaluation criteria and the scale they are rated on */
    @NotNull
    @Valid
    public abstract Rubric rubric();

    /** @return the common pitfalls candidates show, in order */
    public abstract List<@NotNull @Valid Pitfall> pitfalls();

    /** @return the version of this content, as {@code major.minor.patch} */
    @NotNull
    @Pattern(regexp = "\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?", message = "must be a version such as 1.0.0")
    public abstract String contentVersion();

    /** @return the IETF BCP 47 tag of the content's language, e.g. {@code en} or {@code en-US} */
    @NotNull
    public abstract String language();

    /** @return where the content comes from and what was quoted or added */
    @NotNull
    @Valid
    public abstract SourceAttribution source();

    /**
     * Returns the competency with an id.
     *
     * @param id a competency id
     * @return the competency, or empty if the role has none with that id
     */
    public final Optional<Competency> competency(String id) {
        return find(competencies(), Competency::id, id);
    }

    /**
     * Returns the question with an id.
     *
     * @param id a question id
     * @return the question, or empty if the role has none with that id
     */
    public final Optional<Question> question(String id) {
        return find(questions(), Question::id, id);
    }

    /**
     * Returns the evaluation criterion with an id.
     *
     * @param id a criterion id
     * @return the criterion, or empty if the role has none with that id
     */
    public final Optional<EvaluationCriterion> criterion(String id) {
        return rubric().criterion(id);
    }

    /**
     * Returns the pitfall with an id.
     *
     * @param id a pitfall id
     * @return the pitfall, or empty if the role has none with that id
     */
    public final Optional<Pitfall> pitfall(String id) {
        return find(pitfalls(), Pitfall::id, id);
    }

    /**
     * Returns the questions of a category, or interview stage.
     *
     * @param category a category; a category no question has gives an empty list
     * @return the questions of that category, in order
     */
    public final List<Question> questionsIn(QuestionCategory category) {
        return filter(questions(), question -> question.category().equals(category));
    }

    /**
     * Returns the questions that probe a competency.
     *
     * @param competencyId the id of a competency of this role
     * @return the questions that list it, in order
     * @throws InterviewKitException if the role has no competency with that id
     */
    public final List<Question> questionsProbing(String competencyId) {
        requireCompetency(competencyId);
        return filter(questions(), question -> question.competencies().contains(competencyId));
    }

    /**
     * Returns the questions whose answers inform a criterion.
     *
     * @param criterionId the id of a criterion of this role
     * @return the questions that list it, in order
     * @throws InterviewKitException if the role has no criterion with that id
     */
    public final List<Question> questionsInforming(String criterionId) {
        if (criterion(criterionId).isEmpty()) {
            throw unknown("criterion", criterionId);
        }
        return filter(questions(), question -> question.criteria().contains(criterionId));
    }

    /**
     * Returns the criteria that evaluate a competency.
     *
     * @param competencyId the id of a competency of this role
     * @return the criteria that list it, in order
     * @throws InterviewKitException if the role has no competency with that id
     */
    public final List<EvaluationCriterion> criteriaFor(String competencyId) {
        requireCompetency(competencyId);
        return filter(rubric().criteria(), criterion -> criterion.competencies().contains(competencyId));
    }

    /**
     * Returns the pitfalls that bear on a competency: those that undermine a criterion evaluating it,
     * or that a question probing it can reveal.
     *
     * @param competencyId the id of a competency of this role
     * @return those pitfalls, in order
     * @throws InterviewKitException if the role has no competency with that id
     */
    public final List<Pitfall> pitfallsFor(String competencyId) {
        List<String> criteria = criteriaFor(competencyId).stream().map(EvaluationCriterion::id).toList();
        List<String> revealed = questionsProbing(competencyId).stream()
                .flatMap(question -> question.pitfalls().stream()).toList();
        return filter(pitfalls(), pitfall -> revealed.contains(pitfall.id())
                || pitfall.criteria().stream().anyMatch(criteria::contains));
    }

    /**
     * Returns the competencies no question probes: gaps in the question bank.
     *
     * @return those competencies, in order; empty for a complete kit
     */
    public final List<Competency> unprobedCompetencies() {
        return filter(competencies(), competency -> questions().stream()
                .noneMatch(question -> question.competencies().contains(competency.id())));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Role}; {@link #build()} validates the whole role, references included. */
    public static final class Builder extends ImmutableRole.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        Checks.onBuild(this);
    }

    private void requireCompetency(String competencyId) {
        if (competency(competencyId).isEmpty()) {
            throw unknown("competency", competencyId);
        }
    }

    private InterviewKitException unknown(String kind, String id) {
        return new InterviewKitException("role '" + id() + "' has no " + kind + " with id '" + id + "'");
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
        return items.stream().filter(item -> id.apply(item).equals(wanted)).findFirst();
    }

    private static <T> List<T> filter(List<T> items, Predicate<T> test) {
        return items.stream().filter(test).toList();
    }
}
