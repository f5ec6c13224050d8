package fr.boussole.assessment.service.privacy;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Applies the retention limits every night ({@code boussole.privacy.retention-cron}, 03:30 by default). */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final PrivacyService privacy;

    RetentionJob(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @Scheduled(identity = "retention", cron = "${boussole.privacy.retention-cron:0 30 3 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        PrivacyService.Retention done = privacy.applyRetention(Instant.now());
        LOG.infof("Retention: %d draft(s) deleted, %d submitted assessment(s) anonymised", done.draftsDeleted(),
                done.submittedAnonymised());
    }
}
