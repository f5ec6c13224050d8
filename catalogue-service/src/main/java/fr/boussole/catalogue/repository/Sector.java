package fr.boussole.catalogue.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A business sector of the guide (agriculture, santé, …). */
@Entity
@Table(name = "sector")
public class Sector extends TaxonomyTerm {
}
