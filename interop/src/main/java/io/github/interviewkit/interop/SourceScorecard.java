package io.github.interviewkit.interop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One scorecard as a source system holds it, before the mapping: the neutral form every importer
 * reads its payload into, each value with the path it came from, so that the {@link Assembler}
 * reports problems where they are in the source. Filled by one binding, on one thread.
 */
final class SourceScorecard {
    /** One rated attribute: its name, its label (null when the source rated nothing), its note. */
    record Attribute(String name, String path, @Nullable String label, String labelPath, @Nullable String note) {}

    /** One answered question or form field. */
    record Answer(String name, String text, String path) {}

    final String path;
    final String system;
    @Nullable String scorecardId;
    @Nullable String applicationId;
    String applicationPath;
    @Nullable String candidateId;
    String candidatePath;
    @Nullable String interviewerId;
    String interviewerPath;
    @Nullable String submittedBy;
    @Nullable String interviewId;
    @Nullable String stageName;
    String stagePath;
    @Nullable Instant submittedAt;
    @Nullable String recommendation;
    /** Notes the source holds as such (a CSV column), not as an answer the mapping names. */
    @Nullable String notes;
    @Nullable String privateNotes;
    String recommendationPath;
    final List<Attribute> attributes = new ArrayList<>();
    final List<Answer> answers = new ArrayList<>();
    final Map<String, String> metadata = new LinkedHashMap<>();

    SourceScorecard(String path, String system) {
        this.path = path;
        this.system = system;
        this.applicationPath = path;
        this.candidatePath = path;
        this.interviewerPath = path;
        this.stagePath = path;
        this.recommendationPath = path;
    }

    /** @return the path of a field of this scorecard, e.g. {@code [0].candidate_id} */
    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void metadata(String key, @Nullable String value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
