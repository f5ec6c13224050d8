package fr.boussole.catalogue.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.catalogue.domain.AiActClassification;
import fr.boussole.catalogue.rest.dto.AiActMilestone;
import fr.boussole.catalogue.rest.dto.GuidanceItem;
import fr.boussole.catalogue.rest.dto.GuidanceView;
import fr.boussole.catalogue.rest.dto.UseCaseAiAct;
import fr.boussole.commons.config.SeedFiles;
import fr.boussole.commons.i18n.Language;

/**
 * The guide's advice and the AI Act as data, each point with its source and the day it was checked
 * ({@code seed/guidance.json}), and what a use case's AI Act category (curated with the use case) asks of the SME that
 * deploys it. Read once; a change of the law is a change of this file, not of code.
 */
@ApplicationScoped
public class GuidanceService {

    static final String GUIDANCE = "seed/guidance.json";

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

    private final Content content;

    GuidanceService(ObjectMapper mapper) {
        this.content = SeedFiles.read(mapper, GUIDANCE, new TypeReference<Content>() {
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

    /**
     * A use case's AI Act category, why, and the duties of a company that deploys it, with the category's legal
     * source; null while the use case is not classified.
     */
    public UseCaseAiAct aiAct(AiActClassification classification, Language language) {
        if (classification == null) {
            return null;
        }
        String category = classification.category().name();
        List<AiActMilestone> duties = content.aiAct().calendar().stream()
                .filter(item -> item.deployerDuty() && item.appliesTo().contains(category))
                .map(item -> item.milestone(language)).toList();
        Item categoryItem = content.aiAct().categories().stream().filter(item -> item.code().equals(category))
                .findFirst().orElseThrow(() -> new IllegalStateException(GUIDANCE + " has no AI Act category "
                        + category));
        String reasoning = language == Language.EN && classification.reasoningEn() != null
                ? classification.reasoningEn() : classification.reasoningFr();
        return new UseCaseAiAct(category, reasoning, duties, content.aiAct().serviceDeskUrl(), categoryItem.source(),
                categoryItem.sourceUrl(), classification.checkedOn());
    }

    private static List<GuidanceItem> in(List<Item> items, Language language) {
        return items.stream().map(item -> item.in(language)).toList();
    }
}
