package io.github.interviewkit.analytics;

import java.util.List;
import java.util.Optional;

/**
 * Interviewer calibration over many panels: one {@link InterviewerCalibration} per interviewer,
 * sorted by id, under one {@link CalibrationPolicy}. Made by {@link PanelAnalytics#calibration}
 * or finished from {@link CalibrationSums}.
 */
public final class Calibration implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final CalibrationPolicy policy;
    // An unmodifiable copy of serializable elements: serializable, whatever its declared type.
    @SuppressWarnings("serial")
    private final List<InterviewerCalibration> interviewers;

    Calibration(CalibrationPolicy policy, List<InterviewerCalibration> interviewers) {
        this.policy = policy;
        this.interviewers = List.copyOf(interviewers);
    }

    /** @return the policy the flags were decided under */
    public CalibrationPolicy policy() {
        return policy;
    }

    /** @return every interviewer, sorted by id */
    public List<InterviewerCalibration> interviewers() {
        return interviewers;
    }

    /**
     * Returns one interviewer's calibration.
     *
     * @param interviewerId the interviewer's id
     * @return the calibration, or empty if the interviewer sat on none of the panels
     * @throws NullPointerException if {@code interviewerId} is {@code null}
     */
    public Optional<InterviewerCalibration> interviewer(String interviewerId) {
        java.util.Objects.requireNonNull(interviewerId, "interviewerId");
        return interviewers.stream().filter(i -> i.interviewerId().equals(interviewerId)).findFirst();
    }

    /** @return the interviewers flagged {@link CalibrationFlag#LENIENT} or {@link CalibrationFlag#SEVERE}, sorted by id */
    public List<InterviewerCalibration> flagged() {
        return interviewers.stream()
                .filter(i -> i.flag() == CalibrationFlag.LENIENT || i.flag() == CalibrationFlag.SEVERE)
                .toList();
    }

    /** @return one line per interviewer */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Calibration ").append(policy);
        for (InterviewerCalibration interviewer : interviewers) {
            text.append("\n").append("  ").append(interviewer);
        }
        return text.toString();
    }
}
