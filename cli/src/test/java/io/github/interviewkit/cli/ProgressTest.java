package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void quickWork_drawsNothing() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress progress = new Progress(new PrintWriter(err), true, now::get, "reading");
        now.set(Progress.DELAY_NANOS);
        progress.step(1, 2);
        progress.done();
        assertEquals("", err.toString());
    }

    @Test
    void notATerminal_drawsNothing() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress progress = new Progress(new PrintWriter(err), false, now::get, "reading");
        now.set(10 * Progress.DELAY_NANOS);
        progress.step(1, 2);
        progress.done();
        assertEquals("", err.toString());
    }

    @Test
    void slowWork_onATerminal_drawsOverItself() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress progress = new Progress(new PrintWriter(err), true, now::get, "reading");
        now.set(Progress.DELAY_NANOS + 1);
        progress.step(1, 3);
        progress.step(3, 3);
        assertEquals("\rreading [##########                    ] 1/3\rreading [##############################] 3/3",
                err.toString());
        progress.done();
        String erased = err.toString().substring(err.toString().lastIndexOf("3/3") + 3);
        assertTrue(erased.matches("\r +\r"), erased);
    }
}
