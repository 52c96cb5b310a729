package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.scoring.Panel;
import java.io.Serializable;

/**
 * Turns one line of a panel-documents file (JSON lines: one panel document per line) into a
 * {@link Panel}. It is the pipeline's one seam to the panel document codec: pass the codec's
 * reader here, for example {@code line -> codec.readPanel(line)}. A line that is not a valid panel
 * must throw the codec's exception, listing every problem; the pipeline then fails with it rather
 * than drop the line.
 *
 * <p>It is serialised with the pipeline and called on the workers, so it must be
 * {@link Serializable} and safe to call from several threads.
 */
@FunctionalInterface
public interface PanelParser extends Serializable {
    /**
     * Parses one panel document.
     *
     * @param line one line of the file, a whole panel document
     * @return the panel
     */
    Panel parse(String line);
}
