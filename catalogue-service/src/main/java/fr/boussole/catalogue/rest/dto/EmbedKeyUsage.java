package fr.boussole.catalogue.rest.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often a key's catalogue was shown, and refused to origins it does not allow, day by day. */
@Schema(name = "EmbedKeyUsage")
public record EmbedKeyUsage(String key, LocalDate since, LocalDate until, long shown, long refused, List<Day> days) {

    public record Day(LocalDate day, long shown, long refused) {
    }
}
