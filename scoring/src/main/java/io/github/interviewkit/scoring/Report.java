package io.github.interviewkit.scoring;

import io.github.interviewkit.model.io.ContentFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring a panel: the {@link #recommendation()}, the {@link #composite()} on the
 * range 0..1, per-criterion {@link #criteria() figures}, per-competency {@link #coverage()},
 * {@link #flags()} for a reader's attention, and the ordered {@link #trace()} of the rules that
 * decided. {@link #render()} explains it in text, {@link #toJson()} and {@link #toYaml()} write it
 * as a document with a stable layout, which {@link #read(String, ContentFormat)} reads back to an
 * equal report.
 *
 * <p>Reports are immutable and compare by value: scoring the same panel twice gives equal reports.
 * Strategies outside the library build theirs with {@link #builder(String, Panel)}, or start from
 * the report of another strategy with {@link #toBuilder()}. A report made by
 * {@linkplain ScoringSteps steps} keeps its figures and findings compact and makes the
 * {@link CriterionFigures}, {@link CompetencyCoverage} and {@link Finding} objects when they are
 * read; it equals the report a builder makes of the same values.
 */
public final class Report {
    private final String strategyId;
    private final String roleId;
    private final String candidateId;
    private final Recommendation recommendation;
    private final double composite;
    private final boolean hasComposite;
    // A report built by a Builder holds its lists; one made by the steps of a strategy holds the
    // state they scored in, whose figures and findings stay compact until a caller reads them.
    private final List<CriterionFigures> criteria;
    private final List<CompetencyCoverage> coverage;
    private final List<Finding> flags;
    private final List<Finding> trace;
    private final @Nullable ScoringState scored;
    private final @Nullable ReportAudit audit;

    private Report(String strategyId, String roleId, String candidateId, Recommendation recommendation,
                   double composite, boolean hasComposite, List<CriterionFigures> criteria,
                   List<CompetencyCoverage> coverage, List<Finding> flags, List<Finding> trace) {
        this.strategyId = strategyId;
        this.roleId = roleId;
        this.candidateId = candidateId;
        this.recommendation = recommendation;
        this.composite = composite;
        this.hasComposite = hasComposite;
        this.criteria = criteria;
        this.coverage = coverage;
        this.flags = flags;
        this.trace = trace;
        this.scored = null;
        this.audit = null;
    }

    /** A copy of a report with an audit record. */
    private Report(Report report, ReportAudit audit) {
        this.strategyId = report.strategyId;
        this.roleId = report.roleId;
        this.candidateId = report.candidateId;
        this.recommendation = report.recommendation;
        this.composite = report.composite;
        this.hasComposite = report.hasComposite;
        this.criteria = report.criteria;
        this.coverage = report.coverage;
        this.flags = report.flags;
        this.trace = report.trace;
        this.scored = report.scored;
        this.audit = audit;
    }

    /**
     * Returns this report with an audit record, replacing any it had.
     *
     * @param audit what produced the report
     * @return the report with the audit
     * @throws NullPointerException if {@code audit} is {@code null}
     */
    public Report withAudit(ReportAudit audit) {
        return new Report(this, Objects.requireNonNull(audit, "audit"));
    }

    /**
     * @return what produced the report: every report the {@link ScoringEngine} makes has one; a
     *     report a strategy made on its own, or a builder, has none until {@link #withAudit} gives it
     */
    public java.util.Optional<ReportAudit> audit() {
        return java.util.Optional.ofNullable(audit);
    }

    /** The report of a state the steps of a strategy have scored and decided; the state no longer changes. */
    Report(String strategyId, ScoringState scored, @Nullable ReportAudit audit) {
        PanelFigures figures = scored.figures();
        this.strategyId = strategyId;
        this.roleId = scored.rubric.roleId;
        this.candidateId = scored.cards.get(0).candidateId();
        this.recommendation = scored.decided();
        this.composite = figures.composite;
        this.hasComposite = figures.assessedCriteria > 0;
        // Never read while there is a scored state; empty rather than null so that none is ever null.
        this.criteria = List.of();
        this.coverage = List.of();
        this.flags = List.of();
        this.trace = List.of();
        this.scored = scored;
        this.audit = audit;
    }

    /**
     * Starts a report on a panel, for strategies written outside the library.
     *
     * @param strategyId the id of the strategy that scores
     * @param panel the panel scored
     * @return a builder
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringException if the strategy id is blank
     */
    public static Builder builder(String strategyId, Panel panel) {
        Finding.requireText("strategyId", strategyId);
        Objects.requireNonNull(panel, "panel");
        return new Builder(strategyId, panel.role().id(), panel.candidateId());
    }

    /** Starts a report read back from a document, which names its role and candidate itself. */
    static Builder builder(String strategyId, String roleId, String candidateId) {
        return new Builder(strategyId, roleId, candidateId);
    }

    /**
     * Reads a report from the JSON or YAML document {@link #toJson()} or {@link #write(ContentFormat)}
     * wrote; the report read equals the report written, figures, coverage, flags and trace
     * included. Reading is bounded by {@link io.github.interviewkit.model.io.ContentLimits#defaults()}.
     *
     * @param text the document
     * @param format its format
     * @return the report
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException listing every problem with its path and its line and column
     */
    public static Report read(String text, ContentFormat format) {
        return ReportDocument.CODEC.read(text, format);
    }

    /**
     * Reads a report from a file, JSON or YAML by its extension.
     *
     * @param file the file
     * @return the report
     * @throws NullPointerException if {@code file} is {@code null}
     * @throws IllegalArgumentException if the file's extension names no format
     * @throws io.github.interviewkit.model.io.UnreadableContentException if the file is missing, not a
     *     regular file, or cannot be read
     * @throws ScoringInputException if the document is not a valid report; every problem is listed
     */
    public static Report read(java.nio.file.Path file) {
        return ReportDocument.CODEC.read(file);
    }

    /**
     * Writes the report as a JSON or YAML document that {@link #read(String, ContentFormat)} reads
     * back to an equal report; {@code write(ContentFormat.JSON)} is {@link #toJson()}.
     *
     * @param format the format
     * @return the document
     * @throws NullPointerException if {@code format} is {@code null}
     */
    public String write(ContentFormat format) {
        return ReportDocument.CODEC.write(this, Objects.requireNonNull(format, "format"));
    }

    /** @return the YAML document: {@code write(ContentFormat.YAML)} */
    public String toYaml() {
        return write(ContentFormat.YAML);
    }

    /**
     * Returns the kind of document a report is, for a {@link io.github.interviewkit.model.io.DocumentCodec}
     * with limits of its own or that ignores unknown fields.
     *
     * @return the document kind; reading gives a {@link ScoringInputException} for an invalid report
     */
    public static io.github.interviewkit.model.io.DocumentKind<Report> documentKind() {
        return ReportDocument.INSTANCE;
    }

    /** @return the id of the strategy that produced the report */
    public String strategyId() {
        return strategyId;
    }

    /** @return the id of the role the candidate interviewed for */
    public String roleId() {
        return roleId;
    }

    /** @return the candidate's id */
    public String candidateId() {
        return candidateId;
    }

    /** @return the recommendation */
    public Recommendation recommendation() {
        return recommendation;
    }

    /**
     * @return the weighted composite on the range 0..1 (0: every assessed criterion at the scale's
     *     lowest level, 1: all at the highest), or empty when no criterion was assessed
     */
    public OptionalDouble composite() {
        return hasComposite ? OptionalDouble.of(composite) : OptionalDouble.empty();
    }

    /** @return the figures of every criterion of the rubric, in rubric order */
    public List<CriterionFigures> criteria() {
        return scored != null ? scored.figures().criteria() : criteria;
    }

    /** @return the coverage of every competency of the role, in role order */
    public List<CompetencyCoverage> coverage() {
        return scored != null ? scored.figures().coverage() : coverage;
    }

    /** @return what a reader should look at beside the recommendation, in a fixed order */
    public List<Finding> flags() {
        return scored != null ? scored.flags() : flags;
    }

    /** @return the steps of the rules that decided, in the order they ran */
    public List<Finding> trace() {
        return scored != null ? scored.trace() : trace;
    }

    /**
     * Returns a builder that starts from this report: the same strategy id, recommendation,
     * composite, figures, coverage, flags and trace. A strategy can so decorate the report of
     * another, for example add a step and lower the recommendation, and give it its own id.
     *
     * @return a new builder holding a copy of everything in this report
     */
    public Builder toBuilder() {
        Builder builder = new Builder(strategyId, roleId, candidateId);
        builder.recommendation = recommendation;
        builder.composite = composite;
        builder.hasComposite = hasComposite;
        builder.criteria.addAll(criteria());
        builder.coverage.addAll(coverage());
        builder.flags.addAll(flags());
        builder.trace.addAll(trace());
        return builder;
    }

    /**
     * Explains the report in English text: the recommendation and composite, then each step of the
     * trace, then each flag, one per line, naming criteria, pitfalls and competencies by their ids:
     * {@link #render(FindingNames) render(FindingNames.ids())}.
     *
     * @return the explanation, lines separated by {@code \n}
     */
    public String render() {
        return render(FindingNames.ids());
    }

    /**
     * Explains the report in English text: the recommendation and composite by their ids, then each
     * step of the trace, then each flag, one per line, each {@linkplain Finding#text(java.util.Locale,
     * FindingNames) naming} what it is about as the names do, e.g. {@link FindingNames#of
     * FindingNames.of(role)}.
     *
     * @param names how the findings name the role's content and the interviewers
     * @return the explanation, lines separated by {@code \n}
     * @throws NullPointerException if {@code names} is {@code null}
     */
    public String render(FindingNames names) {
        Objects.requireNonNull(names, "names");
        StringBuilder text = new StringBuilder();
        text.append("Recommendation for candidate ").append(candidateId).append(" (role ").append(roleId)
                .append(", strategy ").append(strategyId).append("): ").append(recommendation.id());
        if (hasComposite) {
            text.append(", composite ").append(String.format(java.util.Locale.ROOT, "%.4f", composite));
        }
        text.append('\n').append("Trace:\n");
        List<Finding> trace = trace();
        for (int i = 0; i < trace.size(); i++) {
            Finding step = trace.get(i);
            text.append("  ").append(i + 1).append(". [").append(step.code()).append("] ")
                    .append(step.text(java.util.Locale.ENGLISH, names)).append('\n');
        }
        List<Finding> flags = flags();
        text.append(flags.isEmpty() ? "Flags: none\n" : "Flags:\n");
        for (Finding flag : flags) {
            text.append("  - [").append(flag.code()).append("] ").append(flag.text(java.util.Locale.ENGLISH, names))
                    .append('\n');
        }
        return text.toString();
    }

    /**
     * Writes the report as JSON. The layout is stable: fields in a fixed order, criteria in rubric
     * order, competencies in role order, flags and trace in report order.
     *
     * @return the JSON document
     */
    public String toJson() {
        return write(ContentFormat.JSON);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Report that && strategyId.equals(that.strategyId) && roleId.equals(that.roleId)
                && candidateId.equals(that.candidateId) && recommendation == that.recommendation
                && hasComposite == that.hasComposite && Double.compare(composite, that.composite) == 0
                && criteria().equals(that.criteria()) && coverage().equals(that.coverage())
                && flags().equals(that.flags()) && trace().equals(that.trace()) && Objects.equals(audit, that.audit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(strategyId, roleId, candidateId, recommendation, composite, criteria(), coverage(), flags(),
                trace(), audit);
    }

    /** @return {@link #render()} */
    @Override
    public String toString() {
        return render();
    }

    /** Builds a {@link Report} for a strategy written outside the library. */
    public static final class Builder {
        private String strategyId;
        private final String roleId;
        private final String candidateId;
        private @Nullable Recommendation recommendation;
        private double composite;
        private boolean hasComposite;
        private final List<CriterionFigures> criteria = new ArrayList<>();
        private final List<CompetencyCoverage> coverage = new ArrayList<>();
        private final List<Finding> flags = new ArrayList<>();
        private final List<Finding> trace = new ArrayList<>();

        private Builder(String strategyId, String roleId, String candidateId) {
            this.strategyId = strategyId;
            this.roleId = roleId;
            this.candidateId = candidateId;
        }

        /**
         * Sets the id of the strategy that produced the report, for example a strategy that
         * decorates the report of another ({@link Report#toBuilder()}).
         *
         * @param strategyId the strategy's id
         * @return this builder
         * @throws NullPointerException if {@code strategyId} is {@code null}
         * @throws ScoringException if the strategy id is blank, as {@link Report#builder} has it
         */
        public Builder strategyId(String strategyId) {
            Finding.requireText("strategyId", strategyId);
            this.strategyId = strategyId;
            return this;
        }

        /**
         * Sets the recommendation.
         *
         * @param recommendation the recommendation
         * @return this builder
         * @throws NullPointerException if {@code recommendation} is {@code null}
         */
        public Builder recommendation(Recommendation recommendation) {
            java.util.Objects.requireNonNull(recommendation, "recommendation");
            this.recommendation = recommendation;
            return this;
        }

        /**
         * Sets the composite.
         *
         * @param composite a value in [0, 1]
         * @return this builder
         * @throws ScoringException if {@code composite} is outside [0, 1] or not a number
         */
        public Builder composite(double composite) {
            if (!(composite >= 0 && composite <= 1)) {
                throw new ScoringException("composite must be in [0, 1], was " + composite);
            }
            this.composite = composite;
            this.hasComposite = true;
            return this;
        }

        /**
         * Adds the figures of a criterion.
         *
         * @param figures the figures
         * @return this builder
         * @throws NullPointerException if {@code figures} is {@code null}
         */
        public Builder addCriterion(CriterionFigures figures) {
            criteria.add(required("figures", figures));
            return this;
        }

        /**
         * Adds the coverage of a competency.
         *
         * @param competency the coverage
         * @return this builder
         * @throws NullPointerException if {@code competency} is {@code null}
         */
        public Builder addCoverage(CompetencyCoverage competency) {
            coverage.add(required("competency", competency));
            return this;
        }

        /**
         * Adds a flag.
         *
         * @param flag the flag
         * @return this builder
         * @throws NullPointerException if {@code flag} is {@code null}
         */
        public Builder addFlag(Finding flag) {
            flags.add(required("flag", flag));
            return this;
        }

        /**
         * Adds the next step of the trace.
         *
         * @param step the step
         * @return this builder
         * @throws NullPointerException if {@code step} is {@code null}
         */
        public Builder addStep(Finding step) {
            trace.add(required("step", step));
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         * @throws ScoringException if no recommendation was set, or the trace is empty (every
         *     recommendation carries the reason for it)
         */
        public Report build() {
            if (recommendation == null) {
                throw new ScoringException("a report needs a recommendation");
            }
            if (trace.isEmpty()) {
                throw new ScoringException("a report needs at least one trace step that explains its recommendation");
            }
            return new Report(strategyId, roleId, candidateId, recommendation, composite, hasComposite,
                    List.copyOf(criteria), List.copyOf(coverage), List.copyOf(flags), List.copyOf(trace));
        }

        private static <T> T required(String name, T value) {
            return java.util.Objects.requireNonNull(value, name);
        }
    }
}
