package fr.boussole.directory.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person to talk to at a partner: personal data, shown only to curators and admins. */
@Schema(name = "PartnerContact")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerContact(
        @Size(max = 120) @Schema(examples = "Camille Martin") String name,
        @Email @Size(max = 200) @Schema(examples = "camille.martin@example.org") String email,
        @Pattern(regexp = "^\\+?[0-9 .()-]{6,30}$", message = "must be a phone number") @Size(max = 31)
        @Schema(examples = "+33 1 23 45 67 89") String phone) {
}
