package fr.boussole.catalogue.domain;

/**
 * Where a use of AI stands under the EU AI Act (Regulation (EU) 2024/1689): a prohibited practice (Art. 5), a
 * high-risk system (Art. 6 with Annex I or III), a system with transparency duties (Art. 50), or minimal risk.
 */
public enum AiActCategory {
    PROHIBITED, HIGH_RISK, TRANSPARENCY, MINIMAL
}
