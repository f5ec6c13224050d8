package fr.boussole.directory.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.boussole.commons.workflow.CurationHistoryEntry;

/** One change a curator made to a partner. */
@Entity
@Table(name = "partner_history")
public class PartnerHistoryEntry extends CurationHistoryEntry {
}
