package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Panel;
import java.io.Serializable;
import java.util.Objects;

/**
 * Turns one line of a panel-documents file (JSON lines: one panel document per line) into a
 * {@link Panel}. It is the pipeline's one seam to the panel document codec: {@link #of(Role)}
 * reads each line as a panel document of a role ({@link Panel#read(Role, String,
 * io.github.interviewkit.model.io.ContentFormat)} in JSON), and {@link #line(Panel)} writes a
 * panel as such a line. A line that is not a valid panel throws the codec's
 * {@link io.github.interviewkit.scoring.ScoringInputException}, listing every problem with its
 * path; the pipeline then fails with it rather than drop the line. Another parser may be given for
 * another format.
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

    /**
     * Returns the parser of panel documents of a role, one JSON document per line. The role travels
     * with the pipeline as its JSON document and is read once per worker.
     *
     * @param role the role every panel is checked against
     * @return the parser
     * @throws NullPointerException if {@code role} is {@code null}
     */
    static PanelParser of(Role role) {
        return new PanelDocumentParser(Objects.requireNonNull(role, "role"));
    }

    /**
     * Writes a panel as one line of a panel-documents file: its JSON document on one line.
     *
     * @param panel the panel
     * @return the document, without line breaks
     * @throws NullPointerException if {@code panel} is {@code null}
     */
    static String line(Panel panel) {
        return PanelDocumentParser.line(Objects.requireNonNull(panel, "panel"));
    }
}
