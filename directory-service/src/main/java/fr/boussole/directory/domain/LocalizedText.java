package fr.boussole.directory.domain;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.boussole.commons.i18n.Language;

/** A text in French and English. */
@Schema(name = "LocalizedText")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedText(@Size(max = 2000) String fr, @Size(max = 2000) String en) {

    public String in(Language language) {
        return language == Language.FR ? fr : en;
    }
}
