package fr.boussole.assessment.scoring;

import fr.boussole.commons.i18n.Language;

/** The four named readiness levels, each from a least overall score. */
public enum ReadinessLevel {
    DISCOVERING(0, "Découverte", "Discovering",
            "Les bases restent à poser : commencer par s'informer et clarifier ce que l'IA apporterait.",
            "The basics are still to be laid: start by learning and clarifying what AI would bring."),
    EXPLORING(25, "Exploration", "Exploring",
            "Des atouts existent : combler les écarts signalés avant de lancer un projet.",
            "Some strengths exist: close the gaps reported before starting a project."),
    READY_TO_PILOT(50, "Prête à expérimenter", "Ready to pilot",
            "Un premier projet pilote, limité et mesuré, peut être lancé avec un partenaire de confiance.",
            "A first pilot, limited and measured, can be started with a trusted partner."),
    READY_TO_SCALE(75, "Prête à déployer", "Ready to scale",
            "L'entreprise peut mener plusieurs projets et les déployer au-delà du pilote.",
            "The company can run several projects and roll them out beyond the pilot.");

    /** The highest level reachable while a necessary condition (digital appetite, project leads) is missing. */
    public static final ReadinessLevel CAP_WITHOUT_NECESSARY = EXPLORING;

    private final int minScore;
    private final LocalizedText name;
    private final LocalizedText meaning;

    ReadinessLevel(int minScore, String nameFr, String nameEn, String meaningFr, String meaningEn) {
        this.minScore = minScore;
        this.name = new LocalizedText(nameFr, nameEn);
        this.meaning = new LocalizedText(meaningFr, meaningEn);
    }

    public int minScore() {
        return minScore;
    }

    public String label(Language language) {
        return name.in(language);
    }

    public String meaning(Language language) {
        return meaning.in(language);
    }

    public static ReadinessLevel ofScore(int score) {
        ReadinessLevel reached = DISCOVERING;
        for (ReadinessLevel level : values()) {
            if (score >= level.minScore) {
                reached = level;
            }
        }
        return reached;
    }

    public ReadinessLevel atMost(ReadinessLevel cap) {
        return compareTo(cap) > 0 ? cap : this;
    }
}
