package io.github.interviewkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every HTML rendering validates with the Nu HTML Checker (the checker behind validator.w3.org/nu,
 * run in process from {@code nu.validator:validator}) with no error: the kit, an interviewer guide,
 * a blank scorecard form and the candidate report of the Backend Architect kit and the main
 * example's panel, in English and German, for A4, Letter and any paper (their print styles
 * differ), and the report of hostile content. The checker's warnings are printed, not failed on.
 */
class HtmlValidityTest {
    private static final Panel PANEL = Fixtures.panel();
    private static final Report REPORT = Fixtures.score(PANEL);
    private static final List<String> PROBLEMS = new ArrayList<>();
    private static SimpleDocumentValidator checker;
    private static String document = "";

    @BeforeAll
    static void startTheChecker() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                System.out.println("[nu] warning: " + where(e) + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                PROBLEMS.add("error: " + where(e) + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                PROBLEMS.add("fatal: " + where(e) + e.getMessage());
            }
        };
        // Language detection on: the checker warns when a page's text is not in its lang attribute.
        checker = new SimpleDocumentValidator(true, false, true);
        checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        checker.setUpValidatorAndParsers(handler, false, false);
    }

    private static String where(SAXParseException e) {
        return document + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": ";
    }

    /** @return the problems the checker reports in a page, each with its page, line and column */
    private static List<String> problems(String name, String page) throws Exception {
        PROBLEMS.clear();
        document = name;
        InputSource source = new InputSource(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        checker.checkHtmlInputSource(source);
        return List.copyOf(PROBLEMS);
    }

    @Test
    void everyHtmlRendering_hasNoError() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        for (Paper paper : Paper.values()) {
            for (Renderer renderer : new Renderer[] {Renderer.english(), Renderer.german()}) {
                Renderer r = renderer.withPaper(paper);
                String suffix = "-" + r.locale().getLanguage() + "-" + paper;
                pages.put("kit" + suffix, r.kit(Fixtures.KIT, Format.HTML));
                pages.put("guide" + suffix, r.guide(Fixtures.technicalInterview(), Format.HTML));
                pages.put("scorecard" + suffix, r.scorecardForm(Fixtures.technicalInterview(), Format.HTML));
                pages.put("report" + suffix, r.report(REPORT, PANEL, Format.HTML));
            }
        }
        pages.put("hostile-report-en", Renderer.english().report(HostileInputTest.REPORT, HostileInputTest.PANEL,
                Format.HTML));
        pages.put("hostile-kit-de", Renderer.german().kit(HostileInputTest.ROLE, Format.HTML));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            problems.addAll(problems(page.getKey(), page.getValue()));
        }
        assertEquals(List.of(), problems, "the Nu HTML Checker's errors in " + pages.size() + " pages");
    }

    @Test
    void theCheckerReportsTheErrorsOfAnInvalidPage() throws Exception {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
                + "<table><tr><th scope=\"sideways\">a</th></tr></table><img src=\"data:,\"></body></html>";

        List<String> problems = problems("control", page);

        assertEquals(2, problems.size(), problems.toString());
    }
}
