package io.github.interviewkit.benchmarks;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.model.io.RoleWriter;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Scorecard;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What it costs to get values in: reading the Backend Architect kit from its YAML and JSON text
 * (parse, bind, validate), building the 10-criterion role of {@link ScoringBenchmark} in code
 * (every nested builder validates what it builds), and building a 5 x 10 {@link Panel} from its
 * scorecards (validated against the role).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoadBenchmark {
    byte[] kitYaml;
    byte[] kitJson;
    Role role;
    List<Scorecard> cards;

    /** Writes the kit once in both formats and makes the scorecards; none of it is measured. */
    @Setup
    public void setUp() {
        Role kit = BackendArchitect.role();
        kitYaml = RoleWriter.standard().write(kit, ContentFormat.YAML).getBytes(StandardCharsets.UTF_8);
        kitJson = RoleWriter.standard().write(kit, ContentFormat.JSON).getBytes(StandardCharsets.UTF_8);
        role = ScoringBenchmark.role();
        cards = new ArrayList<>();
        for (int k = 0; k < ScoringBenchmark.INTERVIEWERS; k++) {
            Scorecard.Builder card = Scorecard.builder().candidateId("candidate").interviewerId("interviewer-" + k)
                    .stage(QuestionCategory.TECHNICAL).vote(Recommendation.HIRE);
            for (int i = 0; i < ScoringBenchmark.CRITERIA; i++) {
                card.rate("criterion-" + i, ScoringBenchmark.RATINGS[k][i]);
            }
            cards.add(card.build());
        }
    }

    /** @return the kit read from YAML */
    @Benchmark
    public Role readKitYaml() {
        return RoleReader.standard().read(new ByteArrayInputStream(kitYaml), ContentFormat.YAML, "kit.yaml");
    }

    /** @return the kit read from JSON */
    @Benchmark
    public Role readKitJson() {
        return RoleReader.standard().read(new ByteArrayInputStream(kitJson), ContentFormat.JSON, "kit.json");
    }

    /** @return the 10-criterion role built in code, from its parts up */
    @Benchmark
    public Role buildRole() {
        return ScoringBenchmark.role();
    }

    /** @return a 5 x 10 panel built from its scorecards */
    @Benchmark
    public Panel buildPanel() {
        return Panel.of(role, cards);
    }
}
