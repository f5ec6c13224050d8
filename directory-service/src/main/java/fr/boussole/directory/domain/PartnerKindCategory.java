package fr.boussole.directory.domain;

/** A kind of partner to work with, or a channel to get informed through. */
public enum PartnerKindCategory {
    PARTNER, INFORMATION_CHANNEL
}
