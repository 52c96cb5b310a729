package io.github.interviewkit.render.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.HtmlInterceptor;
import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.SourceAttribution;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The door from the public {@code Renderer} to the templates: turns model and scoring values into
 * the {@link Views} the templates read, in the reader's language, and runs the templates jte
 * compiled at build time. Public only because the API package calls it; not API (the package is
 * not exported).
 */
public final class Pages {
    /** The templates intercept no tags (the build configures none); jte still wants an interceptor. */
    private static final HtmlInterceptor NO_TAGS = new HtmlInterceptor() {
        @Override
        public void onHtmlTagOpened(String name, Map<String, Object> attributes, TemplateOutput output) {}

        @Override
        public void onHtmlTagClosed(String name, TemplateOutput output) {}
    };

    private Pages() {}

    /**
     * Renders the interview kit of a role.
     *
     * @param role the role
     * @param locale the reader's locale
     * @param paper {@code A4}, {@code Letter} or empty for the printer's paper
     * @param markdown Markdown rather than HTML
     * @return the rendering
     */
    public static String kit(Role role, Locale locale, String paper, boolean markdown) {
        Texts t = Texts.of(locale);
        Views.Page page = page(t, paper, t.text("kit.title", "role", role.title()));
        List<Views.Competency> competencies = new ArrayList<>();
        for (Competency c : role.competencies()) {
            competencies.add(new Views.Competency(c.name(), kind(t, c.kind().id()), c.description().orElse(""),
                    c.examples()));
        }
        Map<QuestionCategory, List<Question>> byStage = new LinkedHashMap<>();
        for (Question q : role.questions()) {
            byStage.computeIfAbsent(q.category(), k -> new ArrayList<>()).add(q);
        }
        List<Views.Stage> stages = new ArrayList<>();
        int number = 0;
        for (Map.Entry<QuestionCategory, List<Question>> stage : byStage.entrySet()) {
            List<Views.Question> questions = new ArrayList<>();
            for (Question q : stage.getValue()) {
                questions.add(question(t, role, ++number, q));
            }
            stages.add(new Views.Stage(stage(t, stage.getKey()),
                    t.text("count.questions", "n", questions.size()), questions));
        }
        List<Views.Pitfall> pitfalls = new ArrayList<>();
        for (Pitfall p : role.pitfalls()) {
            pitfalls.add(pitfall(t, role, p));
        }
        SourceAttribution source = role.source();
        List<Views.Row> rows = new ArrayList<>();
        rows.add(new Views.Row(t.text("source.title"), source.title()));
        source.reference().ifPresent(r -> rows.add(new Views.Row(t.text("source.reference"), r)));
        if (!source.quoted().isEmpty()) {
            rows.add(new Views.Row(t.text("source.quoted"), String.join(", ", source.quoted())));
        }
        if (!source.authored().isEmpty()) {
            rows.add(new Views.Row(t.text("source.authored"), String.join(", ", source.authored())));
        }
        source.note().ifPresent(n -> rows.add(new Views.Row(t.text("source.note"), n)));
        rows.add(new Views.Row(t.text("source.version"), role.contentVersion()));
        Views.Kit kit = new Views.Kit(page, role.summary(), role.responsibilities(), competencies, stages,
                scale(role), criteria(t, role, role.rubric().criteria()), pitfalls, rows);
        if (markdown) {
            MarkdownOutput out = new MarkdownOutput();
            JtemarkdownKitGenerated.render(out, NO_TAGS, kit);
            return out.toString();
        }
        HtmlOutput out = new HtmlOutput();
        JtehtmlKitGenerated.render(out, NO_TAGS, kit);
        return out.toString();
    }

    /**
     * Renders the interviewer guide of one interview, or its blank scorecard form.
     *
     * @param role the role
     * @param id the interview's id
     * @param title the interview's title, if it has one
     * @param stage the interview's stage
     * @param minutes its length, if known
     * @param interviewers the ids of its interviewers
     * @param questions its questions, in order
     * @param criteria the criteria to rate, in rubric order
     * @param locale the reader's locale
     * @param paper {@code A4}, {@code Letter} or empty for the printer's paper
     * @param markdown Markdown rather than HTML
     * @param form the blank scorecard form rather than the guide
     * @return the rendering
     */
    public static String guide(Role role, String id, Optional<String> title, QuestionCategory stage,
                               OptionalInt minutes, List<String> interviewers, List<Question> questions,
                               List<EvaluationCriterion> criteria, Locale locale, String paper, boolean markdown,
                               boolean form) {
        Texts t = Texts.of(locale);
        String name = title.orElse(id);
        Views.Page page = page(t, paper, t.text(form ? "form.title" : "guide.title", "interview", name));
        List<Views.Row> facts = new ArrayList<>();
        facts.add(new Views.Row(t.text("guide.role"), role.title()));
        facts.add(new Views.Row(t.text("guide.interview"), id));
        facts.add(new Views.Row(t.text("guide.stage"), stage(t, stage)));
        minutes.ifPresent(m -> facts.add(new Views.Row(t.text("guide.length"), t.text("count.minutes", "n", m))));
        if (!interviewers.isEmpty()) {
            facts.add(new Views.Row(t.text("count.interviewers.label", "n", interviewers.size()),
                    String.join(", ", interviewers)));
        }
        if (form) {
            facts.add(new Views.Row(t.text("form.candidate"), ""));
            facts.add(new Views.Row(t.text("form.interviewer"), ""));
            facts.add(new Views.Row(t.text("form.date"), ""));
        } else {
            facts.add(new Views.Row(t.text("guide.questions"), t.text("count.questions", "n", questions.size())));
        }
        List<Views.Question> items = new ArrayList<>();
        int number = 0;
        for (Question q : questions) {
            items.add(question(t, role, ++number, q));
        }
        List<Views.Pitfall> pitfalls = new ArrayList<>();
        for (Pitfall p : role.pitfalls()) {
            if (p.criteria().stream().anyMatch(c -> criteria.stream().anyMatch(e -> e.id().equals(c)))) {
                pitfalls.add(pitfall(t, role, p));
            }
        }
        List<String> votes = new ArrayList<>();
        for (Recommendation r : Recommendation.values()) {
            if (r.isDecided()) {
                votes.add(t.text("outcome." + r.id()));
            }
        }
        Views.Guide guide = new Views.Guide(page, facts, items, scale(role), criteria(t, role, criteria), pitfalls,
                votes);
        if (markdown) {
            MarkdownOutput out = new MarkdownOutput();
            if (form) {
                JtemarkdownFormGenerated.render(out, NO_TAGS, guide);
            } else {
                JtemarkdownGuideGenerated.render(out, NO_TAGS, guide);
            }
            return out.toString();
        }
        HtmlOutput out = new HtmlOutput();
        if (form) {
            JtehtmlFormGenerated.render(out, NO_TAGS, guide);
        } else {
            JtehtmlGuideGenerated.render(out, NO_TAGS, guide);
        }
        return out.toString();
    }

    /**
     * Renders a candidate report.
     *
     * @param report the scored report
     * @param panel the panel it scored
     * @param policy the policy it was scored with
     * @param locale the reader's locale
     * @param paper {@code A4}, {@code Letter} or empty for the printer's paper
     * @param markdown Markdown rather than HTML
     * @return the rendering
     */
    public static String report(Report report, Panel panel, ScoringPolicy policy, Locale locale, String paper, boolean markdown) {
        Views.Report view = ReportView.of(report, panel, policy, Texts.of(locale), paper);
        if (markdown) {
            MarkdownOutput out = new MarkdownOutput();
            JtemarkdownReportGenerated.render(out, NO_TAGS, view);
            return out.toString();
        }
        HtmlOutput out = new HtmlOutput();
        JtehtmlReportGenerated.render(out, NO_TAGS, view);
        return out.toString();
    }

    static Views.Page page(Texts t, String paper, String title) {
        return new Views.Page(t.locale().getLanguage(), title, paper, t);
    }

    static String stage(Texts t, QuestionCategory stage) {
        String key = "stage." + stage.id();
        return t.has(key) ? t.text(key) : stage.id();
    }

    private static String kind(Texts t, String kind) {
        String key = "kind." + kind;
        return t.has(key) ? t.text(key) : kind;
    }

    private static Views.Question question(Texts t, Role role, int number, Question q) {
        String minutes = q.estimatedMinutes().isPresent()
                ? t.text("count.minutes", "n", q.estimatedMinutes().getAsInt()) : "";
        List<String> pitfalls = new ArrayList<>();
        for (String id : q.pitfalls()) {
            pitfalls.add(role.pitfall(id).map(p -> p.description() + " (" + severity(t, p) + ")").orElse(id));
        }
        String informs = q.criteria().stream()
                .map(id -> role.criterion(id).map(EvaluationCriterion::description).orElse(id))
                .collect(Collectors.joining("; "));
        String probes = q.competencies().stream()
                .map(id -> role.competency(id).map(Competency::name).orElse(id))
                .collect(Collectors.joining(", "));
        List<String> meta = new ArrayList<>();
        if (!informs.isEmpty()) {
            meta.add(t.text("kit.informs") + ": " + informs);
        }
        if (!probes.isEmpty()) {
            meta.add(t.text("kit.probes") + ": " + probes);
        }
        if (!minutes.isEmpty()) {
            meta.add(t.text("kit.minutes") + ": " + minutes);
        }
        return new Views.Question(number, q.id(), q.text(), String.join(" · ", meta), q.followUps(),
                q.strongAnswer().orElse(""), pitfalls);
    }

    private static Views.Pitfall pitfall(Texts t, Role role, Pitfall p) {
        String criteria = p.criteria().stream()
                .map(id -> role.criterion(id).map(EvaluationCriterion::description).orElse(id))
                .collect(Collectors.joining("; "));
        return new Views.Pitfall(p.description(), severity(t, p), criteria);
    }

    private static String severity(Texts t, Pitfall p) {
        return t.text("severity." + p.severity().id());
    }

    static List<Views.Level> scale(Role role) {
        List<Views.Level> levels = new ArrayList<>();
        for (RatingLevel level : role.rubric().scale().levels()) {
            levels.add(new Views.Level(level.value(), level.label(), level.meaning()));
        }
        return levels;
    }

    /** @return whether a criterion is a must-have, with its minimum rating and the scale's label of it */
    static String mustHave(Texts t, EvaluationCriterion c, RatingScale scale) {
        if (!c.mustHave()) {
            return t.text("no");
        }
        return c.minimumRating().isPresent() ? t.text("criterion.mustHave.minimum", "minimum",
                rating(t, scale, c.minimumRating().getAsInt())) : t.text("yes");
    }

    /** @return a rating with the scale's label of it, e.g. {@code 3 (Yes)}; the bare number if the scale has no such level */
    static String rating(Texts t, RatingScale scale, int value) {
        return scale.level(value).map(level -> t.text("report.rating", "rating", value, "label", level.label()))
                .orElse(Integer.toString(value));
    }

    private static List<Views.Criterion> criteria(Texts t, Role role, List<EvaluationCriterion> criteria) {
        List<Views.Criterion> out = new ArrayList<>();
        for (EvaluationCriterion c : criteria) {
            List<Views.Anchor> anchors = new ArrayList<>();
            for (RatingLevel level : role.rubric().scale().levels()) {
                String anchor = c.anchors().get(level.value());
                if (anchor != null) {
                    anchors.add(new Views.Anchor(level.value() + " " + level.label(), anchor));
                }
            }
            String competencies = c.competencies().stream()
                    .map(id -> role.competency(id).map(Competency::name).orElse(id))
                    .collect(Collectors.joining(", "));
            out.add(new Views.Criterion(c.id(), c.description(), Numbers.decimal(c.weight(), t.locale()),
                    mustHave(t, c, role.rubric().scale()), competencies, anchors));
        }
        return out;
    }
}
