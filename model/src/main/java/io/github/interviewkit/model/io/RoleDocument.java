package io.github.interviewkit.model.io;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.FrameworkReference;
import io.github.interviewkit.model.MarketDemand;
import io.github.interviewkit.model.PayPeriod;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.SalaryBand;
import io.github.interviewkit.model.Severity;
import io.github.interviewkit.model.SourceAttribution;
import java.util.Currency;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The document form of a {@link Role}. Reading binds every object into its builder, each part given
 * to its parent as a builder, so that the role is validated once, from its root; writing puts every
 * field in a fixed order and leaves out absent optional parts and empty lists of texts. Each type's
 * fields are read and written side by side, in the order they are written.
 */
final class RoleDocument implements DocumentKind<Role> {
    static final RoleDocument INSTANCE = new RoleDocument();

    private RoleDocument() {}

    @Override
    public String name() {
        return "role";
    }

    @Override
    public Binding<Role> bind(FieldReader root) {
        Role.Builder role = builder(root);
        return role::tryBuild;
    }

    /** Binds the root object into a role's builder, without building it. */
    static Role.Builder builder(FieldReader f) {
        Role.Builder role = Role.builder();
        f.string("id", role::id);
        f.string("title", role::title);
        f.string("contentVersion", role::contentVersion);
        f.string("language", role::language);
        f.object("source", s -> role.source(source(s)));
        f.string("summary", role::summary);
        f.strings("responsibilities", role::addResponsibilities);
        f.objects("competencies", c -> role.addCompetencies(competency(c)));
        f.object("experience", e -> role.experience(experience(e)));
        f.object("salaryBand", b -> role.salaryBand(salaryBand(b)));
        f.constant("marketDemand", MarketDemand.values(), MarketDemand::id, role::marketDemand);
        f.object("rubric", r -> role.rubric(rubric(r)));
        f.objects("questions", q -> role.addQuestions(question(q)));
        f.objects("pitfalls", p -> role.addPitfalls(pitfall(p)));
        return role;
    }

    private static SourceAttribution.Builder source(FieldReader f) {
        SourceAttribution.Builder source = SourceAttribution.builder();
        f.string("title", source::title);
        f.string("reference", source::reference);
        f.strings("quoted", source::addQuoted);
        f.strings("authored", source::addAuthored);
        f.string("note", source::note);
        return source;
    }

    private static Competency.Builder competency(FieldReader f) {
        Competency.Builder competency = Competency.builder();
        f.string("id", competency::id);
        f.string("name", competency::name);
        f.id("kind", CompetencyKind::of, "a slug such as technical or interpersonal", competency::kind);
        f.string("description", competency::description);
        f.strings("examples", competency::addExamples);
        f.objects("frameworkReferences", r -> competency.addFrameworkReferences(frameworkReference(r)));
        return competency;
    }

    private static FrameworkReference.Builder frameworkReference(FieldReader f) {
        FrameworkReference.Builder reference = FrameworkReference.builder();
        f.string("framework", reference::framework);
        f.string("code", reference::code);
        f.string("label", reference::label);
        return reference;
    }

    private static ExperienceRequirement.Builder experience(FieldReader f) {
        ExperienceRequirement.Builder experience = ExperienceRequirement.builder();
        f.integer("minimumYears", experience::minimumYears);
        f.string("field", experience::field);
        f.integer("minimumRoleYears", experience::minimumRoleYears);
        f.string("roleDescription", experience::roleDescription);
        f.string("statement", experience::statement);
        return experience;
    }

    private static SalaryBand.Builder salaryBand(FieldReader f) {
        SalaryBand.Builder band = SalaryBand.builder();
        f.decimal("minimum", band::minimum);
        f.decimal("maximum", band::maximum);
        f.id("currency", RoleDocument::currency, "an ISO 4217 currency code such as USD", band::currency);
        f.constant("period", PayPeriod.values(), PayPeriod::id, band::period);
        f.string("region", band::region);
        return band;
    }

    private static @Nullable Currency currency(String code) {
        return Currency.getInstance(code);
    }

    private static Rubric.Builder rubric(FieldReader f) {
        Rubric.Builder rubric = Rubric.builder();
        f.object("scale", s -> rubric.scale(scale(s)));
        f.objects("criteria", c -> rubric.addCriteria(criterion(c)));
        return rubric;
    }

    private static RatingScale.Builder scale(FieldReader f) {
        RatingScale.Builder scale = RatingScale.builder();
        f.objects("levels", l -> scale.addLevels(level(l)));
        return scale;
    }

    private static RatingLevel.Builder level(FieldReader f) {
        RatingLevel.Builder level = RatingLevel.builder();
        f.integer("value", level::value);
        f.string("label", level::label);
        f.string("meaning", level::meaning);
        return level;
    }

    private static EvaluationCriterion.Builder criterion(FieldReader f) {
        EvaluationCriterion.Builder criterion = EvaluationCriterion.builder();
        f.string("id", criterion::id);
        f.string("description", criterion::description);
        f.strings("competencies", criterion::addCompetencies);
        f.bool("mustHave", criterion::mustHave);
        f.integer("minimumRating", criterion::minimumRating);
        // An absent weight takes the default; a weight that is present but unreadable is reported.
        f.decimal("weight", criterion::weight);
        f.entries("anchors", "level number", (key, value) -> {
            Integer level = levelNumber(key);
            if (level == null) {
                value.report(key, "must be keyed by a whole number, a level of the scale");
            } else if (!value.isPresent()) {
                value.report(null, "is required");
            } else {
                value.string(text -> criterion.putAnchors(level, text));
            }
        });
        return criterion;
    }

    /**
     * Reads a level number written as a key: an optional minus sign and ASCII digits, without a plus
     * sign or leading zeros, so that two keys never name the same level.
     */
    static @Nullable Integer levelNumber(String key) {
        int start = key.startsWith("-") ? 1 : 0;
        int digits = key.length() - start;
        if (digits < 1 || digits > 9 || (digits > 1 && key.charAt(start) == '0') || key.equals("-0")) {
            return null;
        }
        for (int i = start; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Integer.valueOf(key);
    }

    private static Question.Builder question(FieldReader f) {
        Question.Builder question = Question.builder();
        f.string("id", question::id);
        f.string("text", question::text);
        f.id("category", QuestionCategory::of, "a slug such as screening, technical or behavioural", question::category);
        f.bool("logistics", question::logistics);
        f.strings("competencies", question::addCompetencies);
        f.strings("criteria", question::addCriteria);
        f.strings("followUps", question::addFollowUps);
        f.string("strongAnswer", question::strongAnswer);
        f.strings("pitfalls", question::addPitfalls);
        f.integer("estimatedMinutes", question::estimatedMinutes);
        return question;
    }

    private static Pitfall.Builder pitfall(FieldReader f) {
        Pitfall.Builder pitfall = Pitfall.builder();
        f.string("id", pitfall::id);
        f.string("description", pitfall::description);
        f.constant("severity", Severity.values(), Severity::id, pitfall::severity);
        f.strings("criteria", pitfall::addCriteria);
        return pitfall;
    }

    // ---- writing ---------------------------------------------------------------------------

    @Override
    public void write(Role role, FieldWriter w) {
        w.string("id", role.id())
                .string("title", role.title())
                .string("contentVersion", role.contentVersion())
                .string("language", role.language())
                .object("source", s -> source(role.source(), s))
                .string("summary", role.summary())
                .nonEmptyStrings("responsibilities", role.responsibilities())
                .objects("competencies", role.competencies(), RoleDocument::competency)
                .object("experience", e -> experience(role.experience(), e));
        role.salaryBand().ifPresent(band -> w.object("salaryBand", b -> salaryBand(band, b)));
        role.marketDemand().ifPresent(demand -> w.string("marketDemand", demand.id()));
        w.object("rubric", r -> rubric(role.rubric(), r))
                .objects("questions", role.questions(), RoleDocument::question)
                .objects("pitfalls", role.pitfalls(), RoleDocument::pitfall);
    }

    private static void source(SourceAttribution source, FieldWriter w) {
        w.string("title", source.title())
                .string("reference", source.reference())
                .nonEmptyStrings("quoted", source.quoted())
                .nonEmptyStrings("authored", source.authored())
                .string("note", source.note());
    }

    private static void competency(Competency competency, FieldWriter w) {
        w.string("id", competency.id())
                .string("name", competency.name())
                .string("kind", competency.kind().id())
                .string("description", competency.description())
                .nonEmptyStrings("examples", competency.examples());
        if (!competency.frameworkReferences().isEmpty()) {
            w.objects("frameworkReferences", competency.frameworkReferences(), (reference, r) -> r
                    .string("framework", reference.framework())
                    .string("code", reference.code())
                    .string("label", reference.label()));
        }
    }

    private static void experience(ExperienceRequirement experience, FieldWriter w) {
        w.integer("minimumYears", experience.minimumYears())
                .string("field", experience.field())
                .integer("minimumRoleYears", experience.minimumRoleYears())
                .string("roleDescription", experience.roleDescription())
                .string("statement", experience.statement());
    }

    private static void salaryBand(SalaryBand band, FieldWriter w) {
        w.decimal("minimum", band.minimum())
                .decimal("maximum", band.maximum())
                .string("currency", band.currency().getCurrencyCode())
                .string("period", band.period().id())
                .string("region", band.region());
    }

    private static void rubric(Rubric rubric, FieldWriter w) {
        w.object("scale", s -> s.objects("levels", rubric.scale().levels(), (level, l) -> l
                        .integer("value", level.value())
                        .string("label", level.label())
                        .string("meaning", level.meaning())))
                .objects("criteria", rubric.criteria(), RoleDocument::criterion);
    }

    private static void criterion(EvaluationCriterion criterion, FieldWriter w) {
        w.string("id", criterion.id())
                .string("description", criterion.description())
                .nonEmptyStrings("competencies", criterion.competencies())
                .bool("mustHave", criterion.mustHave())
                .integer("minimumRating", criterion.minimumRating())
                .decimal("weight", criterion.weight())
                .object("anchors", a -> new TreeMap<>(criterion.anchors())
                        .forEach((level, text) -> a.string(Integer.toString(level), text)));
    }

    private static void question(Question question, FieldWriter w) {
        w.string("id", question.id())
                .string("text", question.text())
                .string("category", question.category().id());
        if (question.logistics()) {
            w.bool("logistics", true);
        }
        w.nonEmptyStrings("competencies", question.competencies())
                .nonEmptyStrings("criteria", question.criteria())
                .nonEmptyStrings("followUps", question.followUps())
                .string("strongAnswer", question.strongAnswer())
                .nonEmptyStrings("pitfalls", question.pitfalls())
                .integer("estimatedMinutes", question.estimatedMinutes());
    }

    private static void pitfall(Pitfall pitfall, FieldWriter w) {
        w.string("id", pitfall.id())
                .string("description", pitfall.description())
                .string("severity", pitfall.severity().id())
                .nonEmptyStrings("criteria", pitfall.criteria());
    }
}
