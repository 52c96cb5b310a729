package io.github.interviewkit.scoring;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldWriter;
import java.util.Objects;

/**
 * The document form of a {@link Panel} for one role the caller supplies: {@code role} names the
 * role by {@code id} and {@code contentVersion}, and each scorecard binds as a builder
 * ({@link ScorecardDocument}), so that the panel is validated once, from its root, against that
 * role. A document naming another role, or another version of it, is a problem reported at
 * {@code role.id} or {@code role.contentVersion}, never read as if it were for the caller's role.
 */
final class PanelDocument implements DocumentKind<Panel> {
    private final Role role;

    PanelDocument(Role role) {
        this.role = Objects.requireNonNull(role, "role");
    }

    static DocumentCodec<Panel> codec(Role role) {
        return DocumentCodec.of(new PanelDocument(role));
    }

    @Override
    public String name() {
        return "panel";
    }

    @Override
    public ContentException invalid(String source, Violations problems) {
        return new ScoringInputException(source, problems);
    }

    @Override
    public Binding<Panel> bind(FieldReader f) {
        Panel.Builder panel = Panel.builder().role(role);
        if (!f.has("role")) {
            f.report("role", null, "is required: the id and contentVersion of the role the panel was scored for");
        }
        f.object("role", r -> {
            if (!r.has("id")) {
                r.report("id", null, "is required");
            }
            if (!r.has("contentVersion")) {
                r.report("contentVersion", null, "is required");
            }
            r.string("id", id -> {
                if (!id.equals(role.id())) {
                    r.report("id", id, "names another role than the one supplied, '" + role.id() + "'");
                }
            });
            r.string("contentVersion", version -> {
                if (!version.equals(role.contentVersion())) {
                    r.report("contentVersion", version, "is not the content version of role '" + role.id()
                            + "' supplied, " + role.contentVersion());
                }
            });
        });
        f.objects("scorecards", s -> {
            Scorecard.Builder card = Scorecard.builder();
            ScorecardDocument.bind(s, card);
            panel.addScorecards(card);
        });
        return panel::tryBuild;
    }

    @Override
    public void write(Panel panel, FieldWriter w) {
        w.object("role", r -> r.string("id", panel.role().id()).string("contentVersion", panel.role().contentVersion()))
                .objects("scorecards", panel.scorecards(), ScorecardDocument::writeCard);
    }
}
