package io.github.interviewkit.interop;

import io.github.interviewkit.scoring.Panel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one import produced: a {@link Panel} per application, in the order the source first names
 * each application, and what the import did that its caller should know ({@link #lossyMappings()},
 * {@link #ignoredAttributes()}). An import that finds a problem produces no report but one
 * {@link ImportException} listing every problem.
 */
public final class ImportReport {
    private final Map<String, Panel> panels;
    private final List<ImportNote> lossyMappings;
    private final List<ImportNote> ignoredAttributes;

    ImportReport(Map<String, Panel> panels, List<ImportNote> lossyMappings, List<ImportNote> ignoredAttributes) {
        this.panels = Collections.unmodifiableMap(new LinkedHashMap<>(panels));
        this.lossyMappings = List.copyOf(lossyMappings);
        this.ignoredAttributes = List.copyOf(ignoredAttributes);
    }

    /** @return the panel of each application, by the application's id in the source system */
    public Map<String, Panel> panels() {
        return panels;
    }

    /**
     * Returns the panel of one application.
     *
     * @param applicationId the application's id in the source system
     * @return the panel
     * @throws NullPointerException if {@code applicationId} is {@code null}
     * @throws IllegalArgumentException if the import holds no such application
     */
    public Panel panel(String applicationId) {
        Panel panel = panels.get(Objects.requireNonNull(applicationId, "applicationId"));
        if (panel == null) {
            throw new IllegalArgumentException("applicationId: no application " + applicationId + " in this import; there are "
                    + panels.keySet());
        }
        return panel;
    }

    /** @return every rating mapped through a label the mapping declares lossy, in source order */
    public List<ImportNote> lossyMappings() {
        return lossyMappings;
    }

    /** @return every attribute skipped because the mapping ignores it, in source order */
    public List<ImportNote> ignoredAttributes() {
        return ignoredAttributes;
    }

    /** @return how many panels, lossy mappings and ignored attributes; never candidate data */
    @Override
    public String toString() {
        return "ImportReport[" + panels.size() + " panels, " + lossyMappings.size() + " lossy mappings, "
                + ignoredAttributes.size() + " ignored attributes]";
    }
}
