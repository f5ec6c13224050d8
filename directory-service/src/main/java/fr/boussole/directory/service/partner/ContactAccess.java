package fr.boussole.directory.service.partner;

import fr.boussole.directory.domain.PartnerDocument;

/**
 * Who sees a partner's contact person, personal data: curators and admins every partner's, a company user (its
 * token's {@code siren} claim) the partner that is its own company, nobody else any.
 */
public record ContactAccess(boolean everyPartner, String siren) {

    public static ContactAccess of(boolean curatorOrAdmin, String siren) {
        return new ContactAccess(curatorOrAdmin, siren == null || siren.isBlank() ? null : siren);
    }

    public boolean sees(PartnerDocument partner) {
        return everyPartner || (siren != null && siren.equals(partner.siren()));
    }

    /** Whether an answer to this caller may hold a contact, and so must stay private to it. */
    public boolean mightSeeAny() {
        return everyPartner || siren != null;
    }
}
