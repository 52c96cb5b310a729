package io.github.interviewkit.interop;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldValue;
import io.github.interviewkit.model.io.FieldWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Ashby {@code applicationFeedback.list} payload, as Ashby's API reference shows it:
 * {@code {"success": true, "results": [ ... ]}}, each result a submitted feedback form with its
 * {@code formDefinition} (the typed fields) and {@code submittedValues} (the answers by field path).
 */
final class AshbyPayload implements DocumentKind<ImportReport> {
    static final String SYSTEM = "ashby";
    private final Assembler assembler;
    private final ImportMapping mapping;
    private final String candidateId;

    AshbyPayload(Assembler assembler, ImportMapping mapping, String candidateId) {
        this.assembler = assembler;
        this.mapping = mapping;
        this.candidateId = candidateId;
    }

    @Override
    public String name() {
        return "Ashby application feedback payload";
    }

    @Override
    public ContentException invalid(String source, Violations problems) {
        return new ImportException(source, problems);
    }

    @Override
    public Binding<ImportReport> bind(FieldReader root) {
        List<SourceScorecard> cards = new ArrayList<>();
        root.bool("success", success -> {
            if (!success) {
                root.report("success", false, "is false: the payload is an error response, not feedback");
            }
        });
        root.bool("moreDataAvailable", more -> { });
        root.string("nextCursor", cursor -> { });
        root.string("syncToken", token -> { });
        if (!root.has("results")) {
            root.report("results", null, "is required: the list of feedback submissions");
        }
        root.objects("results", result -> cards.add(result(result)));
        return problems -> assembler.assemble(cards, problems);
    }

    private SourceScorecard result(FieldReader f) {
        SourceScorecard card = new SourceScorecard(f.path(), SYSTEM);
        card.candidateId = candidateId;
        f.string("id", id -> card.scorecardId = id);
        card.applicationPath = f.pathOf("applicationId");
        f.string("applicationId", id -> card.applicationId = id);
        card.stagePath = f.pathOf("interviewId");
        f.string("interviewId", id -> {
            card.interviewId = id;
            card.stageName = id;
        });
        f.string("interviewEventId", id -> card.metadata("interviewEventId", id));
        f.string("feedbackFormDefinitionId", id -> card.metadata("feedbackFormDefinitionId", id));
        f.string("applicationHistoryId", id -> card.metadata("applicationHistoryId", id));
        Payloads.instant(f.field("submittedAt"), at -> card.submittedAt = at);
        card.interviewerPath = f.pathOf("submittedByUser");
        f.object("submittedByUser", user -> {
            user.string("id", id -> {
                card.interviewerId = id;
                card.submittedBy = id;
            });
            user.string("firstName", name -> card.metadata("submittedByUser.firstName", name));
            user.string("lastName", name -> card.metadata("submittedByUser.lastName", name));
            user.string("email", email -> card.metadata("submittedByUser.email", email));
        });
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        f.object("formDefinition", form -> form.objects("sections", section -> {
            section.string("title", title -> { });
            section.objects("fields", entry -> {
                entry.bool("isRequired", required -> { });
                entry.object("field", field -> {
                    String[] path = {null};
                    String[] type = {""};
                    field.string("path", value -> path[0] = value);
                    field.string("type", value -> type[0] = value);
                    field.string("title", title -> {
                        if (path[0] != null) {
                            titles.put(path[0], title);
                        }
                    });
                    if (path[0] == null) {
                        field.report("path", null, "is required: submittedValues are keyed by it");
                    } else {
                        types.put(path[0], type[0]);
                    }
                });
            });
        }));
        f.entries("submittedValues", "field path", (path, value) -> value(path, value, types, titles, card));
        return card;
    }

    private void value(String path, FieldValue value, Map<String, String> types, Map<String, String> titles, SourceScorecard card) {
        String type = types.get(path);
        if (type == null) {
            value.report(path, "is not the path of a field of the formDefinition; paths are " + types.keySet());
            return;
        }
        if (mapping.recommendationFields().contains(path)) {
            card.recommendationPath = value.path();
            Payloads.scalarText(value, label -> card.recommendation = label);
        } else if (type.equals("Score")) {
            // The list example: "4"; applicationFeedback.submit: { score: 4 }.
            String[] label = {null};
            String[] at = {value.path()};
            if (value.isObject()) {
                value.object(score -> {
                    at[0] = score.pathOf("score");
                    Payloads.scalarText(score.field("score"), read -> label[0] = read);
                });
            } else {
                Payloads.scalarText(value, read -> label[0] = read);
            }
            card.attributes.add(new SourceScorecard.Attribute(path, value.path(), label[0], at[0], null));
        } else if (value.isObject()) {
            // RichText submitted as { type: "PlainText", value: "..." }.
            value.object(text -> {
                text.string("type", kind -> { });
                text.string("value", plain -> card.answers.add(new SourceScorecard.Answer(path, plain, value.path())));
            });
        } else if (value.isList()) {
            List<String> texts = new ArrayList<>();
            value.items(item -> item.string(texts::add));
            card.answers.add(new SourceScorecard.Answer(path, String.join(", ", texts), value.path()));
        } else {
            Payloads.scalarText(value, text -> card.answers.add(new SourceScorecard.Answer(path, text, value.path())));
        }
        String title = titles.get(path);
        if (title != null) {
            card.metadata("fieldTitle: " + path, title);
        }
    }

    @Override
    public void write(ImportReport value, FieldWriter root) {
        throw new UnsupportedOperationException("Ashby payloads are read, never written");
    }
}
