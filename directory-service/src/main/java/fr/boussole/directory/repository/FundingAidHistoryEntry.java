package fr.boussole.directory.repository;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.boussole.commons.workflow.CurationHistoryEntry;

/** One change a curator made to a funding aid; an aid is known by its id, kept in the entry's slug. */
@Entity
@Table(name = "funding_aid_history")
@AttributeOverride(name = "slug", column = @Column(name = "aid_id"))
public class FundingAidHistoryEntry extends CurationHistoryEntry {
}
