package fr.boussole.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import fr.boussole.assessment.mapping.QuestionnaireMapper;
import fr.boussole.assessment.repository.QuestionnaireRepository;
import fr.boussole.assessment.rest.dto.QuestionnaireVersionView;
import fr.boussole.assessment.rest.dto.QuestionnaireView;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;

/** Reads the versions of the readiness questionnaire. */
@ApplicationScoped
@Transactional
public class QuestionnaireService {

    private final QuestionnaireRepository questionnaires;

    QuestionnaireService(QuestionnaireRepository questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Transactional(TxType.SUPPORTS)
    public QuestionnaireView current(Language language) {
        return questionnaires.findCurrent()
                .map(questionnaire -> QuestionnaireMapper.view(questionnaire, language))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No questionnaire is published yet"));
    }

    @Transactional(TxType.SUPPORTS)
    public Page<QuestionnaireVersionView> versions(PageParams paging) {
        return Page.of(questionnaires.listVersions(paging.offset(), paging.size).stream()
                .map(QuestionnaireMapper::version).toList(), paging, questionnaires.count());
    }
}
