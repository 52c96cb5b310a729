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
 * A Lever feedback payload, as Lever's API documentation shows it
 * ({@code https://hire.lever.co/developer/documentation}, "Feedback" and "Form Fields"):
 * {@code {"data": [ ... ], "hasNext": false}} from "List all feedback" or {@code {"data": { ... }}}
 * from "Retrieve a feedback form", each form with its typed {@code fields}.
 */
final class LeverPayload implements DocumentKind<ImportReport> {
    static final String SYSTEM = "lever";
    private final Assembler assembler;
    private final ImportMapping mapping;
    private final String opportunityId;
    private final String candidateId;

    LeverPayload(Assembler assembler, ImportMapping mapping, String opportunityId, String candidateId) {
        this.assembler = assembler;
        this.mapping = mapping;
        this.opportunityId = opportunityId;
        this.candidateId = candidateId;
    }

    @Override
    public String name() {
        return "Lever feedback payload";
    }

    @Override
    public ContentException invalid(String source, Violations problems) {
        return new ImportException(source, problems);
    }

    @Override
    public Binding<ImportReport> bind(FieldReader root) {
        List<SourceScorecard> cards = new ArrayList<>();
        FieldValue data = root.field("data");
        root.bool("hasNext", more -> { });
        root.string("next", cursor -> { });
        if (data.isList()) {
            data.items(item -> {
                if (item.isObject()) {
                    item.object(form -> cards.add(form(form)));
                } else {
                    item.report(null, "must be a feedback form object");
                }
            });
        } else if (data.isObject()) {
            data.object(form -> cards.add(form(form)));
        } else {
            data.report(null, "is required: a feedback form, or a list of them");
        }
        return problems -> assembler.assemble(cards, problems);
    }

    private SourceScorecard form(FieldReader f) {
        SourceScorecard card = new SourceScorecard(f.path(), SYSTEM);
        card.applicationId = opportunityId;
        card.candidateId = candidateId;
        f.string("id", id -> card.scorecardId = id);
        f.string("type", type -> card.metadata("formType", type));
        card.stagePath = f.pathOf("text");
        f.string("text", text -> card.stageName = text);
        f.string("baseTemplateId", id -> card.metadata("baseTemplateId", id));
        f.string("panel", id -> card.metadata("panel", id));
        f.string("interview", id -> card.interviewId = id);
        card.interviewerPath = f.pathOf("user");
        FieldValue user = f.field("user");
        if (user.isObject()) {
            // "Expandable: if expanded, contains a user object."
            user.object(u -> {
                u.string("id", id -> card.interviewerId = id);
                u.string("name", name -> card.metadata("user.name", name));
                u.string("email", email -> card.metadata("user.email", email));
            });
        } else {
            user.string(id -> card.interviewerId = id);
        }
        card.submittedBy = card.interviewerId;
        Payloads.epochMillis(f.field("createdAt"), at -> card.metadata("createdAt", at.toString()));
        Payloads.epochMillis(f.field("updatedAt"), at -> card.metadata("updatedAt", at.toString()));
        Payloads.epochMillis(f.field("completedAt"), at -> card.submittedAt = at);
        Payloads.epochMillis(f.field("deletedAt"), at -> card.metadata("deletedAt", at.toString()));
        f.objects("fields", field -> field(field, card));
        return card;
    }

    private void field(FieldReader field, SourceScorecard card) {
        String[] type = {""};
        String[] text = {null};
        field.string("type", value -> type[0] = value);
        field.string("text", value -> text[0] = value);
        field.string("id", id -> { });
        String name = text[0] == null ? "" : text[0];
        FieldValue value = field.field("value");
        boolean recommendation = type[0].equals("score-system") || mapping.recommendationFields().contains(name);
        if (recommendation) {
            card.recommendationPath = value.path();
            Payloads.scalarText(value, label -> card.recommendation = label);
        } else if (type[0].equals("score")) {
            // The field reference: an integer 1 to 4, or null; the examples: the option's text.
            String[] label = {null};
            Payloads.scalarText(value, read -> label[0] = read);
            card.attributes.add(new SourceScorecard.Attribute(name, field.pathOf("text"), label[0], value.path(), null));
        } else if (type[0].equals("scorecard")) {
            scorecard(field, value, card);
        } else if (value.isList()) {
            // multiple-select: the reference shows "javascript,node", the examples a list of texts.
            List<String> texts = new ArrayList<>();
            value.items(item -> item.string(texts::add));
            card.answers.add(new SourceScorecard.Answer(name, String.join(", ", texts), value.path()));
        } else if (type[0].equals("date")) {
            Payloads.epochMillis(value, at -> card.answers.add(new SourceScorecard.Answer(name, at.toString(), value.path())));
        } else {
            Payloads.scalarText(value, answer -> card.answers.add(new SourceScorecard.Answer(name, answer, value.path())));
        }
        if (text[0] == null && value.isPresent()) {
            field.report("text", null, "is required: it names the field");
        }
    }

    /**
     * A scorecard field, documented in prose only: {@code scores} lists the skills, {@code value} an
     * object with a {@code score} and a {@code comment} for each, in the same order.
     */
    private static void scorecard(FieldReader field, FieldValue value, SourceScorecard card) {
        List<String> skills = new ArrayList<>();
        List<String> skillPaths = new ArrayList<>();
        field.objects("scores", score -> {
            skillPaths.add(score.pathOf("text"));
            String[] skill = {""};
            score.string("text", text -> skill[0] = text);
            score.string("description", description -> { });
            skills.add(skill[0]);
        });
        List<String[]> values = new ArrayList<>();
        value.items(item -> {
            String[] scored = {null, null, item.path() + ".score"};
            item.object(v -> {
                Payloads.scalarText(v.field("score"), label -> scored[0] = label);
                v.string("comment", comment -> scored[1] = comment);
            });
            values.add(scored);
        });
        if (value.isPresent() && values.size() != skills.size()) {
            value.report(values.size() + " scores", "has " + values.size() + " scores for the " + skills.size() + " skills of scores");
            return;
        }
        for (int i = 0; i < skills.size(); i++) {
            String[] scored = i < values.size() ? values.get(i) : new String[] {null, null, skillPaths.get(i)};
            card.attributes.add(new SourceScorecard.Attribute(skills.get(i), skillPaths.get(i), scored[0], scored[2], scored[1]));
        }
    }

    @Override
    public void write(ImportReport value, FieldWriter root) {
        throw new UnsupportedOperationException("Lever payloads are read, never written");
    }
}
