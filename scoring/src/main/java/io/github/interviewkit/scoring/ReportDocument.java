package io.github.interviewkit.scoring;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldValue;
import io.github.interviewkit.model.io.FieldWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The document form of a {@link Report}, read and written by the model's {@link DocumentCodec}:
 * fields in a fixed order, criteria in rubric order, competencies in role order, flags and trace in
 * report order. A finding carries its code, the key of its built-in message ({@code message}) or
 * its own {@code template}, its parameters, their {@code types} (so that a parameter reads back as
 * the Java type it was: {@code integer}, {@code long}, {@code double}, {@code decimal},
 * {@code string}, {@code boolean} or {@code strings}) and its English text, which a reader checks
 * against the text the finding makes. The {@code audit} object ({@link ReportAudit}) comes last,
 * when the report has one. A report so reads back equal to the report written.
 */
final class ReportDocument implements DocumentKind<Report> {
    static final ReportDocument INSTANCE = new ReportDocument();
    static final DocumentCodec<Report> CODEC = DocumentCodec.of(INSTANCE);

    private ReportDocument() {}

    @Override
    public String name() {
        return "report";
    }

    @Override
    public ContentException invalid(String source, Violations problems) {
        return new ScoringInputException(source, problems);
    }

    /** What a report document holds, gathered while binding and turned into a report at the end. */
    private static final class Read {
        @Nullable String strategy;
        @Nullable String role;
        @Nullable String candidate;
        @Nullable Recommendation recommendation;
        @Nullable BigDecimal composite;
        final List<CriterionFigures> criteria = new ArrayList<>();
        final List<CompetencyCoverage> coverage = new ArrayList<>();
        final List<Finding> flags = new ArrayList<>();
        final List<Finding> trace = new ArrayList<>();
        @Nullable ReportAudit audit;
    }

    @Override
    public Binding<Report> bind(FieldReader f) {
        Read read = new Read();
        required(f, "strategy", "role", "candidate", "recommendation");
        f.string("strategy", id -> read.strategy = id);
        f.string("role", id -> read.role = id);
        f.string("candidate", id -> read.candidate = id);
        f.constant("recommendation", Recommendation.values(), Recommendation::id, r -> read.recommendation = r);
        f.decimal("composite", c -> read.composite = c);
        f.objects("criteria", c -> criterion(c, read.criteria));
        f.objects("coverage", c -> coverage(c, read.coverage));
        f.objects("flags", finding -> finding(finding, read.flags));
        f.objects("trace", finding -> finding(finding, read.trace));
        f.object("audit", a -> {
            String[] values = new String[6];
            String[] names = {"roleId", "roleContentVersion", "strategyId", "strategyVersion", "policyFingerprint",
                    "libraryVersion"};
            for (int i = 0; i < names.length; i++) {
                int at = i;
                if (!a.has(names[i])) {
                    a.report(names[i], null, "is required");
                }
                a.string(names[i], text -> values[at] = text);
            }
            Instant[] scoredAt = new Instant[1];
            a.id("scoredAt", ScorecardDocument::instant, "an ISO-8601 instant such as 2026-03-01T10:15:30Z",
                    instant -> scoredAt[0] = instant);
            if (values[4] != null && !values[4].matches("[0-9a-f]{64}")) {
                a.report("policyFingerprint", values[4], "must be a SHA-256 in lower-case hex, 64 digits");
            }
            for (String value : values) {
                if (value == null) {
                    return;
                }
            }
            read.audit = ReportAudit.read(values[0], values[1], values[2], values[3], values[4], values[5], scoredAt[0]);
        });
        return out -> build(read, out);
    }

    private static void required(FieldReader f, String... names) {
        for (String name : names) {
            if (!f.has(name)) {
                f.report(name, null, "is required");
            }
        }
    }

    private static Optional<Report> build(Read read, ViolationSink out) {
        if (read.strategy == null || read.role == null || read.candidate == null || read.recommendation == null) {
            return Optional.empty();
        }
        try {
            Report.Builder report = Report.builder(read.strategy, read.role, read.candidate)
                    .recommendation(read.recommendation);
            if (read.composite != null) {
                report.composite(read.composite.doubleValue());
            }
            read.criteria.forEach(report::addCriterion);
            read.coverage.forEach(report::addCoverage);
            read.flags.forEach(report::addFlag);
            read.trace.forEach(report::addStep);
            Report built = report.build();
            return Optional.of(read.audit == null ? built : built.withAudit(read.audit));
        } catch (ScoringException e) {
            out.add("", null, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private static void criterion(FieldReader c, List<CriterionFigures> into) {
        String[] id = new String[1];
        int[] numbers = {-1, 0, 0, 0};
        BigDecimal[] aggregate = new BigDecimal[1];
        required(c, "criterion", "assessments");
        c.string("criterion", text -> id[0] = text);
        c.integer("assessments", n -> numbers[0] = n);
        c.decimal("aggregate", a -> aggregate[0] = a);
        c.integer("minimum", n -> numbers[1] = n);
        c.integer("maximum", n -> numbers[2] = n);
        c.integer("spread", n -> numbers[3] = n);
        if (id[0] == null || numbers[0] < 0) {
            return;
        }
        try {
            if (numbers[0] == 0) {
                into.add(CriterionFigures.unassessed(id[0]));
            } else if (aggregate[0] == null) {
                c.report("aggregate", null, "is required when the criterion was assessed");
            } else {
                CriterionFigures figures = CriterionFigures.of(id[0], numbers[0], aggregate[0].doubleValue(), numbers[1], numbers[2]);
                if (figures.spread().getAsInt() != numbers[3]) {
                    c.report("spread", numbers[3], "is not maximum - minimum, " + figures.spread().getAsInt());
                }
                into.add(figures);
            }
        } catch (ScoringException e) {
            c.report("criterion", id[0], String.valueOf(e.getMessage()));
        }
    }

    private static void coverage(FieldReader c, List<CompetencyCoverage> into) {
        String[] id = new String[1];
        Boolean[] covered = new Boolean[1];
        List<String> criteria = new ArrayList<>();
        List<String> assessed = new ArrayList<>();
        required(c, "competency");
        c.string("competency", text -> id[0] = text);
        c.bool("covered", b -> covered[0] = b);
        c.strings("criteria", criteria::add);
        c.strings("assessedCriteria", assessed::add);
        if (id[0] == null) {
            return;
        }
        try {
            CompetencyCoverage coverage = CompetencyCoverage.of(id[0], criteria, assessed);
            if (covered[0] != null && covered[0] != coverage.covered()) {
                c.report("covered", covered[0], "contradicts the assessed criteria");
            }
            into.add(coverage);
        } catch (ScoringException e) {
            c.report("assessedCriteria", assessed, String.valueOf(e.getMessage()));
        }
    }

    private static void finding(FieldReader f, List<Finding> into) {
        String[] code = new String[1];
        String[] message = new String[1];
        String[] template = new String[1];
        String[] text = new String[1];
        Map<String, String> types = new LinkedHashMap<>();
        required(f, "code", "text");
        f.string("code", c -> code[0] = c);
        f.string("message", m -> message[0] = m);
        f.string("template", t -> template[0] = t);
        f.entries("types", "parameter name", (name, value) -> value.constant(ParameterType.values(), ParameterType::id,
                type -> types.put(name, type.id())));
        Map<String, Object> parameters = new LinkedHashMap<>();
        f.object("parameters", p -> types.forEach((name, type) -> {
            if (type.equals(ParameterType.STRINGS.id())) {
                List<String> texts = new ArrayList<>();
                p.strings(name, texts::add);
                parameters.put(name, texts);
            } else {
                ParameterType.of(type).read(p.field(name), v -> parameters.put(name, v));
            }
        }));
        f.string("text", t -> text[0] = t);
        if (code[0] == null || text[0] == null) {
            return;
        }
        if ((message[0] == null) == (template[0] == null)) {
            f.report("message", message[0], "a finding has either a message (built-in) or a template (its own)");
            return;
        }
        Finding finding;
        try {
            finding = message[0] != null ? Finding.builtIn(code[0], message[0], parameters)
                    : Finding.of(code[0], template[0], parameters);
        } catch (ScoringException e) {
            f.report("parameters", null, String.valueOf(e.getMessage()));
            return;
        }
        if (finding == null) {
            f.report("message", message[0], "names no built-in message of the code " + code[0]);
            return;
        }
        if (!finding.text().equals(text[0])) {
            f.report("text", text[0], "is not the text the finding makes: " + finding.text());
        }
        into.add(finding);
    }

    @Override
    public void write(Report report, FieldWriter w) {
        w.string("strategy", report.strategyId())
                .string("role", report.roleId())
                .string("candidate", report.candidateId())
                .string("recommendation", report.recommendation().id());
        if (report.composite().isPresent()) {
            w.number("composite", report.composite().getAsDouble());
        } else {
            w.absent("composite");
        }
        w.objects("criteria", report.criteria(), (figures, c) -> {
            c.string("criterion", figures.criterionId()).integer("assessments", figures.assessments());
            if (figures.assessments() > 0) {
                c.number("aggregate", figures.aggregate().getAsDouble())
                        .integer("minimum", figures.minimum().getAsInt())
                        .integer("maximum", figures.maximum().getAsInt())
                        .integer("spread", figures.spread().getAsInt());
            }
        });
        w.objects("coverage", report.coverage(), (competency, c) -> c
                .string("competency", competency.competencyId())
                .bool("covered", competency.covered())
                .strings("criteria", competency.criteria())
                .strings("assessedCriteria", competency.assessedCriteria()));
        findings(w, "flags", report.flags());
        findings(w, "trace", report.trace());
        report.audit().ifPresent(audit -> w.object("audit", a -> {
            a.string("roleId", audit.roleId())
                    .string("roleContentVersion", audit.roleContentVersion())
                    .string("strategyId", audit.strategyId())
                    .string("strategyVersion", audit.strategyVersion())
                    .string("policyFingerprint", audit.policyFingerprint())
                    .string("libraryVersion", audit.libraryVersion());
            audit.scoredAt().ifPresent(at -> a.string("scoredAt", at.toString()));
        }));
    }

    private static void findings(FieldWriter w, String name, List<Finding> findings) {
        w.objects(name, findings, (finding, f) -> {
            f.string("code", finding.code());
            String key = finding.messageKey();
            if (key != null) {
                f.string("message", key);
            } else {
                f.string("template", finding.template());
            }
            f.object("parameters", p -> Parameters.write(finding.parameters(), p))
                    .object("types", t -> finding.parameters().forEach((param, value) ->
                            t.string(param, ParameterType.of(value).id())))
                    .string("text", finding.text());
        });
    }

    /** The kinds of value a finding's parameter holds, named in a report document's {@code types}. */
    enum ParameterType {
        STRING("string"), BOOLEAN("boolean"), INTEGER("integer"), LONG("long"), DOUBLE("double"), DECIMAL("decimal"),
        STRINGS("strings");

        private final String id;

        ParameterType(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }

        static ParameterType of(String id) {
            for (ParameterType type : values()) {
                if (type.id.equals(id)) {
                    return type;
                }
            }
            throw new IllegalArgumentException(id);
        }

        static ParameterType of(Object value) {
            if (value instanceof String) {
                return STRING;
            } else if (value instanceof Boolean) {
                return BOOLEAN;
            } else if (value instanceof Integer) {
                return INTEGER;
            } else if (value instanceof Long) {
                return LONG;
            } else if (value instanceof Double) {
                return DOUBLE;
            } else if (value instanceof BigDecimal) {
                return DECIMAL;
            }
            return STRINGS;
        }

        void read(FieldValue value, Consumer<Object> into) {
            switch (this) {
                case STRING -> value.string(into::accept);
                case BOOLEAN -> value.bool(into::accept);
                case INTEGER -> value.integer(into::accept);
                case LONG -> value.decimal(d -> {
                    try {
                        into.accept(d.longValueExact());
                    } catch (ArithmeticException e) {
                        value.report(d, "must be a whole number within the range of a long");
                    }
                });
                case DOUBLE -> value.decimal(d -> into.accept(d.doubleValue()));
                case DECIMAL -> value.decimal(into::accept);
                default -> throw new IllegalStateException("strings are read as a list");
            }
        }
    }
}
