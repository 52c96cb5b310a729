package io.github.interviewkit.planning;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldValue;
import io.github.interviewkit.model.io.FieldWriter;
import java.util.Objects;

/**
 * The document form of a {@link PlanningProblem}, read and written by the model's
 * {@link DocumentCodec} like every other document. The role is not in the document: it is supplied
 * by the caller, and the document names it by {@code role} (its id) and {@code contentVersion}, both
 * checked against the supplied role (a mismatch is a violation at that field). Interviews and
 * options bind as builders, so that the problem is validated once from its root and every problem
 * is reported with its path. Absent options take their defaults; every option is written, defaults
 * included, and the optional ones only when set.
 */
final class ProblemDocument implements DocumentKind<PlanningProblem> {
    private final Role role;

    ProblemDocument(Role role) {
        this.role = Objects.requireNonNull(role, "role");
    }

    static DocumentCodec<PlanningProblem> codec(Role role) {
        return DocumentCodec.of(new ProblemDocument(role));
    }

    @Override
    public String name() {
        return "planning problem";
    }

    @Override
    public Binding<PlanningProblem> bind(FieldReader f) {
        PlanningProblem.Builder problem = PlanningProblem.builder().role(role);
        // The role is the caller's; the document only names it, and must name this one.
        FieldValue roleId = f.field("role");
        if (!roleId.isPresent()) {
            roleId.report(null, "is required: the id of the role the problem plans");
        }
        roleId.string(id -> {
            if (!id.equals(role.id())) {
                roleId.report(id, "names role '" + id + "', but the problem is read for role '" + role.id() + "'");
            }
        });
        FieldValue version = f.field("contentVersion");
        if (!version.isPresent()) {
            version.report(null, "is required: the content version of the role the problem plans");
        }
        version.string(text -> {
            if (!text.equals(role.contentVersion())) {
                version.report(text, "the problem names version " + text + " of role '" + role.id()
                        + "', but is read for version " + role.contentVersion());
            }
        });
        f.objects("interviews", i -> {
            Interview.Builder interview = Interview.builder();
            i.string("id", interview::id);
            i.id("stage", QuestionCategory::of, "a stage id, a slug such as technical", interview::stage);
            i.integer("minutes", interview::minutes);
            i.strings("interviewers", id -> interview.addInterviewers(id));
            i.strings("mustCover", id -> interview.addMustCover(id));
            i.strings("onlyCriteria", id -> interview.addOnlyCriteria(id));
            problem.addInterviews(interview);
        });
        PlanningOptions.Builder options = PlanningOptions.builder();
        f.object("options", o -> {
            o.integer("reservedMinutes", options::reservedMinutes);
            o.integer("interviewersPerMustHave", options::interviewersPerMustHave);
            o.integer("interviewersPerCriterion", options::interviewersPerCriterion);
            o.integer("maxQuestionsPerInterview", options::maxQuestionsPerInterview);
            o.integer("defaultQuestionMinutes", options::defaultQuestionMinutes);
            o.objects("pins", p -> placement(p, options, true));
            o.objects("bans", p -> placement(p, options, false));
        });
        problem.options(options);
        return problem::tryBuild;
    }

    private static void placement(FieldReader p, PlanningOptions.Builder options, boolean pin) {
        String[] parts = new String[2];
        p.string("question", question -> parts[0] = question);
        p.string("interview", interview -> parts[1] = interview);
        if (parts[0] == null) {
            p.report("question", null, "is required: the id of a question of the role");
        }
        if (parts[1] == null) {
            p.report("interview", null, "is required: the id of an interview of the loop");
        }
        if (parts[0] != null && parts[1] != null) {
            if (pin) {
                options.pin(parts[0], parts[1]);
            } else {
                options.ban(parts[0], parts[1]);
            }
        }
    }

    @Override
    public void write(PlanningProblem problem, FieldWriter w) {
        PlanningOptions options = problem.options();
        w.string("role", problem.role().id())
                .string("contentVersion", problem.role().contentVersion())
                .objects("interviews", problem.interviews(), (interview, i) -> i
                        .string("id", interview.id())
                        .string("stage", interview.stage().id())
                        .integer("minutes", interview.minutes())
                        .strings("interviewers", interview.interviewers())
                        .strings("mustCover", interview.mustCover())
                        .strings("onlyCriteria", interview.onlyCriteria()))
                .object("options", o -> o
                        .integer("reservedMinutes", options.reservedMinutes())
                        .integer("interviewersPerMustHave", options.interviewersPerMustHave())
                        .integer("interviewersPerCriterion", options.interviewersPerCriterion())
                        .integer("maxQuestionsPerInterview", options.maxQuestionsPerInterview())
                        .integer("defaultQuestionMinutes", options.defaultQuestionMinutes())
                        .objects("pins", options.pins(), ProblemDocument::placement)
                        .objects("bans", options.bans(), ProblemDocument::placement));
    }

    private static void placement(Placement placement, FieldWriter p) {
        p.string("question", placement.question()).string("interview", placement.interview());
    }
}
