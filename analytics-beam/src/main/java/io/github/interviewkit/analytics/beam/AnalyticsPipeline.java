package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.CalibrationPolicy;
import io.github.interviewkit.analytics.CalibrationSums;
import io.github.interviewkit.analytics.CategoryCounts;
import io.github.interviewkit.analytics.CoincidenceCounts;
import io.github.interviewkit.analytics.CriterionPassCounts;
import io.github.interviewkit.analytics.MeasurementLevel;
import io.github.interviewkit.analytics.PanelAnalytics;
import io.github.interviewkit.analytics.SelectionFlow;
import io.github.interviewkit.analytics.StageCounts;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.ScoringInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The ready pipeline: reads panel documents (JSON lines, one panel per line) and a
 * selection-outcomes CSV, and writes three per-key tables as CSV, {@code agreement.csv},
 * {@code calibration.csv} and {@code adverse-impact.csv} (see {@link AnalyticsTables}). The key is
 * the caller's: a function of the panel (tenant, role, quarter, or all three joined), and a column
 * of the outcomes file.
 *
 * <p>The outcomes file has the header {@code key,candidate,group,stage,passed}: per candidate,
 * the key, the candidate's id (as on their panel), the group label, the last stage of the
 * {@link SelectionFlow} they took part in, and {@code true} or {@code false} for whether they
 * passed it. Every file of the pattern starts with that header. Per key the pipeline writes
 * adverse impact at each stage and the bottom line, and per rubric criterion (a candidate passes a
 * criterion when the mean of their assessed ratings is at or above the passing level; only
 * candidates with both a panel and an outcome row count). A malformed line, a panel the parser
 * rejects, a candidate twice in one key: the pipeline fails with the exception that lists the
 * problem; nothing is dropped.
 *
 * <p>Every figure is computed by merging the analytics module's partial forms per key and
 * finishing them once, so each equals exactly what the single-machine API gives for the same
 * key's data, on any runner and any split of the work. The pipeline names no runner: run it with
 * the options of the runner you use.
 */
public final class AnalyticsPipeline extends PTransform<PBegin, PDone> {
    private static final long serialVersionUID = 1L;
    /** The header line of a selection-outcomes file. */
    public static final String OUTCOMES_HEADER = "key,candidate,group,stage,passed";

    private static final TupleTag<KV<String, CoincidenceCounts>> ALPHA = new TupleTag<>() {};
    private static final TupleTag<KV<String, CategoryCounts>> FLEISS = new TupleTag<>() {};
    private static final TupleTag<KV<String, CalibrationSums>> CALIBRATION = new TupleTag<>() {};
    private static final TupleTag<KV<KV<String, Integer>, KV<String, Map<String, Boolean>>>> PASSES = new TupleTag<>() {};
    private static final TupleTag<KV<String, StageCounts>> STAGES = new TupleTag<>() {};
    private static final TupleTag<KV<KV<String, Integer>, KV<String, String>>> GROUPS = new TupleTag<>() {};

    private final @Nullable String panels;
    private final @Nullable String outcomes;
    private final @Nullable String output;
    private final PanelParser parser;
    private final SerializableFunction<Panel, String> key;
    private final SelectionFlow flow;
    private final int passingLevel;
    private final CalibrationPolicy policy;
    private final int joinBuckets;

    private AnalyticsPipeline(Builder builder) {
        this.panels = builder.panels;
        this.outcomes = builder.outcomes;
        this.output = builder.output;
        this.parser = Objects.requireNonNull(builder.parser, "panelParser");
        this.key = Objects.requireNonNull(builder.key, "key");
        this.flow = Objects.requireNonNull(builder.flow, "flow");
        this.passingLevel = builder.passingLevel;
        this.policy = builder.policy;
        this.joinBuckets = builder.joinBuckets;
    }

    /** @return a builder; the parser, the key and the flow are required */
    public static Builder builder() {
        return new Builder();
    }

    /** The three tables, as collections of CSV records without header. */
    public static final class Tables {
        private final PCollection<String> agreement;
        private final PCollection<String> calibration;
        private final PCollection<String> adverseImpact;

        Tables(PCollection<String> agreement, PCollection<String> calibration, PCollection<String> adverseImpact) {
            this.agreement = agreement;
            this.calibration = calibration;
            this.adverseImpact = adverseImpact;
        }

        /** @return one row per key */
        public PCollection<String> agreement() {
            return agreement;
        }

        /** @return one row per key and interviewer */
        public PCollection<String> calibration() {
            return calibration;
        }

        /** @return one row per key, scope and group */
        public PCollection<String> adverseImpact() {
            return adverseImpact;
        }
    }

    @Override
    public PDone expand(PBegin input) {
        if (panels == null || outcomes == null || output == null) {
            throw new IllegalStateException("reading and writing files needs panels, outcomes and output; "
                    + "use tables(...) for collections");
        }
        Tables tables = tables(input.apply("ReadPanels", TextIO.read().from(panels)),
                input.apply("ReadOutcomes", TextIO.read().from(outcomes)));
        write(tables.agreement(), output, "agreement", AnalyticsTables.AGREEMENT_HEADER);
        write(tables.calibration(), output, "calibration", AnalyticsTables.CALIBRATION_HEADER);
        write(tables.adverseImpact(), output, "adverse-impact", AnalyticsTables.ADVERSE_IMPACT_HEADER);
        return PDone.in(input.getPipeline());
    }

    /**
     * Computes the tables from collections of lines, without reading or writing files.
     *
     * @param panelLines one panel document per element
     * @param outcomeLines the lines of selection-outcomes files, headers included
     * @return the tables
     * @throws NullPointerException if an argument is {@code null}
     */
    public Tables tables(PCollection<String> panelLines, PCollection<String> outcomeLines) {
        Objects.requireNonNull(panelLines, "panelLines");
        Objects.requireNonNull(outcomeLines, "outcomeLines");
        Coder<String> text = StringUtf8Coder.of();
        Coder<KV<String, Integer>> bucket = KvCoder.of(text, VarIntCoder.of());

        PCollectionTuple summarised = panelLines.apply("SummarisePanels",
                ParDo.of(new SummarisePanels(parser, key, passingLevel, joinBuckets))
                        .withOutputTags(ALPHA, TupleTagList.of(FLEISS).and(CALIBRATION).and(PASSES)));
        PCollection<KV<String, CoincidenceCounts>> alpha = summarised.get(ALPHA)
                .setCoder(KvCoder.of(text, AnalyticsCoders.coincidenceCounts()))
                .apply("MergeAlpha", Combine.perKey(SummaryFn.merging(Summary.COINCIDENCE_COUNTS)));
        PCollection<KV<String, CategoryCounts>> fleiss = summarised.get(FLEISS)
                .setCoder(KvCoder.of(text, AnalyticsCoders.categoryCounts()))
                .apply("MergeFleiss", Combine.perKey(SummaryFn.merging(Summary.CATEGORY_COUNTS)));
        PCollection<String> agreement = KeyedPCollectionTuple.of(ALPHA_JOIN, alpha).and(FLEISS_JOIN, fleiss)
                .apply("JoinAgreement", CoGroupByKey.create())
                .apply("AgreementRows", ParDo.of(new AgreementRows()));
        PCollection<String> calibration = summarised.get(CALIBRATION)
                .setCoder(KvCoder.of(text, AnalyticsCoders.calibrationSums()))
                .apply("MergeCalibration", Combine.perKey(SummaryFn.merging(Summary.CALIBRATION_SUMS)))
                .apply("CalibrationRows", ParDo.of(new CalibrationRows(policy)));

        PCollectionTuple parsedOutcomes = outcomeLines.apply("ParseOutcomes",
                ParDo.of(new ParseOutcomes(flow, joinBuckets)).withOutputTags(STAGES, TupleTagList.of(GROUPS)));
        PCollection<String> stageRows = parsedOutcomes.get(STAGES)
                .setCoder(KvCoder.of(text, AnalyticsCoders.stageCounts()))
                .apply("MergeStages", Combine.perKey(SummaryFn.merging(Summary.STAGE_COUNTS)))
                .apply("StageRows", ParDo.of(new StageRows()));
        // Candidates meet their outcome in buckets of their key (a hash of the candidate id), so
        // that the join shuffles a few groups per key, not one per candidate.
        PCollection<KV<KV<String, Integer>, KV<String, Map<String, Boolean>>>> passes = summarised.get(PASSES)
                .setCoder(KvCoder.of(bucket, KvCoder.of(text, MapCoder.of(text, BooleanCoder.of()))));
        PCollection<KV<KV<String, Integer>, KV<String, String>>> groups = parsedOutcomes.get(GROUPS)
                .setCoder(KvCoder.of(bucket, KvCoder.of(text, text)));
        PCollection<String> criterionRows = KeyedPCollectionTuple.of(PASSES_JOIN, passes).and(GROUPS_JOIN, groups)
                .apply("JoinCandidates", CoGroupByKey.create())
                .apply("CriterionCounts", ParDo.of(new CriterionCounts()))
                .setCoder(KvCoder.of(text, AnalyticsCoders.criterionPassCounts()))
                .apply("MergeCriteria", Combine.perKey(SummaryFn.merging(Summary.CRITERION_PASS_COUNTS)))
                .apply("CriterionRows", ParDo.of(new CriterionRows()));
        PCollection<String> adverseImpact = PCollectionList.of(stageRows).and(criterionRows)
                .apply("AdverseImpactRows", Flatten.pCollections());
        return new Tables(agreement, calibration, adverseImpact);
    }

    private static final TupleTag<CoincidenceCounts> ALPHA_JOIN = new TupleTag<>() {};
    private static final TupleTag<CategoryCounts> FLEISS_JOIN = new TupleTag<>() {};
    private static final TupleTag<KV<String, Map<String, Boolean>>> PASSES_JOIN = new TupleTag<>() {};
    private static final TupleTag<KV<String, String>> GROUPS_JOIN = new TupleTag<>() {};

    /** The join bucket of a candidate within its key; String.hashCode is the same on every JVM. */
    static int bucket(String candidate, int buckets) {
        return Math.floorMod(candidate.hashCode(), buckets);
    }

    /** One table: its rows sorted into one file, header first, so that the output is the same on every runner. */
    private static void write(PCollection<String> rows, String output, String table, List<String> header) {
        rows.apply("Sort " + table, Combine.globally(new SortedLines()).withoutDefaults())
                .apply("Write " + table, TextIO.write().to(output + table).withSuffix(".csv").withoutSharding()
                        .withHeader(AnalyticsTables.header(header)));
    }

    /** Parses each panel and emits its partial forms under its key. */
    static final class SummarisePanels extends DoFn<String, KV<String, CoincidenceCounts>> {
        private static final long serialVersionUID = 1L;
        private final PanelParser parser;
        private final SerializableFunction<Panel, String> key;
        private final int passingLevel;
        private final int buckets;

        SummarisePanels(PanelParser parser, SerializableFunction<Panel, String> key, int passingLevel, int buckets) {
            this.parser = parser;
            this.key = key;
            this.passingLevel = passingLevel;
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element String line, MultiOutputReceiver out) {
            Panel panel = Objects.requireNonNull(parser.parse(line), "the panel parser returned null");
            String panelKey = key.apply(panel);
            if (panelKey == null || panelKey.isBlank()) {
                throw invalid("panels", panel.candidateId(), "the key of candidate's panel is missing or blank");
            }
            PanelAnalytics analytics = PanelAnalytics.of(List.of(panel));
            out.get(ALPHA).output(KV.of(panelKey, analytics.coincidenceCounts()));
            out.get(FLEISS).output(KV.of(panelKey, analytics.categoryCounts()));
            out.get(CALIBRATION).output(KV.of(panelKey, analytics.calibrationSums()));
            out.get(PASSES).output(KV.of(KV.of(panelKey, bucket(panel.candidateId(), buckets)),
                    KV.of(panel.candidateId(), new TreeMap<>(CriterionPassCounts.passes(panel, passingLevel)))));
        }
    }

    /** Parses the outcome lines: the stage counts per key, and each candidate's group for the criterion join. */
    static final class ParseOutcomes extends DoFn<String, KV<String, StageCounts>> {
        private static final long serialVersionUID = 1L;
        private final SelectionFlow flow;
        private final int buckets;

        ParseOutcomes(SelectionFlow flow, int buckets) {
            this.flow = flow;
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element String line, MultiOutputReceiver out) {
            if (line.equals(OUTCOMES_HEADER)) {
                return;
            }
            List<String> cells = new ArrayList<>();
            try {
                List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(line)).getRecords();
                if (records.size() == 1) {
                    records.get(0).forEach(cells::add);
                }
            } catch (IOException | UncheckedIOException malformed) {
                throw invalid("outcomes", line, "is not a CSV record: " + malformed.getMessage());
            }
            if (cells.size() != 5) {
                throw invalid("outcomes", line, "needs 5 fields (" + OUTCOMES_HEADER + ")");
            }
            String key = cells.get(0);
            String candidate = cells.get(1);
            String group = cells.get(2);
            String stage = cells.get(3);
            String passed = cells.get(4);
            if (key.isBlank() || candidate.isBlank() || group.isBlank() || flow.indexOf(stage) < 0
                    || !(passed.equals("true") || passed.equals("false"))) {
                throw invalid("outcomes", line, "needs a key, a candidate and a group that are not blank, a stage of "
                        + flow.stages() + " and passed true or false");
            }
            out.get(STAGES).output(KV.of(key, StageCounts.ofCandidate(flow, group, stage, passed.equals("true"))));
            out.get(GROUPS).output(KV.of(KV.of(key, bucket(candidate, buckets)), KV.of(candidate, group)));
        }
    }

    /** Joins the candidates of one bucket with their groups: one partial form per bucket. */
    static final class CriterionCounts extends DoFn<KV<KV<String, Integer>, CoGbkResult>, KV<String, CriterionPassCounts>> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<KV<String, Integer>, CoGbkResult> joined,
                OutputReceiver<KV<String, CriterionPassCounts>> out) {
            String key = joined.getKey().getKey();
            Map<String, String> groups = new HashMap<>();
            for (KV<String, String> outcome : joined.getValue().getAll(GROUPS_JOIN)) {
                if (groups.put(outcome.getKey(), outcome.getValue()) != null) {
                    throw invalid(key, outcome.getKey(), "the candidate has more than one outcome row in this key");
                }
            }
            Set<String> seen = new HashSet<>();
            CriterionPassCounts counts = CriterionPassCounts.empty();
            for (KV<String, Map<String, Boolean>> panel : joined.getValue().getAll(PASSES_JOIN)) {
                if (!seen.add(panel.getKey())) {
                    throw invalid(key, panel.getKey(), "the candidate has more than one panel in this key");
                }
                String group = groups.get(panel.getKey());
                if (group != null) {
                    counts = counts.merge(CriterionPassCounts.ofCandidate(group, panel.getValue()));
                }
            }
            out.output(KV.of(key, counts));
        }
    }

    static final class AgreementRows extends DoFn<KV<String, CoGbkResult>, String> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<String> out) {
            CoincidenceCounts alpha = joined.getValue().getOnly(ALPHA_JOIN);
            CategoryCounts fleiss = joined.getValue().getOnly(FLEISS_JOIN);
            out.output(AnalyticsTables.agreementRow(joined.getKey(), fleiss.units(), alpha.alpha(MeasurementLevel.NOMINAL),
                    alpha.alpha(MeasurementLevel.ORDINAL), alpha.alpha(MeasurementLevel.INTERVAL), fleiss.kappa()));
        }
    }

    static final class CalibrationRows extends DoFn<KV<String, CalibrationSums>, String> {
        private static final long serialVersionUID = 1L;
        private final CalibrationPolicy policy;

        CalibrationRows(CalibrationPolicy policy) {
            this.policy = policy;
        }

        @ProcessElement
        public void process(@Element KV<String, CalibrationSums> sums, OutputReceiver<String> out) {
            AnalyticsTables.calibrationRows(sums.getKey(), sums.getValue().calibration(policy)).forEach(out::output);
        }
    }

    static final class StageRows extends DoFn<KV<String, StageCounts>, String> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<String, StageCounts> counts, OutputReceiver<String> out) {
            AnalyticsTables.adverseImpactRows(counts.getKey(), counts.getValue().report()).forEach(out::output);
        }
    }

    static final class CriterionRows extends DoFn<KV<String, CriterionPassCounts>, String> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<String, CriterionPassCounts> counts, OutputReceiver<String> out) {
            AnalyticsTables.adverseImpactRows(counts.getKey(), counts.getValue().report()).forEach(out::output);
        }
    }

    /** All rows of a table in one element, sorted, lines joined: one file whatever the runner's bundles. */
    static final class SortedLines extends Combine.CombineFn<String, List<String>, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public List<String> createAccumulator() {
            return new ArrayList<>();
        }

        @Override
        public List<String> addInput(List<String> lines, String line) {
            lines.add(line);
            return lines;
        }

        @Override
        public List<String> mergeAccumulators(Iterable<List<String>> parts) {
            List<String> all = new ArrayList<>();
            parts.forEach(all::addAll);
            return all;
        }

        @Override
        public String extractOutput(List<String> lines) {
            List<String> sorted = new ArrayList<>(lines);
            sorted.sort(null);
            return String.join("\n", sorted);
        }

        @Override
        public Coder<List<String>> getAccumulatorCoder(CoderRegistry registry, Coder<String> inputCoder) {
            return ListCoder.of(StringUtf8Coder.of());
        }
    }

    private static ScoringInputException invalid(String path, Object value, String message) {
        return new ScoringInputException("AnalyticsPipeline", List.of(Violation.of(path, value, message)));
    }

    /** Builds a pipeline. */
    public static final class Builder {
        private @Nullable String panels;
        private @Nullable String outcomes;
        private @Nullable String output;
        private @Nullable PanelParser parser;
        private @Nullable SerializableFunction<Panel, String> key;
        private @Nullable SelectionFlow flow;
        private int passingLevel = 3;
        private CalibrationPolicy policy = CalibrationPolicy.defaults();
        private int joinBuckets = 16;

        private Builder() {}

        /**
         * Sets into how many buckets per key candidates are hashed when their panels meet their
         * outcomes; each bucket's candidates are held in memory by one worker. 16 unless set: raise
         * it when one key has millions of candidates.
         *
         * @param buckets at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code buckets} is below 1
         */
        public Builder joinBuckets(int buckets) {
            if (buckets < 1) {
                throw new IllegalArgumentException("buckets must be at least 1, was " + buckets);
            }
            this.joinBuckets = buckets;
            return this;
        }

        /**
         * Sets where the panel documents are.
         *
         * @param filePattern a file or pattern any Beam file system reads, e.g. {@code gs://bucket/panels-*.jsonl}
         * @return this builder
         * @throws NullPointerException if {@code filePattern} is {@code null}
         */
        public Builder panels(String filePattern) {
            this.panels = Objects.requireNonNull(filePattern, "filePattern");
            return this;
        }

        /**
         * Sets where the selection outcomes are.
         *
         * @param filePattern a file or pattern of CSV files, each starting with {@link #OUTCOMES_HEADER}
         * @return this builder
         * @throws NullPointerException if {@code filePattern} is {@code null}
         */
        public Builder outcomes(String filePattern) {
            this.outcomes = Objects.requireNonNull(filePattern, "filePattern");
            return this;
        }

        /**
         * Sets where the tables go.
         *
         * @param prefix a directory or prefix; the tables are {@code <prefix>agreement.csv},
         *     {@code <prefix>calibration.csv} and {@code <prefix>adverse-impact.csv}
         * @return this builder
         * @throws NullPointerException if {@code prefix} is {@code null}
         */
        public Builder output(String prefix) {
            this.output = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /**
         * Sets how a line of the panels file becomes a panel: the panel document codec.
         *
         * @param parser the parser
         * @return this builder
         * @throws NullPointerException if {@code parser} is {@code null}
         */
        public Builder panelParser(PanelParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * Sets the key of a panel, the same as the {@code key} column of its candidate's outcome.
         *
         * @param key a serialisable function of the panel, never {@code null} or blank
         * @return this builder
         * @throws NullPointerException if {@code key} is {@code null}
         */
        public Builder key(SerializableFunction<Panel, String> key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * Sets the stages of the selection procedure, in order.
         *
         * @param flow the flow
         * @return this builder
         * @throws NullPointerException if {@code flow} is {@code null}
         */
        public Builder flow(SelectionFlow flow) {
            this.flow = Objects.requireNonNull(flow, "flow");
            return this;
        }

        /**
         * Sets the lowest rating that passes a criterion, for adverse impact per criterion; 3 unless set.
         *
         * @param level the level
         * @return this builder
         */
        public Builder passingLevel(int level) {
            this.passingLevel = level;
            return this;
        }

        /**
         * Sets when an interviewer is flagged; {@link CalibrationPolicy#defaults()} unless set.
         *
         * @param policy the policy
         * @return this builder
         * @throws NullPointerException if {@code policy} is {@code null}
         */
        public Builder calibrationPolicy(CalibrationPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the pipeline.
         *
         * @return the pipeline transform
         * @throws NullPointerException if the parser, the key or the flow is not set (naming it)
         */
        public AnalyticsPipeline build() {
            return new AnalyticsPipeline(this);
        }
    }
}
