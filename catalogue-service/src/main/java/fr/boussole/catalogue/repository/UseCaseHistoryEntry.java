package fr.boussole.catalogue.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.boussole.commons.workflow.CurationHistoryEntry;

/** One change a curator made to a use case. */
@Entity
@Table(name = "use_case_history")
public class UseCaseHistoryEntry extends CurationHistoryEntry {
}
