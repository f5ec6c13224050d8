package fr.boussole.assessment.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import fr.boussole.assessment.domain.AssessmentOrigin;
import fr.boussole.assessment.domain.Caller;
import fr.boussole.assessment.repository.Assessment;
import fr.boussole.commons.security.Roles;

/**
 * The object-level rules of assessments (PRODUCT.md, "Roles"). The company is whoever holds an anonymous
 * assessment's resume token, or an {@code sme} user whose SIREN it is. A CCI (its advisors, and its CRM for
 * reading) reaches the assessments its advisors made and those a company shares with it, while the consent lasts.
 * Admins read everything and write nothing. Nobody else learns that an assessment exists.
 *
 * @param sharedWith the CCI the assessment is shared with now, or null
 */
public record AssessmentAccess(Caller caller, Assessment assessment, String sharedWith) {

    public boolean canRead() {
        return caller.isAdmin() || isCompany() || isCci();
    }

    /** Answer a draft and submit it: the company, or an advisor of its CCI during an interview. */
    public boolean canAnswer() {
        return isCompany() || isCciAdvisor();
    }

    /** Give or withdraw a CCI's access: the company's consent alone. */
    public boolean canShare() {
        return isCompany();
    }

    /** Override the level, keep notes and the follow-up status: an advisor of a CCI that has the assessment. */
    public boolean isCciAdvisor() {
        return caller.is(Roles.ADVISOR) && isCci();
    }

    public boolean isCompany() {
        if (assessment.origin == AssessmentOrigin.ANONYMOUS) {
            return caller.resumeToken() != null && MessageDigest.isEqual(
                    ResumeTokens.hash(caller.resumeToken()).getBytes(StandardCharsets.US_ASCII),
                    assessment.resumeTokenHash.getBytes(StandardCharsets.US_ASCII));
        }
        return caller.is(Roles.SME) && assessment.siren != null && assessment.siren.equals(caller.siren());
    }

    private boolean isCci() {
        return caller.speaksFor(assessment.ownerCci) || caller.speaksFor(sharedWith);
    }
}
