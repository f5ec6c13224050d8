package fr.boussole.commons.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether a service loads its seed data files at startup ({@code boussole.seed.enabled}, on by default). */
@ConfigMapping(prefix = "boussole.seed")
public interface SeedConfig {

    @WithDefault("true")
    boolean enabled();
}
