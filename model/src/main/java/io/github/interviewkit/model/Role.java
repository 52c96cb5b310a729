package io.github.interviewkit.model;

import java.util.ArrayList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

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
public abstract class Role {
    Role() {}

    /** @return the stable id, a slug such as {@code backend-architect} */
    @NotNull
    @Slug
    public abstract String id();

    /** @return the role's title, e.g. {@code Backend Architect} */
    @NotBlank
    public abstract String title();

    /** @return the description of the role, in a paragraph */
    @NotBlank
    public abstract String summary();

    /** @return what a person in the role is responsible for, in order, each not blank */
    public abstract List<String> responsibilities();

    /** @return the competencies the role requires, in order */
    public abstract List<Competency> competencies();

    /** @return the experience the role requires */
    @NotNull
    public abstract ExperienceRequirement experience();

    /** @return the typical pay for the role, if known */
    public abstract Optional<SalaryBand> salaryBand();

    /** @return the demand for the role in the job market, if known */
    public abstract Optional<MarketDemand> marketDemand();

    /** @return the question bank, in order */
    public abstract List<Question> questions();

    /** @return the evaluation criteria and the scale they are rated on */
    @NotNull
    public abstract Rubric rubric();

    /** @return the common pitfalls candidates show, in order */
    public abstract List<Pitfall> pitfalls();

    /** @return the version of this content, as {@code major.minor.patch} */
    @NotNull
    @Pattern(regexp = "\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?", message = "must be a version such as 1.0.0")
    public abstract String contentVersion();

    /** @return the IETF BCP 47 tag of the content's language, e.g. {@code en} or {@code en-US} */
    @NotNull
    public abstract String language();

    /** @return where the content comes from and what was quoted or added */
    @NotNull
    public abstract SourceAttribution source();

    /**
     * Returns the competency with an id.
     *
     * @param id a competency id
     * @return the competency, or empty if the role has none with that id
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public final Optional<Competency> competency(String id) {
        return find(competencies(), Competency::id, Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the question with an id.
     *
     * @param id a question id
     * @return the question, or empty if the role has none with that id
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public final Optional<Question> question(String id) {
        return find(questions(), Question::id, Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the evaluation criterion with an id.
     *
     * @param id a criterion id
     * @return the criterion, or empty if the role has none with that id
     */
    public final Optional<EvaluationCriterion> criterion(String id) {
        return rubric().criterion(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the pitfall with an id.
     *
     * @param id a pitfall id
     * @return the pitfall, or empty if the role has none with that id
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public final Optional<Pitfall> pitfall(String id) {
        return find(pitfalls(), Pitfall::id, Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the questions of a category, or interview stage.
     *
     * @param category a category; a category no question has gives an empty list
     * @return the questions of that category, in order
     * @throws NullPointerException if {@code category} is {@code null}
     */
    public final List<Question> questionsIn(QuestionCategory category) {
        Objects.requireNonNull(category, "category");
        return filter(questions(), question -> question.category().equals(category));
    }

    /**
     * Returns the questions that probe a competency.
     *
     * @param competencyId the id of a competency of this role
     * @return the questions that list it, in order
     * @throws NullPointerException if {@code competencyId} is {@code null}
     * @throws InterviewKitException if the role has no competency with that id
     */
    public final List<Question> questionsProbing(String competencyId) {
        requireCompetency(Objects.requireNonNull(competencyId, "competencyId"));
        return filter(questions(), question -> question.competencies().contains(competencyId));
    }

    /**
     * Returns the questions whose answers inform a criterion.
     *
     * @param criterionId the id of a criterion of this role
     * @return the questions that list it, in order
     * @throws NullPointerException if {@code criterionId} is {@code null}
     * @throws InterviewKitException if the role has no criterion with that id
     */
    public final List<Question> questionsInforming(String criterionId) {
        if (criterion(Objects.requireNonNull(criterionId, "criterionId")).isEmpty()) {
            throw unknown("criterion", criterionId);
        }
        return filter(questions(), question -> question.criteria().contains(criterionId));
    }

    /**
     * Returns the criteria that evaluate a competency.
     *
     * @param competencyId the id of a competency of this role
     * @return the criteria that list it, in order
     * @throws NullPointerException if {@code competencyId} is {@code null}
     * @throws InterviewKitException if the role has no competency with that id
     */
    public final List<EvaluationCriterion> criteriaFor(String competencyId) {
        requireCompetency(Objects.requireNonNull(competencyId, "competencyId"));
        return filter(rubric().criteria(), criterion -> criterion.competencies().contains(competencyId));
    }

    /**
     * Returns the pitfalls that bear on a competency: those that undermine a criterion evaluating it,
     * or that a question probing it can reveal.
     *
     * @param competencyId the id of a competency of this role
     * @return those pitfalls, in order
     * @throws NullPointerException if {@code competencyId} is {@code null}
     * @throws InterviewKitException if the role has no competency with that id
     */
    public final List<Pitfall> pitfallsFor(String competencyId) {
        Objects.requireNonNull(competencyId, "competencyId");
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

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Role}. Parts may be given as values (checked when they were built) or as builders,
     * which are built and checked together with the role, each problem reported at its path in the role
     * (such as {@code questions[3].competencies[0]}); {@link #build()} then checks the role as a whole:
     * unique ids, every reference between its parts, anchors for every level of the scale.
     */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String title;
        private @Nullable String summary;
        private final List<String> responsibilities = new ArrayList<>();
        private final List<Tree<Competency>> competencies = new ArrayList<>();
        private @Nullable Tree<ExperienceRequirement> experience;
        private @Nullable Tree<SalaryBand> salaryBand;
        private Optional<MarketDemand> marketDemand = Optional.empty();
        private final List<Tree<Question>> questions = new ArrayList<>();
        private @Nullable Tree<Rubric> rubric;
        private final List<Tree<Pitfall>> pitfalls = new ArrayList<>();
        private @Nullable String contentVersion;
        private @Nullable String language;
        private @Nullable Tree<SourceAttribution> source;

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(Role value) {
            Objects.requireNonNull(value, "value");
            return id(value.id())
                    .title(value.title())
                    .summary(value.summary())
                    .responsibilities(value.responsibilities())
                    .competencies(value.competencies())
                    .experience(value.experience())
                    .salaryBand(value.salaryBand())
                    .marketDemand(value.marketDemand())
                    .questions(value.questions())
                    .rubric(value.rubric())
                    .pitfalls(value.pitfalls())
                    .contentVersion(value.contentVersion())
                    .language(value.language())
                    .source(value.source());
        }

        /**
         * Sets the stable id, a slug such as {@code backend-architect}.
         *
         * @param id the value
         * @return this builder
         * @throws NullPointerException if {@code id} is {@code null}
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the role's title.
         *
         * @param title the value
         * @return this builder
         * @throws NullPointerException if {@code title} is {@code null}
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Sets the description of the role.
         *
         * @param summary the value
         * @return this builder
         * @throws NullPointerException if {@code summary} is {@code null}
         */
        public Builder summary(String summary) {
            this.summary = Objects.requireNonNull(summary, "summary");
            return this;
        }

        /**
         * Adds what a person in the role is responsible for after those added so far.
         *
         * @param responsibilities the values
         * @return this builder
         * @throws NullPointerException if {@code responsibilities} or one of them is {@code null}
         */
        public Builder addResponsibilities(String... responsibilities) {
            Tree.addStrings(this.responsibilities, "responsibilities", responsibilities);
            return this;
        }

        /**
         * Adds what a person in the role is responsible for after those added so far.
         *
         * @param responsibilities the values
         * @return this builder
         * @throws NullPointerException if {@code responsibilities} or one of them is {@code null}
         */
        public Builder addAllResponsibilities(Iterable<String> responsibilities) {
            Tree.addStrings(this.responsibilities, "responsibilities", responsibilities);
            return this;
        }

        /**
         * Replaces what a person in the role is responsible for.
         *
         * @param responsibilities the values, in order
         * @return this builder
         * @throws NullPointerException if {@code responsibilities} or one of them is {@code null}
         */
        public Builder responsibilities(Iterable<String> responsibilities) {
            Objects.requireNonNull(responsibilities, "responsibilities");
            this.responsibilities.clear();
            return addAllResponsibilities(responsibilities);
        }

        /**
         * Adds the competencies the role requires after those added so far.
         *
         * @param competencies the values
         * @return this builder
         * @throws NullPointerException if {@code competencies} or one of them is {@code null}
         */
        public Builder addCompetencies(Competency... competencies) {
            Tree.addValues(this.competencies, "competencies", competencies);
            return this;
        }

        /**
         * Adds one of the competencies the role requires, to be built and checked with this value: its problems are reported
         * under its place in the list.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder addCompetencies(Competency.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.competencies.add(builder::tree);
            return this;
        }

        /**
         * Adds the competencies the role requires after those added so far.
         *
         * @param competencies the values
         * @return this builder
         * @throws NullPointerException if {@code competencies} or one of them is {@code null}
         */
        public Builder addAllCompetencies(Iterable<Competency> competencies) {
            Tree.addAllValues(this.competencies, "competencies", competencies);
            return this;
        }

        /**
         * Replaces the competencies the role requires.
         *
         * @param competencies the values, in order
         * @return this builder
         * @throws NullPointerException if {@code competencies} or one of them is {@code null}
         */
        public Builder competencies(Iterable<Competency> competencies) {
            Objects.requireNonNull(competencies, "competencies");
            this.competencies.clear();
            return addAllCompetencies(competencies);
        }

        /**
         * Sets the experience the role requires.
         *
         * @param experience the value
         * @return this builder
         * @throws NullPointerException if {@code experience} is {@code null}
         */
        public Builder experience(ExperienceRequirement experience) {
            this.experience = Tree.of(Objects.requireNonNull(experience, "experience"));
            return this;
        }

        /**
         * Sets the experience the role requires, to be built and checked with this value: its problems are reported under
         * {@code experience}.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder experience(ExperienceRequirement.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.experience = builder::tree;
            return this;
        }

        /**
         * Sets the typical pay for the role.
         *
         * @param salaryBand the value
         * @return this builder
         * @throws NullPointerException if {@code salaryBand} is {@code null}
         */
        public Builder salaryBand(SalaryBand salaryBand) {
            this.salaryBand = Tree.of(Objects.requireNonNull(salaryBand, "salaryBand"));
            return this;
        }

        /**
         * Sets or clears the typical pay for the role.
         *
         * @param salaryBand the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code salaryBand} is {@code null}
         */
        public Builder salaryBand(Optional<SalaryBand> salaryBand) {
            Objects.requireNonNull(salaryBand, "salaryBand");
            this.salaryBand = salaryBand.map(Tree::of).orElse(null);
            return this;
        }

        /**
         * Sets the typical pay for the role, to be built and checked with this value: its problems are reported under
         * {@code salaryBand}.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder salaryBand(SalaryBand.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.salaryBand = builder::tree;
            return this;
        }

        /**
         * Sets the demand for the role in the job market.
         *
         * @param marketDemand the value
         * @return this builder
         * @throws NullPointerException if {@code marketDemand} is {@code null}
         */
        public Builder marketDemand(MarketDemand marketDemand) {
            this.marketDemand = Optional.of(Objects.requireNonNull(marketDemand, "marketDemand"));
            return this;
        }

        /**
         * Sets or clears the demand for the role in the job market.
         *
         * @param marketDemand the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code marketDemand} is {@code null}
         */
        public Builder marketDemand(Optional<MarketDemand> marketDemand) {
            this.marketDemand = Objects.requireNonNull(marketDemand, "marketDemand");
            return this;
        }

        /**
         * Adds the question bank after those added so far.
         *
         * @param questions the values
         * @return this builder
         * @throws NullPointerException if {@code questions} or one of them is {@code null}
         */
        public Builder addQuestions(Question... questions) {
            Tree.addValues(this.questions, "questions", questions);
            return this;
        }

        /**
         * Adds one of the question bank, to be built and checked with this value: its problems are reported
         * under its place in the list.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder addQuestions(Question.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.questions.add(builder::tree);
            return this;
        }

        /**
         * Adds the question bank after those added so far.
         *
         * @param questions the values
         * @return this builder
         * @throws NullPointerException if {@code questions} or one of them is {@code null}
         */
        public Builder addAllQuestions(Iterable<Question> questions) {
            Tree.addAllValues(this.questions, "questions", questions);
            return this;
        }

        /**
         * Replaces the question bank.
         *
         * @param questions the values, in order
         * @return this builder
         * @throws NullPointerException if {@code questions} or one of them is {@code null}
         */
        public Builder questions(Iterable<Question> questions) {
            Objects.requireNonNull(questions, "questions");
            this.questions.clear();
            return addAllQuestions(questions);
        }

        /**
         * Sets the evaluation criteria and the scale they are rated on.
         *
         * @param rubric the value
         * @return this builder
         * @throws NullPointerException if {@code rubric} is {@code null}
         */
        public Builder rubric(Rubric rubric) {
            this.rubric = Tree.of(Objects.requireNonNull(rubric, "rubric"));
            return this;
        }

        /**
         * Sets the evaluation criteria and the scale they are rated on, to be built and checked with this value: its problems are reported under
         * {@code rubric}.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder rubric(Rubric.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.rubric = builder::tree;
            return this;
        }

        /**
         * Adds the common pitfalls candidates show after those added so far.
         *
         * @param pitfalls the values
         * @return this builder
         * @throws NullPointerException if {@code pitfalls} or one of them is {@code null}
         */
        public Builder addPitfalls(Pitfall... pitfalls) {
            Tree.addValues(this.pitfalls, "pitfalls", pitfalls);
            return this;
        }

        /**
         * Adds one of the common pitfalls candidates show, to be built and checked with this value: its problems are reported
         * under its place in the list.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder addPitfalls(Pitfall.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.pitfalls.add(builder::tree);
            return this;
        }

        /**
         * Adds the common pitfalls candidates show after those added so far.
         *
         * @param pitfalls the values
         * @return this builder
         * @throws NullPointerException if {@code pitfalls} or one of them is {@code null}
         */
        public Builder addAllPitfalls(Iterable<Pitfall> pitfalls) {
            Tree.addAllValues(this.pitfalls, "pitfalls", pitfalls);
            return this;
        }

        /**
         * Replaces the common pitfalls candidates show.
         *
         * @param pitfalls the values, in order
         * @return this builder
         * @throws NullPointerException if {@code pitfalls} or one of them is {@code null}
         */
        public Builder pitfalls(Iterable<Pitfall> pitfalls) {
            Objects.requireNonNull(pitfalls, "pitfalls");
            this.pitfalls.clear();
            return addAllPitfalls(pitfalls);
        }

        /**
         * Sets the version of the content, as {@code major.minor.patch}.
         *
         * @param contentVersion the value
         * @return this builder
         * @throws NullPointerException if {@code contentVersion} is {@code null}
         */
        public Builder contentVersion(String contentVersion) {
            this.contentVersion = Objects.requireNonNull(contentVersion, "contentVersion");
            return this;
        }

        /**
         * Sets the IETF BCP 47 tag of the content's language.
         *
         * @param language the value
         * @return this builder
         * @throws NullPointerException if {@code language} is {@code null}
         */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Sets where the content comes from.
         *
         * @param source the value
         * @return this builder
         * @throws NullPointerException if {@code source} is {@code null}
         */
        public Builder source(SourceAttribution source) {
            this.source = Tree.of(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Sets where the content comes from, to be built and checked with this value: its problems are reported under
         * {@code source}.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder source(SourceAttribution.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.source = builder::tree;
            return this;
        }

        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ContentException listing every problem of the value and of the parts built with it
         */
        public Role build() {
            return Tree.root(this::tree, "Role");
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<Role> tryBuild(ViolationSink problems) {
            return Tree.tryRoot(this::tree, problems);
        }

        /** Builds the role without checking it: only for content a build step checked, see {@code CheckedContent}. */
        Role buildUnchecked() {
            return Objects.requireNonNull(Tree.unchecked(this::tree));
        }

        @Nullable Role tree(ViolationSink out, boolean check) {

            Tree.Incomplete incomplete = new Tree.Incomplete();
            Role role = new ImmutableRole.Builder()
                    .id(id)
                    .title(title)
                    .summary(summary)
                    .addAllResponsibilities(responsibilities)
                    .addAllCompetencies(Tree.all(competencies, "competencies", out, check, incomplete))
                    .experience(Tree.part(experience, "experience", out, check, incomplete))
                    .salaryBand(Optional.ofNullable(Tree.part(salaryBand, "salaryBand", out, check, incomplete)))
                    .marketDemand(marketDemand)
                    .addAllQuestions(Tree.all(questions, "questions", out, check, incomplete))
                    .rubric(Tree.part(rubric, "rubric", out, check, incomplete))
                    .addAllPitfalls(Tree.all(pitfalls, "pitfalls", out, check, incomplete))
                    .contentVersion(contentVersion)
                    .language(language)
                    .source(Tree.part(source, "source", out, check, incomplete))
                    .build();
            if (check) {
                ModelRules.role(role, incomplete.filter(out));
            }
            return role;
        }
    }
}
