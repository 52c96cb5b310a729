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
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;

/**
 * Deterministic Beam coders of the partial forms: each writes the form's compact binary form
 * ({@code toBytes}), never Java serialisation. Register them all on a pipeline with
 * {@link #registerIn(CoderRegistry)} so that Beam infers them, or set one on a
 * {@code PCollection} by hand.
 */
public final class AnalyticsCoders {
    private AnalyticsCoders() {}

    /** @return the coder of {@link CoincidenceCounts} (Krippendorff's alpha) */
    public static Coder<CoincidenceCounts> coincidenceCounts() {
        return Summary.COINCIDENCE_COUNTS.coder();
    }

    /** @return the coder of {@link CategoryCounts} (Fleiss' kappa) */
    public static Coder<CategoryCounts> categoryCounts() {
        return Summary.CATEGORY_COUNTS.coder();
    }

    /** @return the coder of {@link ContingencyTable} (Cohen's kappa, Scott's pi) */
    public static Coder<ContingencyTable> contingencyTable() {
        return Summary.CONTINGENCY_TABLE.coder();
    }

    /** @return the coder of {@link IccSums} (intraclass correlations) */
    public static Coder<IccSums> iccSums() {
        return Summary.ICC_SUMS.coder();
    }

    /** @return the coder of {@link RankSums} (Kendall's W) */
    public static Coder<RankSums> rankSums() {
        return Summary.RANK_SUMS.coder();
    }

    /** @return the coder of {@link CalibrationSums} (interviewer calibration) */
    public static Coder<CalibrationSums> calibrationSums() {
        return Summary.CALIBRATION_SUMS.coder();
    }

    /** @return the coder of {@link SelectionCounts} (adverse impact) */
    public static Coder<SelectionCounts> selectionCounts() {
        return Summary.SELECTION_COUNTS.coder();
    }

    /** @return the coder of {@link StageCounts} (adverse impact per stage) */
    public static Coder<StageCounts> stageCounts() {
        return Summary.STAGE_COUNTS.coder();
    }

    /** @return the coder of {@link CriterionPassCounts} (adverse impact per criterion) */
    public static Coder<CriterionPassCounts> criterionPassCounts() {
        return Summary.CRITERION_PASS_COUNTS.coder();
    }

    /**
     * Registers every coder of this class for its type.
     *
     * @param registry a pipeline's registry, {@code pipeline.getCoderRegistry()}
     * @throws NullPointerException if {@code registry} is {@code null}
     */
    public static void registerIn(CoderRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        registry.registerCoderForClass(CoincidenceCounts.class, coincidenceCounts());
        registry.registerCoderForClass(CategoryCounts.class, categoryCounts());
        registry.registerCoderForClass(ContingencyTable.class, contingencyTable());
        registry.registerCoderForClass(IccSums.class, iccSums());
        registry.registerCoderForClass(RankSums.class, rankSums());
        registry.registerCoderForClass(CalibrationSums.class, calibrationSums());
        registry.registerCoderForClass(SelectionCounts.class, selectionCounts());
        registry.registerCoderForClass(StageCounts.class, stageCounts());
        registry.registerCoderForClass(CriterionPassCounts.class, criterionPassCounts());
    }
}
