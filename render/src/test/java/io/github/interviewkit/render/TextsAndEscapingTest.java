package io.github.interviewkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.render.internal.InternalAccess;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextsAndEscapingTest {
    @Test
    void bothBundlesHoldTheSameKeysAndGermanUsesNoParameterEnglishDoesNotGive() {
        Set<String> english = InternalAccess.keys(Locale.ENGLISH);
        Set<String> german = InternalAccess.keys(Locale.GERMAN);
        assertEquals(english, german);
        for (String key : english) {
            assertEquals(InternalAccess.parameters(Locale.ENGLISH, key), InternalAccess.parameters(Locale.GERMAN, key),
                    key);
            // Every message formats with its own parameters, in both languages.
            InternalAccess.formatWithSamples(Locale.ENGLISH, key);
            InternalAccess.formatWithSamples(Locale.GERMAN, key);
        }
    }

    @Test
    void pluralsAreRight() {
        assertEquals("1 interviewer: a", InternalAccess.text(Locale.ENGLISH, "report.panel.value", "n", 1,
                "interviewers", "a"));
        assertEquals("2 interviewers: a, b", InternalAccess.text(Locale.ENGLISH, "report.panel.value", "n", 2,
                "interviewers", "a, b"));
        assertEquals("0 interviewers: ", InternalAccess.text(Locale.ENGLISH, "report.panel.value", "n", 0,
                "interviewers", ""));
        assertEquals("1 question", InternalAccess.text(Locale.ENGLISH, "count.questions", "n", 1));
        assertEquals("3 questions", InternalAccess.text(Locale.ENGLISH, "count.questions", "n", 3));
        assertEquals("1 Frage", InternalAccess.text(Locale.GERMAN, "count.questions", "n", 1));
        assertEquals("3 Fragen", InternalAccess.text(Locale.GERMAN, "count.questions", "n", 3));
        assertEquals("1 Minute", InternalAccess.text(Locale.GERMAN, "count.minutes", "n", 1));
        assertEquals("45 Minuten", InternalAccess.text(Locale.GERMAN, "count.minutes", "n", 45));
        assertEquals("3,3333 aus 1 Bewertung", InternalAccess.text(Locale.GERMAN, "report.aggregate.value",
                "aggregate", "3,3333", "n", 1));
    }

    @Test
    void aMessageWithoutItsParameterOrAMissingKeyIsABug() {
        IllegalStateException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> InternalAccess.text(Locale.ENGLISH, "count.questions"));
        assertEquals("the message count.questions (en) uses the parameter n, which it is not given",
                missing.getMessage());
        IllegalStateException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> InternalAccess.text(Locale.GERMAN, "no.such.key"));
        assertEquals("no message no.such.key in the de bundle", unknown.getMessage());
    }

    @Test
    void markdownEscaping() {
        assertEquals("plain text, with: punctuation! (kept) \"quoted\" 'single' 3.5",
                InternalAccess.markdown("plain text, with: punctuation! (kept) \"quoted\" 'single' 3.5"));
        assertEquals("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\&amp; \\| \\~ \\# \\\\",
                InternalAccess.markdown("*a* _b_ `c` [d](e) <f> &amp; | ~ # \\"));
        assertEquals("\\- item", InternalAccess.markdown("- item"));
        assertEquals("\\+ item", InternalAccess.markdown("+ item"));
        assertEquals("\\= x", InternalAccess.markdown("= x"));
        assertEquals("\\> quote", InternalAccess.markdown("> quote"));
        assertEquals("12\\. twelve 3. three", InternalAccess.markdown("12. twelve 3. three"));
        assertEquals("1\\) one", InternalAccess.markdown("1) one"));
        assertEquals("a b c", InternalAccess.markdown("  a\n\n    b\r\n\tc  "));
        assertEquals("x - y", InternalAccess.markdown("x - y"));
        assertEquals("\uFFFDevil\uFFFD", InternalAccess.markdown("\u202Eevil\u202C"));
        assertEquals("", InternalAccess.markdown(" \n "));
    }

    @Test
    void cleaning() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\tline\nnext", InternalAccess.clean("a\u202Ab\u2068c\u0000d\tline\nnext"));
        String same = "unchanged \u05D0\u05D1 text";
        assertTrue(same == InternalAccess.clean(same));
    }
}
