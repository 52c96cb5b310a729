package io.github.interviewkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * Content authored by customers, rendered: every rendering escapes it, and neither the HTML nor the
 * Markdown (through a CommonMark renderer with raw HTML allowed) gains an element, attribute, link
 * or image the content did not ask for as text.
 */
class HostileInputTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String LINK = "[click](javascript:alert(1)) ![x](https://evil.example/x.png) <https://evil.example>";
    static final String STYLE = "</style><style>body{display:none}</style>";
    static final String MARKDOWN = "# heading\n- item\n| a | b |\n> quote\n    code\n1. one *em* _em_ `code` &amp; ~~s~~";
    static final String BIDI = "\u202Egnp.exe\u202C and \u2066isolate\u2069 and bell\u0007";
    static final String ALL = String.join(" ", SCRIPT, IMG, LINK, STYLE, MARKDOWN, BIDI);

    static final Role ROLE = hostileRole();
    static final Panel PANEL = hostilePanel();
    static final Report REPORT = Fixtures.score(PANEL);

    private static Role hostileRole() {
        Role kit = Fixtures.KIT;
        List<Question> questions = new ArrayList<>();
        for (Question q : kit.questions()) {
            questions.add(questions.isEmpty()
                    ? Question.builder().from(q).text(ALL).followUps(List.of(SCRIPT, LINK)).strongAnswer(IMG).build()
                    : q);
        }
        // The report's trace and flags name criteria and pitfalls by their descriptions: hostile too.
        List<EvaluationCriterion> criteria = new ArrayList<>();
        for (EvaluationCriterion c : kit.rubric().criteria()) {
            criteria.add(criteria.isEmpty() ? EvaluationCriterion.builder().from(c).description(ALL).build() : c);
        }
        List<Pitfall> pitfalls = new ArrayList<>();
        for (Pitfall p : kit.pitfalls()) {
            pitfalls.add(Pitfall.builder().from(p).description(ALL).build());
        }
        return Role.builder().from(kit).title(ALL).summary(ALL).questions(questions)
                .rubric(Rubric.builder().from(kit.rubric()).criteria(criteria).build()).pitfalls(pitfalls).build();
    }

    private static Panel hostilePanel() {
        Panel main = Fixtures.panel();
        List<Scorecard> cards = new ArrayList<>();
        // Bidirectional and control characters no longer get into a scorecard (the scoring builders
        // apply the documents' text policy); they stay in the role's texts and the guide's interviewers.
        String[] names = {SCRIPT, IMG, LINK, STYLE};
        for (int i = 0; i < main.scorecards().size(); i++) {
            cards.add(Scorecard.builder().from(main.scorecards().get(i)).candidateId(LINK).interviewerId(names[i])
                    .build());
        }
        return Panel.of(ROLE, cards);
    }

    private static List<String> renderings(Format format) {
        List<String> out = new ArrayList<>();
        InterviewGuide guide = InterviewGuide.builder().role(ROLE).id("technical-1").title(ALL)
                .stage(QuestionCategory.TECHNICAL).addInterviewers(SCRIPT, IMG, BIDI)
                .addQuestions(ROLE.questions().get(0).id()).build();
        for (Renderer renderer : new Renderer[] {Renderer.english(), Renderer.german()}) {
            out.add(renderer.kit(ROLE, format));
            out.add(renderer.guide(guide, format));
            out.add(renderer.scorecardForm(guide, format));
            out.add(renderer.report(REPORT, PANEL, format));
        }
        return out;
    }

    @Test
    void htmlHasNoElementOrAttributeTheContentAskedFor() {
        // '<' in a text is always escaped, so every '<' that opens a tag is the template's.
        Pattern tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
        List<String> allowed = List.of("html", "head", "meta", "title", "style", "body", "main", "footer", "h1", "h2",
                "h3", "p", "ul", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th", "td", "section",
                "strong", "div", "span", "figure", "figcaption", "svg", "desc", "rect", "text");
        for (String html : renderings(Format.HTML)) {
            Matcher m = tag.matcher(html);
            while (m.find()) {
                assertTrue(allowed.contains(m.group(1)), "element " + m.group(1) + " in the output");
                String attributes = m.group(2);
                assertFalse(Pattern.compile("\\son[a-z]+=").matcher(attributes).find(), attributes);
                assertFalse(attributes.contains("src="), attributes);
                assertFalse(attributes.contains("href="), attributes);
                assertFalse(attributes.contains("javascript:"), attributes);
            }
            assertEquals(1, count(html, "<style>"));
            assertEquals(1, count(html, "</style>"));
            assertFalse(html.contains("\u202E"));
            assertFalse(html.contains("\u0007"));
        }
    }

    @Test
    void theReportsFindingsCarryHostileDescriptionsAsText() {
        String html = Renderer.english().report(REPORT, PANEL, Format.HTML);
        String markdown = Renderer.english().report(REPORT, PANEL, Format.MARKDOWN);

        assertTrue(html.contains("<li>\u201c&lt;script&gt;alert(1)&lt;/script&gt; \"&gt;&lt;img src=x onerror=alert(1)&gt;"),
                html);
        assertTrue(html.contains("The minor pitfall \u201c&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(markdown.contains("\u201c\\<script\\>alert(1)\\</script\\>"), markdown);
    }

    @Test
    void htmlEscapesEachTextExactly() {
        String guide = Renderer.english().guide(InterviewGuide.builder().role(ROLE).id("x").title(SCRIPT + IMG)
                .addInterviewers(BIDI).addQuestions(ROLE.questions().get(0).id()).build(), Format.HTML);
        assertTrue(guide.contains("<h1>Interviewer guide: &lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;img "
                + "src=x onerror=alert(1)&gt;</h1>"), guide);
        assertTrue(guide.contains("<td>\uFFFDgnp.exe\uFFFD and \uFFFDisolate\uFFFD and bell\uFFFD</td>"), guide);
        assertTrue(guide.contains("<title>Interviewer guide: &lt;script&gt;alert(1)&lt;/script&gt;\"&gt;"
                + "&lt;img src=x onerror=alert(1)&gt;</title>"), guide);
    }

    @Test
    void markdownEscapesEachTextExactly() {
        String guide = Renderer.english().guide(InterviewGuide.builder().role(ROLE).id("x").title(SCRIPT + LINK)
                .addInterviewers(BIDI).addQuestions(ROLE.questions().get(0).id()).build(), Format.MARKDOWN);
        assertTrue(guide.startsWith("# Interviewer guide: \\<script\\>alert(1)\\</script\\>\\[click\\](javascript:alert(1)) "
                + "!\\[x\\](https://evil.example/x.png) \\<https://evil.example\\>\n"), guide);
        assertTrue(guide.contains("- **Interviewer:** \uFFFDgnp.exe\uFFFD and \uFFFDisolate\uFFFD and bell\uFFFD\n"),
                guide);
    }

    @Test
    void markdownThroughCommonMarkWithRawHtmlGainsNoElementLinkImageOrCell() {
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();
        for (String markdown : renderings(Format.MARKDOWN)) {
            String html = renderer.render(parser.parse(markdown));
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("<img"), html);
            assertFalse(html.contains("<a "), html);
            assertFalse(html.contains("<style"), html);
            assertFalse(html.contains("<blockquote"), html);
            assertFalse(html.contains("<pre"), html);
            assertFalse(html.contains("<code>"), html);
            // Every table row has as many cells as its header: content never adds a cell.
            for (String table : html.split("<table>")) {
                if (!table.contains("</table>")) {
                    continue;
                }
                String body = table.substring(0, table.indexOf("</table>"));
                int columns = count(body.substring(0, body.indexOf("</tr>")), "<th>");
                for (String row : body.split("<tr>")) {
                    if (row.contains("<td>")) {
                        assertEquals(columns, count(row, "<td>"), row);
                    }
                }
            }
        }
    }

    @Test
    void markdownCarriesTheContentAsText() {
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();
        String html = renderer.render(parser.parse(Renderer.english().kit(ROLE, Format.MARKDOWN)));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("[click](javascript:alert(1))"), html);
        assertTrue(html.contains("# heading - item | a | b | &gt; quote code 1. one *em* _em_ `code` &amp;amp; ~~s~~"),
                html);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
