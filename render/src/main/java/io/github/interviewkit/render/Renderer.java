package io.github.interviewkit.render;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.render.internal.Pages;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders what people read: the interview kit of a role, an interviewer guide and a blank scorecard
 * form for one interview, and a candidate report, as HTML or Markdown, in one language.
 *
 * <p>The texts come from the renderer's message bundles (English and German; any locale of the
 * German language gets German, every other English) and, for the trace and the flags of a report,
 * from {@code Finding.text(Locale)}. The JVM's default locale plays no part. A renderer is
 * immutable and safe to share between threads; rendering the same input twice gives the same text.
 *
 * <pre>{@code
 * Renderer renderer = Renderer.of(Locale.GERMAN).withPaper(Paper.A4);
 * String page = renderer.report(report, panel, policy, Format.HTML);
 * }</pre>
 */
public final class Renderer {
    private static final Renderer ENGLISH = new Renderer(Locale.ENGLISH, Paper.ANY);
    private static final Renderer GERMAN = new Renderer(Locale.GERMAN, Paper.ANY);

    private final Locale locale;
    private final Paper paper;

    private Renderer(Locale locale, Paper paper) {
        this.locale = locale;
        this.paper = paper;
    }

    /** @return a renderer in English that prints on any paper */
    public static Renderer english() {
        return ENGLISH;
    }

    /** @return a renderer in German that prints on any paper */
    public static Renderer german() {
        return GERMAN;
    }

    /**
     * Returns a renderer for a reader's locale.
     *
     * @param locale the reader's locale: German for any locale of the German language, English for every other
     * @return a renderer that prints on any paper
     * @throws NullPointerException if {@code locale} is {@code null}
     */
    public static Renderer of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "de".equals(locale.getLanguage()) ? GERMAN : ENGLISH;
    }

    /**
     * Returns a renderer like this one whose HTML asks to be printed on a paper size.
     *
     * @param paper the paper size
     * @return the renderer
     * @throws NullPointerException if {@code paper} is {@code null}
     */
    public Renderer withPaper(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        return paper == this.paper ? this : new Renderer(locale, paper);
    }

    /** @return the language of the renderings, {@link Locale#ENGLISH} or {@link Locale#GERMAN} */
    public Locale locale() {
        return locale;
    }

    /** @return the paper size the HTML renderings ask for */
    public Paper paper() {
        return paper;
    }

    /**
     * Renders the interview kit of a role: its summary and responsibilities, competencies,
     * questions by stage with follow-ups, what a strong answer shows and the pitfalls to watch,
     * the rubric with every behavioural anchor, the pitfalls, and the source attribution.
     *
     * @param role the role
     * @param format HTML or Markdown
     * @return the rendering
     * @throws NullPointerException if an argument is {@code null}
     */
    public String kit(Role role, Format format) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(format, "format");
        return Pages.kit(role, locale, paperName(), format == Format.MARKDOWN);
    }

    /**
     * Renders the guide an interviewer reads before and during one interview: its facts, its
     * questions with their follow-ups, strong answers and pitfalls and room for notes, then the
     * scale and the criteria to rate with their anchors.
     *
     * @param guide the interview
     * @param format HTML or Markdown
     * @return the rendering
     * @throws NullPointerException if an argument is {@code null}
     */
    public String guide(InterviewGuide guide, Format format) {
        return interview(guide, format, false);
    }

    /**
     * Renders the blank scorecard of one interview, to fill in by hand: for each criterion to
     * rate, its anchors to tick and room for the evidence, then the pitfalls observed and the
     * overall vote.
     *
     * @param guide the interview
     * @param format HTML or Markdown
     * @return the rendering
     * @throws NullPointerException if an argument is {@code null}
     */
    public String scorecardForm(InterviewGuide guide, Format format) {
        return interview(guide, format, true);
    }

    /**
     * Renders a candidate report scored with the default policy ({@link ScoringPolicy#defaults()}).
     *
     * @param report the report
     * @param panel the panel the report scored
     * @param format HTML or Markdown
     * @return the rendering
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the report is not of the panel's candidate and role
     * @see #report(Report, Panel, ScoringPolicy, Format)
     */
    public String report(Report report, Panel panel, Format format) {
        return report(report, panel, ScoringPolicy.defaults(), format);
    }

    /**
     * Renders a candidate report: the decision in plain words; the composite against every
     * threshold of the policy; per criterion its description, weight, whether it is a must-have,
     * each interviewer's rating with the scale's label, the aggregate and the spread; a chart of
     * the ratings (inline SVG with a text alternative, in HTML); the flags, naming the interviewers
     * concerned; and the trace as numbered sentences.
     *
     * @param report the report
     * @param panel the panel the report scored, for the interviewers' ratings and the role's texts
     * @param policy the policy the report was scored with, for its thresholds
     * @param format HTML or Markdown
     * @return the rendering
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the report is not of the panel's candidate and role
     */
    public String report(Report report, Panel panel, ScoringPolicy policy, Format format) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(format, "format");
        if (!report.candidateId().equals(panel.candidateId()) || !report.roleId().equals(panel.role().id())) {
            throw new IllegalArgumentException("panel must be the panel the report scored: the report is of candidate "
                    + report.candidateId() + " for role " + report.roleId() + ", the panel of candidate "
                    + panel.candidateId() + " for role " + panel.role().id());
        }
        return Pages.report(report, panel, policy, locale, paperName(), format == Format.MARKDOWN);
    }

    private String interview(InterviewGuide guide, Format format, boolean form) {
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(format, "format");
        return Pages.guide(guide.role(), guide.id(), guide.title(), guide.stage(), guide.minutes(),
                guide.interviewers(), guide.questions(), guide.criteria(), locale, paperName(),
                format == Format.MARKDOWN, form);
    }

    private String paperName() {
        return paper == Paper.A4 ? "A4" : paper == Paper.LETTER ? "Letter" : "";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Renderer that && locale.equals(that.locale) && paper == that.paper;
    }

    @Override
    public int hashCode() {
        return Objects.hash(locale, paper);
    }

    /** @return the renderer's language and paper, e.g. {@code Renderer[de, A4]} */
    @Override
    public String toString() {
        return "Renderer[" + locale + ", " + paper + "]";
    }
}
