package io.github.interviewkit.scoring;

import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldWriter;
import java.util.List;

/**
 * The JSON form of a {@link Report}, written by the model's {@link DocumentCodec}: fields in a fixed
 * order, criteria in rubric order, competencies in role order, flags and trace in report order.
 * Reading a report back arrives with reports as documents; until then this kind only writes.
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
    public Binding<Report> bind(FieldReader root) {
        throw new UnsupportedOperationException("reports are written, not read, by this version");
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
    }

    private static void findings(FieldWriter w, String name, List<Finding> findings) {
        w.objects(name, findings, (finding, f) -> f
                .string("code", finding.code())
                .object("parameters", p -> Parameters.write(finding.parameters(), p))
                .string("text", finding.text()));
    }
}
