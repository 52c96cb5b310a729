package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** File names from untrusted ids, and values from inputs printed on a terminal. */
class OutputsTest {
    @Test
    void fileName_keepsPlainNames_only() {
        assertEquals("technical-1", Outputs.fileName("technical-1", "interview-1"));
        assertEquals("3456", Outputs.fileName("3456", "application-1"));
        assertEquals("cand_7.v2", Outputs.fileName("cand_7.v2", "application-1"));
        for (String hostile : new String[] {"../x", "a/b", "a\\b", ".hidden", "..", "", "C:", "a b", "x\n", "é", "-rf",
            "a".repeat(101)}) {
            assertEquals("fallback", Outputs.fileName(hostile, "fallback"), hostile);
        }
        assertEquals("a".repeat(100), Outputs.fileName("a".repeat(100), "fallback"));
    }

    @Test
    void oneLine_replacesLineEndsEscapesAndBidirectionalControls() {
        assertEquals("mixed \uFFFD[31mred\uFFFD\uFFFDforged: line\uFFFDx\uFFFD", Outputs.oneLine("mixed \u001b[31mred\r\nforged: line\u202ex\u2028"));
        assertEquals("Grüße, naïve", Outputs.oneLine("Grüße, naïve"));
    }
}
