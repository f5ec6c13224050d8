package fr.boussole.catalogue.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A business function of the guide (marketing/commercial, production, …). */
@Entity
@Table(name = "business_function")
public class BusinessFunction extends TaxonomyTerm {
}
