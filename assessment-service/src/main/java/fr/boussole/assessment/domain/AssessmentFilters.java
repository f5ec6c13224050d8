package fr.boussole.assessment.domain;

import java.time.Instant;

import fr.boussole.assessment.scoring.ReadinessLevel;

/** The workspace's filters; a null one does not filter. {@code since}/{@code until} bound the last update. */
public record AssessmentFilters(AssessmentStatus status, ReadinessLevel level, String sector, String region,
        FollowUp followUp, String siren, Instant since, Instant until) {
}
