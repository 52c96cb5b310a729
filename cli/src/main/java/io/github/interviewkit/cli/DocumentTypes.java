package io.github.interviewkit.cli;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldWriter;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.planning.PlanningProblem;
import io.github.interviewkit.scoring.DocumentSchema;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every kind of document the command line knows, in one list that {@code validate} (which reads any
 * of them, by {@code --kind} or by content) and {@code schema} share. A new kind (scorecards,
 * panels, reports, interview loops, import mappings) is one more entry in {@link #ALL}.
 */
final class DocumentTypes {
    /** Role kits, such as the bundled Backend Architect kit. */
    static final DocumentType<Role> ROLE = DocumentType.of("role", "role kit",
            List.of("title", "summary", "responsibilities", "competencies", "experience", "salaryBand",
                    "marketDemand", "rubric", "questions", "pitfalls"),
            file -> RoleReader.standard().read(file)).withSchema(RoleReader::jsonSchema);

    /** Scoring policies: thresholds, weights, gates and hurdles. */
    static final DocumentType<ScoringPolicy> POLICY = DocumentType.of("policy", "scoring policy",
            List.of("aggregation", "criterionAggregation", "weights", "rubricGates", "minimumRatings",
                    "criticalPitfallAction", "majorPitfallAction", "minorPitfallAction", "pitfallCap",
                    "strongHireThreshold", "hireThreshold", "noHireThreshold", "disagreementSpread",
                    "minimumPanelSize", "hurdles"),
            file -> Codecs.POLICY.read(file)).withSchema(DocumentSchema.POLICY::text);

    /** One interviewer's scorecard of one candidate. */
    static final DocumentType<Scorecard> SCORECARD = DocumentType.of("scorecard", "scorecard",
            List.of("candidateId", "interviewerId", "stage", "ratings", "notAssessed", "observedPitfalls", "vote",
                    "notes", "privateNotes", "criterionNotes", "submittedAt", "submittedBy", "metadata"),
            Scorecard::read).withSchema(DocumentSchema.SCORECARD::text);

    /** A candidate's panel: the scorecards of a role's interviews, checked against the role. */
    static final DocumentType<Panel> PANEL = DocumentType.againstRole("panel", "panel", List.of("role", "scorecards"),
            (file, role) -> Panel.read(role, file)).withSchema(DocumentSchema.PANEL::text);

    /** A scored panel's report, with its audit record. */
    static final DocumentType<Report> REPORT = DocumentType.of("report", "report",
            List.of("strategy", "role", "candidate", "recommendation", "composite", "criteria", "coverage", "flags",
                    "trace", "audit"),
            Report::read).withSchema(DocumentSchema.REPORT::text);

    /** An interview loop to plan: its interviews and the planning options, checked against the role. */
    static final DocumentType<PlanningProblem> LOOP = DocumentType.againstRole("loop", "interview loop",
            List.of("interviews", "options", "contentVersion"), (file, role) -> PlanningProblem.read(file, role))
            .withSchema(PlanningProblem::jsonSchema);

    /** Every kind, in the order help lists them. */
    private static final List<DocumentType<?>> ALL = List.of(ROLE, POLICY, SCORECARD, PANEL, REPORT, LOOP);

    private DocumentTypes() {}

    /** @return how interview-loop documents are read */
    static Optional<DocumentType<PlanningProblem>> loop() {
        return Optional.of(LOOP);
    }

    /** @return every kind */
    static List<DocumentType<?>> all() {
        return ALL;
    }

    /** @return the kind with this id, if there is one */
    static Optional<DocumentType<?>> find(String id) {
        return ALL.stream().filter(type -> type.id().equals(id)).findFirst();
    }

    /** @return the ids, comma-separated, for messages */
    static String ids() {
        return ALL.stream().map(DocumentType::id).collect(Collectors.joining(", "));
    }

    /**
     * Tells the kind of a document from its top-level fields: the kind with the most of its markers
     * present. The document is parsed by the library's codec, so a syntax error is reported as the
     * document's problem, as any reader would report it.
     *
     * @throws CommandFailure ({@link Exit#USAGE}) if no kind, or more than one, fits best
     * @throws Failures.InvalidDocument if the document cannot be parsed
     */
    static DocumentType<?> detect(Path file) {
        List<DocumentType<?>> best = Documents.read(file, Codecs.PROBE::read);
        if (best.size() != 1) {
            throw new CommandFailure(Exit.USAGE, "cannot tell what kind of document " + file + " is"
                    + (best.isEmpty() ? "" : " (it could be a " + best.stream().map(DocumentType::id)
                            .collect(Collectors.joining(" or ")) + ")")
                    + "; name it with --kind, one of " + ids());
        }
        return best.get(0);
    }

    /** The codecs, made on first use: {@code --help} and {@code --version} start no parser. */
    private static final class Codecs {
        static final DocumentCodec<ScoringPolicy> POLICY = DocumentCodec.of(ScoringPolicy.documentKind());
        /** Parses any document and binds nothing but the kinds whose markers fit best. */
        static final DocumentCodec<List<DocumentType<?>>> PROBE = DocumentCodec.builder(new Probe())
                .ignoreUnknownFields().build();
    }

    /** The document kind of "any document": its value is the list of kinds that fit best. */
    private static final class Probe implements DocumentKind<List<DocumentType<?>>> {
        @Override
        public String name() {
            return "document";
        }

        @Override
        public Binding<List<DocumentType<?>>> bind(FieldReader root) {
            List<DocumentType<?>> best = new ArrayList<>();
            long most = 1;
            for (DocumentType<?> type : ALL) {
                long present = type.markers().stream().filter(root::has).count();
                if (present > most) {
                    best.clear();
                    most = present;
                }
                if (present == most) {
                    best.add(type);
                }
            }
            List<DocumentType<?>> found = List.copyOf(best);
            return problems -> Optional.of(found);
        }

        @Override
        public void write(List<DocumentType<?>> value, FieldWriter root) {
            throw new UnsupportedOperationException("a probe reads documents and writes none");
        }
    }

    /** The ids, for completion and for the help of {@code --kind} and {@code schema}. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ALL.stream().map(DocumentType::id).iterator();
        }
    }
}
