package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.analytics.CalibrationSums;
import io.github.interviewkit.analytics.CategoryCounts;
import io.github.interviewkit.analytics.CoincidenceCounts;
import io.github.interviewkit.analytics.ContingencyTable;
import io.github.interviewkit.analytics.CriterionPassCounts;
import io.github.interviewkit.analytics.IccSums;
import io.github.interviewkit.analytics.RankSums;
import io.github.interviewkit.analytics.SelectionCounts;
import io.github.interviewkit.analytics.StageCounts;
import java.io.Serializable;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * What Beam needs to know of one partial form of the analytics module: its name, its compact
 * binary form both ways and its merge. Every coder and combiner of this package is built from one
 * of these, so that a partial form is wired to Beam in exactly one place.
 */
final class Summary<S> implements Serializable {
    private static final long serialVersionUID = 1L;

    static final Summary<CoincidenceCounts> COINCIDENCE_COUNTS = new Summary<>("CoincidenceCounts",
            CoincidenceCounts::toBytes, CoincidenceCounts::fromBytes, CoincidenceCounts::merge);
    static final Summary<CategoryCounts> CATEGORY_COUNTS = new Summary<>("CategoryCounts",
            CategoryCounts::toBytes, CategoryCounts::fromBytes, CategoryCounts::merge);
    static final Summary<ContingencyTable> CONTINGENCY_TABLE = new Summary<>("ContingencyTable",
            ContingencyTable::toBytes, ContingencyTable::fromBytes, ContingencyTable::merge);
    static final Summary<IccSums> ICC_SUMS = new Summary<>("IccSums",
            IccSums::toBytes, IccSums::fromBytes, IccSums::merge);
    static final Summary<RankSums> RANK_SUMS = new Summary<>("RankSums",
            RankSums::toBytes, RankSums::fromBytes, RankSums::merge);
    static final Summary<CalibrationSums> CALIBRATION_SUMS = new Summary<>("CalibrationSums",
            CalibrationSums::toBytes, CalibrationSums::fromBytes, CalibrationSums::merge);
    static final Summary<SelectionCounts> SELECTION_COUNTS = new Summary<>("SelectionCounts",
            SelectionCounts::toBytes, SelectionCounts::fromBytes, SelectionCounts::merge);
    static final Summary<StageCounts> STAGE_COUNTS = new Summary<>("StageCounts",
            StageCounts::toBytes, StageCounts::fromBytes, StageCounts::merge);
    static final Summary<CriterionPassCounts> CRITERION_PASS_COUNTS = new Summary<>("CriterionPassCounts",
            CriterionPassCounts::toBytes, CriterionPassCounts::fromBytes, CriterionPassCounts::merge);

    final String name;
    final SerializableFunction<S, byte[]> encode;
    final SerializableFunction<byte[], S> decode;
    final SerializableBiFunction<S, S, S> merge;

    private Summary(String name, SerializableFunction<S, byte[]> encode, SerializableFunction<byte[], S> decode,
            SerializableBiFunction<S, S, S> merge) {
        this.name = name;
        this.encode = encode;
        this.decode = decode;
        this.merge = merge;
    }

    SummaryCoder<S> coder() {
        return new SummaryCoder<>(this);
    }
}
