package io.github.interviewkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.interop.GreenhouseImporter;
import io.github.interviewkit.interop.ImportMapping;
import io.github.interviewkit.interop.ImportReport;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.scoring.Recommendation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Importing 1,000 Greenhouse Harvest scorecards (the documented scorecard object of
 * {@code grnhse/greenhouse-api-docs} {@code source/includes/harvest/_scorecards.md}, repeated with
 * new ids: 250 applications of four interviewers each) into panels through the Backend Architect
 * mapping, against the baseline of the same bytes parsed into a tree by a plain Jackson
 * {@code ObjectMapper}: the ratio is what the bounded parse with locations, the binding, the
 * mapping and the validated panels cost over parsing alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GreenhouseImportBenchmark {
    static final int SCORECARDS = 1_000;
    static final int INTERVIEWERS_PER_APPLICATION = 4;

    byte[] payload;
    GreenhouseImporter importer;
    ObjectMapper jackson;

    /** Builds the payload and the importer; none of it is measured. */
    @Setup
    public void setUp() throws IOException {
        jackson = new ObjectMapper();
        payload = payload(jackson);
        importer = GreenhouseImporter.of(BackendArchitect.role(), mapping());
    }

    static byte[] payload(ObjectMapper jackson) throws IOException {
        JsonNode documented;
        try (InputStream in = GreenhouseImportBenchmark.class.getResourceAsStream("greenhouse-scorecard.json")) {
            if (in == null) {
                throw new IllegalStateException("missing greenhouse-scorecard.json");
            }
            documented = jackson.readTree(in);
        }
        ArrayNode list = jackson.createArrayNode();
        for (int i = 0; i < SCORECARDS; i++) {
            ObjectNode card = documented.deepCopy();
            int application = i / INTERVIEWERS_PER_APPLICATION;
            card.put("id", 1_000_000 + i);
            card.put("application_id", 500_000 + application);
            card.put("candidate_id", 700_000 + application);
            ((ObjectNode) card.get("interviewer")).put("id", 10 + i % INTERVIEWERS_PER_APPLICATION);
            list.add(card);
        }
        return jackson.writeValueAsBytes(list);
    }

    /** @return the mapping of {@code interop}'s tests, built in code */
    static ImportMapping mapping() {
        return ImportMapping.builder().roleId(BackendArchitect.ID)
                .putAttribute("Problem Solver", "system-design")
                .putAttribute("Communication", "explains-architectural-choices")
                .putAttribute("Analytical", "database-systems")
                .putRating("definitely_not", Rating.of(1)).putRating("no", Rating.of(2)).putRating("mixed", Rating.of(2))
                .putRating("yes", Rating.of(3)).putRating("strong_yes", Rating.of(4)).putRating("no_decision", Rating.notAssessed())
                .addLossyRatings("mixed")
                .putRecommendation("definitely_not", Recommendation.STRONG_NO_HIRE).putRecommendation("no", Recommendation.NO_HIRE)
                .putRecommendation("yes", Recommendation.HIRE).putRecommendation("strong_yes", Recommendation.STRONG_HIRE)
                .addAbstentions("no_decision")
                .putStage("Application Review", QuestionCategory.SCREENING)
                .addIgnoredAttributes("Adaptable", "Relationship Manager", "Project Management")
                .addNotesFields("Key Take-Aways").addPrivateNotesFields("Private Notes")
                .build();
    }

    /** @return the 250 panels of the 1,000 scorecards */
    @Benchmark
    public ImportReport importScorecards() {
        return importer.read(payload, "benchmark");
    }

    /** @return the same bytes as a Jackson tree: the baseline */
    @Benchmark
    public JsonNode jacksonTree() {
        try {
            return jackson.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
