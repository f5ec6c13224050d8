package fr.boussole.catalogue.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.catalogue.rest.dto.AiActMilestone;
import fr.boussole.catalogue.rest.dto.GuidanceItem;
import fr.boussole.catalogue.rest.dto.GuidanceView;
import fr.boussole.catalogue.rest.dto.UseCaseAiAct;
import fr.boussole.commons.config.SeedFiles;
import fr.boussole.commons.i18n.Language;

/**
 * The guide's advice and the AI Act as data, each point with its source and the day it was checked
 * ({@code seed/guidance.json}), and the AI Act category of each use case with its reasoning
 * ({@code seed/ai-act-classification.json}). Read once; a change of the law is a change of these files, not of code.
 */
@ApplicationScoped
public class Guidance {

    static final String GUIDANCE = "seed/guidance.json";
    static final String CLASSIFICATION = "seed/ai-act-classification.json";

    record Text(String title, String text) {
    }

    record Item(String code, Text fr, Text en, String source, String sourceUrl, LocalDate checkedOn,
            String confidence, LocalDate date, List<String> appliesTo, boolean deployerDuty) {

        GuidanceItem in(Language language) {
            Text text = language == Language.EN ? en : fr;
            return new GuidanceItem(code, text.title(), text.text(), source, sourceUrl, checkedOn, confidence);
        }

        AiActMilestone milestone(Language language) {
            Text text = language == Language.EN ? en : fr;
            return new AiActMilestone(date, code, text.title(), text.text(), appliesTo, deployerDuty, source,
                    sourceUrl, checkedOn, confidence);
        }
    }

    record AiAct(String serviceDeskUrl, List<Item> categories, List<Item> calendar) {
    }

    record Content(List<Item> partnerCriteria, List<Item> ethicsPillars, List<Item> gdpr, List<Item> gdprChecklist,
            List<Item> cnilMissions, Item dpo, List<Item> pitfalls, List<Item> financing, AiAct aiAct) {
    }

    record Classified(String category, String fr, String en) {
    }

    record Classification(String source, String sourceUrl, LocalDate checkedOn, String note,
            Map<String, Classified> useCases) {
    }

    private final Content content;
    private final Classification classification;

    Guidance(ObjectMapper mapper) {
        this.content = SeedFiles.read(mapper, GUIDANCE, new TypeReference<Content>() {
        });
        this.classification = SeedFiles.read(mapper, CLASSIFICATION, new TypeReference<Classification>() {
        });
    }

    public GuidanceView view(Language language) {
        return new GuidanceView(in(content.partnerCriteria(), language), in(content.ethicsPillars(), language),
                in(content.gdpr(), language), in(content.gdprChecklist(), language),
                in(content.cnilMissions(), language), content.dpo().in(language),
                in(content.pitfalls(), language), in(content.financing(), language),
                new GuidanceView.AiAct(content.aiAct().serviceDeskUrl(), in(content.aiAct().categories(), language),
                        content.aiAct().calendar().stream().map(item -> item.milestone(language)).toList()));
    }

    /** The use case's AI Act category, why, and the duties of a company that deploys it; empty if not classified. */
    public Optional<UseCaseAiAct> aiAct(String slug, Language language) {
        Classified classified = classification.useCases().get(slug);
        if (classified == null) {
            return Optional.empty();
        }
        List<AiActMilestone> duties = content.aiAct().calendar().stream()
                .filter(item -> item.deployerDuty() && item.appliesTo().contains(classified.category()))
                .map(item -> item.milestone(language)).toList();
        return Optional.of(new UseCaseAiAct(classified.category(),
                language == Language.EN ? classified.en() : classified.fr(), duties,
                content.aiAct().serviceDeskUrl(), classification.source(), classification.sourceUrl(),
                classification.checkedOn()));
    }

    /** The slugs the classification covers. */
    Set<String> classified() {
        return classification.useCases().keySet();
    }

    private static List<GuidanceItem> in(List<Item> items, Language language) {
        return items.stream().map(item -> item.in(language)).toList();
    }
}
