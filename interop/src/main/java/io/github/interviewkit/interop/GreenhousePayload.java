package io.github.interviewkit.interop;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldValue;
import io.github.interviewkit.model.io.FieldWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A Greenhouse Harvest scorecards payload, as {@code source/includes/harvest/_scorecards.md} of
 * grnhse/greenhouse-api-docs documents it: the list endpoints return a list of scorecard objects,
 * the retrieve endpoint one object. Read through the model's codec; bound into
 * {@link SourceScorecard}s and assembled through the mapping in the codec's validation step, so
 * that every problem of the payload and of the mapping lands in one exception at its place.
 */
final class GreenhousePayload implements DocumentKind<ImportReport> {
    static final String SYSTEM = "greenhouse";
    private final Assembler assembler;

    GreenhousePayload(Assembler assembler) {
        this.assembler = assembler;
    }

    @Override
    public String name() {
        return "Greenhouse scorecards payload";
    }

    @Override
    public ContentException invalid(String source, Violations problems) {
        return new ImportException(source, problems);
    }

    @Override
    public Binding<ImportReport> bind(FieldReader root) {
        SourceScorecard card = scorecard(root);
        return problems -> assembler.assemble(List.of(card), problems);
    }

    @Override
    public java.util.Optional<Binding<ImportReport>> bindList(FieldValue root) {
        java.util.Objects.requireNonNull(root, "root");
        List<SourceScorecard> cards = new ArrayList<>();
        root.items(item -> {
            if (item.isObject()) {
                item.object(fields -> cards.add(scorecard(fields)));
            } else {
                item.report(null, "must be a scorecard object");
            }
        });
        return java.util.Optional.of(problems -> assembler.assemble(cards, problems));
    }

    private static SourceScorecard scorecard(FieldReader f) {
        SourceScorecard card = new SourceScorecard(f.path(), SYSTEM);
        Payloads.numericId(f.field("id"), id -> card.scorecardId = id);
        f.string("created_at", text -> card.metadata("createdAt", text));
        f.string("updated_at", text -> card.metadata("updatedAt", text));
        f.string("interviewed_at", text -> card.metadata("interviewedAt", text));
        Payloads.instant(f.field("submitted_at"), at -> card.submittedAt = at);
        card.stagePath = f.pathOf("interview");
        f.string("interview", name -> card.stageName = name);
        f.object("interview_step", step -> {
            Payloads.numericId(step.field("id"), id -> card.metadata("interviewStep.id", id));
            step.string("name", name -> card.metadata("interviewStep.name", name));
        });
        card.candidatePath = f.pathOf("candidate_id");
        Payloads.numericId(f.field("candidate_id"), id -> card.candidateId = id);
        card.applicationPath = f.pathOf("application_id");
        Payloads.numericId(f.field("application_id"), id -> card.applicationId = id);
        f.object("submitted_by", user -> user(user, "submittedBy", card, id -> card.submittedBy = id));
        card.interviewerPath = f.pathOf("interviewer");
        f.object("interviewer", user -> user(user, "interviewer", card, id -> card.interviewerId = id));
        card.recommendationPath = f.pathOf("overall_recommendation");
        f.string("overall_recommendation", label -> card.recommendation = label);
        f.objects("attributes", attribute -> {
            String[] name = {null};
            String[] label = {null};
            String[] note = {null};
            attribute.string("name", text -> name[0] = text);
            attribute.string("rating", text -> label[0] = text);
            attribute.string("note", text -> note[0] = text);
            attribute.string("type", type -> {
                if (name[0] != null) {
                    card.metadata("attributeType: " + name[0], type);
                }
            });
            if (name[0] == null) {
                attribute.report("name", null, "is required");
            } else {
                card.attributes.add(new SourceScorecard.Attribute(name[0], attribute.pathOf("name"),
                        label[0], attribute.pathOf("rating"), note[0]));
            }
        });
        // The ratings object restates the attributes' ratings by label: it must agree with them.
        f.entries("ratings", "rating label", (label, names) -> names.items(item -> item.string(attributeName -> {
            boolean agrees = card.attributes.stream().anyMatch(a -> a.name().equals(attributeName) && label.equals(a.label()));
            if (!agrees) {
                item.report(attributeName, "is not an attribute rated " + label + " in attributes; the two disagree");
            }
        })));
        f.objects("questions", question -> {
            String[] text = {null};
            question.string("question", value -> text[0] = value);
            Payloads.numericId(question.field("id"), id -> {
                if (text[0] != null) {
                    card.metadata("questionId: " + text[0], id);
                }
            });
            question.string("answer", answer -> {
                if (text[0] != null) {
                    card.answers.add(new SourceScorecard.Answer(text[0], answer, question.pathOf("answer")));
                }
            });
        });
        return card;
    }

    private static void user(FieldReader user, String prefix, SourceScorecard card, java.util.function.Consumer<String> id) {
        Payloads.numericId(user.field("id"), id);
        user.string("first_name", text -> card.metadata(prefix + ".firstName", text));
        user.string("last_name", text -> card.metadata(prefix + ".lastName", text));
        user.string("name", text -> card.metadata(prefix + ".name", text));
        user.string("employee_id", text -> card.metadata(prefix + ".employeeId", text));
    }

    @Override
    public void write(ImportReport value, FieldWriter root) {
        throw new UnsupportedOperationException("Greenhouse payloads are read, never written");
    }

}
