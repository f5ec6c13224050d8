package fr.boussole.assessment.client;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The company's facts the directory judges aids on; what is not known is left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanyProfile(Integer employees, String region, String departement, String naf, LocalDate createdOn,
        Boolean everReceivedInnovationAid, LocalDate lastInnovationAidOn, Boolean innovativeProject) {
}
