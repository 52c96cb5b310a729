package io.github.interviewkit.cli;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violations;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
            file -> RoleReader.standard().read(file)).withSchema(RoleReader::jsonSchema).withKind(RoleReader::kind);

    /** Scoring policies: thresholds, weights, gates and hurdles. */
    static final DocumentType<ScoringPolicy> POLICY = DocumentType.of("policy", "scoring policy",
            List.of("aggregation", "criterionAggregation", "weights", "rubricGates", "minimumRatings",
                    "criticalPitfallAction", "majorPitfallAction", "minorPitfallAction", "pitfallCap",
                    "strongHireThreshold", "hireThreshold", "noHireThreshold", "disagreementSpread",
                    "minimumPanelSize", "hurdles"),
            file -> Codecs.POLICY.read(file)).withSchema(DocumentSchema.POLICY::text)
            .withKind(ScoringPolicy::documentKind);

    /** One interviewer's scorecard of one candidate. */
    static final DocumentType<Scorecard> SCORECARD = DocumentType.of("scorecard", "scorecard",
            List.of("candidateId", "interviewerId", "stage", "ratings", "notAssessed", "observedPitfalls", "vote",
                    "notes", "privateNotes", "criterionNotes", "submittedAt", "submittedBy", "metadata"),
            Scorecard::read).withSchema(DocumentSchema.SCORECARD::text).withKind(Scorecard::documentKind);

    /** A candidate's panel: the scorecards of a role's interviews, checked against the role. */
    static final DocumentType<Panel> PANEL = DocumentType.againstRole("panel", "panel", List.of("role", "scorecards"),
            (file, role) -> Panel.read(role, file)).withSchema(DocumentSchema.PANEL::text);

    /** A scored panel's report, with its audit record. */
    static final DocumentType<Report> REPORT = DocumentType.of("report", "report",
            List.of("strategy", "role", "candidate", "recommendation", "composite", "criteria", "coverage", "flags",
                    "trace", "audit"),
            Report::read).withSchema(DocumentSchema.REPORT::text).withKind(Report::documentKind);

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
        Probe probe = new Probe(false);
        Documents.read(file, DocumentCodec.of(probe)::read);
        return probe.chosen(file);
    }

    /**
     * Tells the kind of a document, as {@link #detect} does, and reads it in the same pass when the
     * kind is read on its own: the document is parsed once, and bound by the library's kind exactly
     * as that kind's reader binds it (its unknown fields are reported as the reader reports them). A
     * kind checked against a role is only told: the caller reads the document with its role.
     *
     * @return the kind, and the document's valid value when the kind is read on its own
     * @throws CommandFailure ({@link Exit#USAGE}) if no kind, or more than one, fits best
     * @throws Failures.InvalidDocument if the document is invalid, with every problem
     * @throws io.github.interviewkit.model.io.UnreadableContentException if the file cannot be read
     */
    static Detected detectAndRead(Path file) {
        Probe probe = new Probe(true);
        Object value = Documents.read(file, DocumentCodec.of(probe)::read);
        return new Detected(probe.chosen(file), value == Probe.TOLD_ONLY ? null : value);
    }

    /**
     * A document's kind, and its value when the kind is read on its own.
     *
     * @param type the kind
     * @param value the valid value, or {@code null} when the kind is checked against a role
     */
    record Detected(DocumentType<?> type, @Nullable Object value) {}

    /** The codecs, made on first use: {@code --help} and {@code --version} start no parser. */
    private static final class Codecs {
        static final DocumentCodec<ScoringPolicy> POLICY = DocumentCodec.of(ScoringPolicy.documentKind());
    }

    /**
     * The document kind of "any document", for one read: it counts each kind's markers among the
     * root's fields (without asking for any), and, when it reads, binds the document as the kind
     * that fits best if that kind is read on its own; otherwise it binds nothing and the value is
     * {@link #TOLD_ONLY}.
     */
    private static final class Probe implements DocumentKind<Object> {
        /** The value of a document whose kind is only told. */
        static final Object TOLD_ONLY = new Object();

        private final boolean reads;
        private List<DocumentType<?>> best = List.of();
        private @Nullable DocumentKind<?> bound;

        /** @param reads whether a document of a kind read on its own is bound, or its kind only told */
        Probe(boolean reads) {
            this.reads = reads;
        }

        @Override
        public String name() {
            return bound == null ? "document" : bound.name();
        }

        @Override
        public Binding<Object> bind(FieldReader root) {
            List<String> fields = root.fieldNames();
            best = bestFitting(fields);
            Optional<? extends DocumentKind<?>> kind = reads && best.size() == 1 ? best.get(0).kind() : Optional.empty();
            if (kind.isEmpty()) {
                // Told only: every field counts as asked for, so that none is reported as unknown here.
                fields.forEach(root::field);
                return problems -> Optional.of(TOLD_ONLY);
            }
            bound = kind.get();
            return bindAs(kind.get(), root);
        }

        private static <T> Binding<Object> bindAs(DocumentKind<T> kind, FieldReader root) {
            Binding<T> binding = kind.bind(root);
            return problems -> binding.build(problems).map(Object.class::cast);
        }

        @Override
        public ContentException invalid(String source, Violations problems) {
            return bound == null ? DocumentKind.super.invalid(source, problems) : bound.invalid(source, problems);
        }

        @Override
        public void write(Object value, FieldWriter root) {
            throw new UnsupportedOperationException("a probe reads documents and writes none");
        }

        /** @throws CommandFailure ({@link Exit#USAGE}) if no kind, or more than one, fits best */
        DocumentType<?> chosen(Path file) {
            if (best.size() != 1) {
                throw new CommandFailure(Exit.USAGE, "cannot tell what kind of document " + file + " is"
                        + (best.isEmpty() ? "" : " (it could be a " + best.stream().map(DocumentType::id)
                                .collect(Collectors.joining(" or ")) + ")")
                        + "; name it with --kind, one of " + ids());
            }
            return best.get(0);
        }

        /** @return the kinds with the most markers among the fields, at least two of them */
        private static List<DocumentType<?>> bestFitting(List<String> fields) {
            Set<String> present = new HashSet<>(fields);
            List<DocumentType<?>> fitting = new ArrayList<>();
            long most = 1;
            for (DocumentType<?> type : ALL) {
                long count = type.markers().stream().filter(present::contains).count();
                if (count > most) {
                    fitting.clear();
                    most = count;
                }
                if (count == most) {
                    fitting.add(type);
                }
            }
            return List.copyOf(fitting);
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
