package fr.boussole.assessment.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long assessments are kept ({@code boussole.privacy.*}); see docs/record-of-processing.md. */
@ConfigMapping(prefix = "boussole.privacy")
public interface PrivacySettings {

    /** A draft nobody touched for this long is deleted. */
    @WithDefault("180d")
    Duration draftRetention();

    /** A submitted assessment is anonymised this long after its submission; its statistics stay. */
    @WithDefault("1095d")
    Duration submittedRetention();
}
