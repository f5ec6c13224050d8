package fr.boussole.directory.repository;

/** A kind of partner to work with, or a channel to get informed through. */
public enum PartnerKindCategory {
    PARTNER, INFORMATION_CHANNEL
}
