package fr.boussole.catalogue.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Partner-site embedding of the catalogue. */
@ConfigMapping(prefix = "boussole.embed")
public interface EmbedSettings {

    /** The gateway's public URL, which partner pages load the widget from (it goes into each key's snippet). */
    @WithDefault("http://localhost:8080")
    String publicUrl();
}
