package fr.boussole.catalogue.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Partner-site embedding of the catalogue. */
@ConfigMapping(prefix = "boussole.embed")
public interface EmbedSettings {

    /** The gateway's public URL, which partner pages load the widget from (it goes into each key's snippet). */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** The demo partner site's key, created at startup when set (demo launchers only). */
    Optional<String> demoKey();

    /** The origins of the demo partner site (application.properties has the launchers' one). */
    List<String> demoOrigins();
}
