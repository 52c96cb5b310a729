package io.github.interviewkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every HTML rendering of the Backend Architect kit and of the main example's report, loaded in a
 * real browser (Debian's headless {@code chromium}): printed to PDF on A4 and on Letter, the page
 * count and size and the text read back with PDFBox; shot to PNG, which must not be blank; and the
 * browser's network log and console checked for any request or error.
 *
 * <p>Without chromium the tests are skipped with one line saying how to install it, unless the
 * environment variable {@code CI} is {@code true}: then a missing browser fails the build.
 * {@code -Dinterviewkit.docs=true} copies the report's screenshot to {@code docs/candidate-report.png}.
 */
class BrowserTest {
    private static final Path DIR = Path.of("target", "browser");
    private static final Panel PANEL = Fixtures.panel();
    private static final Report REPORT = Fixtures.score(PANEL);
    private static String chromium = "";

    @BeforeAll
    static void findChromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                chromium = candidate;
                return;
            }
        }
        String message = "chromium not found: the browser tests need it (apt-get update && apt-get install -y chromium)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + "; CI=true makes a missing browser a failure");
        }
        System.out.println("[browser] skipped: " + message);
        Assumptions.abort(message);
    }

    private static Map<String, String> pages(Renderer renderer) {
        return Map.of(
                "kit", renderer.kit(Fixtures.KIT, Format.HTML),
                "guide", renderer.guide(Fixtures.technicalInterview(), Format.HTML),
                "scorecard", renderer.scorecardForm(Fixtures.technicalInterview(), Format.HTML),
                "report", renderer.report(REPORT, PANEL, Format.HTML));
    }

    @Test
    void everyRenderingPrintsOnA4AndLetter() throws Exception {
        for (Paper paper : new Paper[] {Paper.A4, Paper.LETTER}) {
            for (Renderer renderer : new Renderer[] {Renderer.english(), Renderer.german()}) {
                for (Map.Entry<String, String> page : pages(renderer.withPaper(paper)).entrySet()) {
                    String name = page.getKey() + "-" + renderer.locale().getLanguage() + "-" + paper;
                    Path pdf = print(name, page.getValue());
                    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                        int pages = document.getNumberOfPages();
                        System.out.println("[browser] " + name + ": " + pages + " pages");
                        int[] range = page.getKey().equals("kit") ? new int[] {8, 40} : new int[] {1, 12};
                        assertTrue(pages >= range[0] && pages <= range[1], name + " has " + pages + " pages");
                        PDRectangle size = document.getPage(0).getMediaBox();
                        PDRectangle expected = paper == Paper.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
                        assertEquals(expected.getWidth(), size.getWidth(), 1.5f, name);
                        assertEquals(expected.getHeight(), size.getHeight(), 1.5f, name);
                        String text = new PDFTextStripper().getText(document);
                        assertTrue(text.contains(firstHeading(page.getValue())), name + ": " + text);
                    }
                }
            }
        }
    }

    @Test
    void theReportPrintsItsDecisionAndFlagsInBothLanguages() throws Exception {
        Path en = print("report-text-en", Renderer.english().withPaper(Paper.A4).report(REPORT, PANEL, Format.HTML));
        Path de = print("report-text-de", Renderer.german().withPaper(Paper.A4).report(REPORT, PANEL, Format.HTML));
        String english = text(en);
        String german = text(de);
        assertTrue(english.contains("Hire: the panel's evidence supports hiring cand-042."), english);
        assertTrue(english.contains("dana rated it 2 (No), chen rated it 4 (Strong yes)"), english);
        assertTrue(german.contains("2 (No) von dana, 4 (Strong yes) von chen"), german);
        assertTrue(english.contains("4 interviewers: alice, bob, chen, dana"), english);
        assertTrue(german.contains("Einstellen: Die Belege des Panels sprechen dafür, cand-042 einzustellen."), german);
        assertTrue(german.contains("4 Interviewer: alice, bob, chen, dana"), german);
    }

    @Test
    void screenshotsAreNotBlankAndNothingIsRequested() throws Exception {
        for (Renderer renderer : new Renderer[] {Renderer.english(), Renderer.german()}) {
            for (Map.Entry<String, String> page : pages(renderer).entrySet()) {
                String name = page.getKey() + "-" + renderer.locale().getLanguage();
                Path html = write(name + ".html", page.getValue());
                Path png = DIR.resolve(name + ".png");
                Path netLog = DIR.resolve(name + ".netlog.json");
                String log = run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1100,1700",
                        "--log-net-log=" + netLog.toAbsolutePath(), html.toUri().toString()));
                BufferedImage image = ImageIO.read(png.toFile());
                assertEquals(1100, image.getWidth());
                int inked = 0;
                for (int y = 0; y < image.getHeight(); y += 2) {
                    for (int x = 0; x < image.getWidth(); x += 2) {
                        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                            inked++;
                        }
                    }
                }
                assertTrue(inked > image.getWidth() * image.getHeight() / 4 / 100, name + " looks blank: " + inked);
                assertEquals(List.of(), pageRequests(netLog), name + " made a network request");
                assertFalse(log.contains("CONSOLE"), name + " logged to the console: " + log);
                assertFalse(log.contains("Refused to"), name + " broke its Content-Security-Policy: " + log);
                if (name.equals("report-en") && Boolean.getBoolean("interviewkit.docs")) {
                    Path docs = Path.of("..", "docs");
                    Files.createDirectories(docs);
                    Files.copy(png, docs.resolve("candidate-report.png"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void theRequestAndConsoleChecksSeeAPageThatLoadsAndLogs() throws Exception {
        Path html = write("control.html", "<!DOCTYPE html><html lang=\"en\"><head><title>control</title></head><body>"
                + "<img src=\"http://127.0.0.1:9/x.png\" alt=\"x\"><script>console.error('control')</script></body></html>");
        Path netLog = DIR.resolve("control.netlog.json");
        String log = run(List.of("--screenshot=" + DIR.resolve("control.png").toAbsolutePath(),
                "--log-net-log=" + netLog.toAbsolutePath(), html.toUri().toString()));
        assertEquals(List.of("http://127.0.0.1:9/x.png"), pageRequests(netLog));
        assertTrue(log.contains("CONSOLE"), log);
    }

    /**
     * The http(s) URLs in a network log but those of chromium's own background services (its
     * component updater, clock and account checks, on Google's hosts), which run whatever the page.
     */
    private static List<String> pageRequests(Path netLog) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"url\":\"(https?://[^\"]*)\"")
                .matcher(Files.readString(netLog, StandardCharsets.UTF_8));
        List<String> urls = new ArrayList<>();
        while (m.find()) {
            String host = java.net.URI.create(m.group(1)).getHost();
            boolean browsers = host.endsWith(".google.com") || host.endsWith(".googleapis.com")
                    || host.endsWith(".gvt1.com");
            if (!browsers && !urls.contains(m.group(1))) {
                urls.add(m.group(1));
            }
        }
        return urls;
    }

    @Test
    void hostileContentLeavesNoScriptOrImageInTheBrowsersDom() throws Exception {
        String page = Renderer.english().report(HostileInputTest.REPORT, HostileInputTest.PANEL, Format.HTML);
        Path html = write("hostile-report.html", page);
        String dom = run(List.of("--dump-dom", html.toUri().toString()));
        assertTrue(dom.contains("<h1>"), dom);
        assertFalse(dom.contains("<script"), dom);
        assertFalse(dom.contains("<img"), dom);
        assertFalse(dom.contains("onerror=\""), dom);
        assertEquals(1, HostileInputTest.count(dom, "<style>"), dom);
    }

    private static String firstHeading(String html) {
        int start = html.indexOf("<h1>") + 4;
        String heading = html.substring(start, html.indexOf("</h1>", start));
        return heading.substring(0, Math.min(heading.length(), 20));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Path write(String name, String text) throws IOException {
        Files.createDirectories(DIR);
        Path file = DIR.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static Path print(String name, String page) throws Exception {
        Path html = write(name + ".html", page);
        Path pdf = DIR.resolve(name + ".pdf");
        run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), html.toUri().toString()));
        assertTrue(Files.size(pdf) > 0, name);
        return pdf;
    }

    /** Runs headless chromium with a fresh profile; returns what it wrote on stdout and stderr. */
    private static String run(List<String> arguments) throws Exception {
        Path profile = Files.createTempDirectory("render-chromium");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-extensions", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(arguments);
        File output = Files.createTempFile("render-chromium", ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish in 120 s: " + command);
        }
        String log = Files.readString(output.toPath(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), log);
        return log;
    }
}
