package fr.boussole.catalogue.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.catalogue.rest.dto.TermDetails;
import fr.boussole.catalogue.rest.dto.TermSummary;
import fr.boussole.catalogue.rest.dto.TermUpdate;
import fr.boussole.catalogue.service.Taxonomy;
import fr.boussole.catalogue.service.TaxonomyService;
import fr.boussole.commons.http.ConditionalResponses;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The HTTP side shared by the sector and business-function resources: language negotiation, caching headers,
 * paging links and entity tags around {@link TaxonomyService}.
 */
@ApplicationScoped
class TaxonomyResponses {

    private final TaxonomyService service;
    private final ConditionalResponses conditional;

    TaxonomyResponses(TaxonomyService service, ConditionalResponses conditional) {
        this.service = service;
        this.conditional = conditional;
    }

    RestResponse<Page<TermSummary>> list(Taxonomy taxonomy, PageParams paging, Language language,
            Request request, UriInfo uriInfo) {
        Page<TermSummary> page = service.list(taxonomy, language, paging);
        return language.label(conditional.ok(request, page, ConditionalResponses.PUBLIC_FIVE_MINUTES))
                .links(PageLinks.of(page, uriInfo))
                .build();
    }

    RestResponse<TermDetails> get(Taxonomy taxonomy, String code, Language language, Request request) {
        TermDetails term = service.get(taxonomy, code, language);
        return language.label(conditional.ok(request, term, EntityTags.versioned(term.version(), language),
                ConditionalResponses.PUBLIC_FIVE_MINUTES)).build();
    }

    RestResponse<TermDetails> update(Taxonomy taxonomy, String code, String ifMatch, TermUpdate update,
            SecurityIdentity identity, Language language) {
        TermDetails term = service.update(taxonomy, code, ifMatch, update, identity.getPrincipal().getName(),
                language);
        return language.label(RestResponse.ResponseBuilder.ok(term))
                .tag(EntityTags.versioned(term.version(), language))
                .build();
    }
}
