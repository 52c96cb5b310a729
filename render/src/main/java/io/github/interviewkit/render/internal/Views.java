package io.github.interviewkit.render.internal;

import java.util.List;

/**
 * The values the templates read: plain texts, already in the reader's language, and numbers. A
 * template decides nothing but layout; every text it writes is cleaned by {@link Safety} and escaped,
 * by {@link HtmlOutput} (jte's HTML escaping by context) or {@link MarkdownOutput}.
 */
final class Views {
    private Views() {}

    /** What every page has: its language, title, paper size ({@code A4}, {@code Letter} or empty) and texts. */
    record Page(String lang, String title, String paper, Texts t) {
        /** @return the message of a key without parameters */
        String l(String key) {
            return t.text(key);
        }
    }

    /** A labelled value, e.g. "Stage: technical". */
    record Row(String label, String value) {}

    record Competency(String name, String kind, String description, List<String> examples) {}

    /** A question; {@code meta} is the line under it: the criteria it informs, the competencies it probes, its time. */
    record Question(int number, String id, String text, String meta, List<String> followUps, String strongAnswer,
                    List<String> pitfalls) {}

    record Stage(String name, String count, List<Question> questions) {}

    record Level(int value, String label, String meaning) {}

    record Anchor(String level, String text) {}

    record Criterion(String id, String description, String weight, String mustHave, String competencies,
                     List<Anchor> anchors) {}

    record Pitfall(String description, String severity, String criteria) {}

    record Kit(Page page, String summary, List<String> responsibilities, List<Competency> competencies,
               List<Stage> stages, List<Level> scale, List<Criterion> criteria, List<Pitfall> pitfalls,
               List<Row> source) {}

    record Guide(Page page, List<Row> facts, List<Question> questions, List<Level> scale, List<Criterion> criteria,
                 List<Pitfall> pitfalls, List<String> votes) {}

    record Threshold(String name, String value, boolean reached, String outcome) {}

    record Rating(String interviewer, String rating) {}

    record CriterionResult(String id, String description, List<Row> facts, List<Rating> ratings) {}

    record Bar(int x, int y, int width, int height, String style) {}

    record Label(int x, int y, String text, String style) {}

    record Chart(int width, int height, String title, String description, List<Bar> bars, List<Label> labels) {}

    record Report(Page page, String decision, String decisionStyle, List<Row> facts, String composite,
                  List<Threshold> thresholds, List<CriterionResult> criteria, Chart chart, List<String> flags,
                  List<String> trace, List<Row> audit) {}
}
