package fr.boussole.commons.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class CurationTextsTest {

    private static Operation operation(String tag) {
        return OASFactory.createOperation().operationId("listCurated{ItemsId}").summary("Publish a {item}")
                .description("A new draft; {creation}. {publication} (422). Every {item}, {items}.").addTag(tag)
                .addParameter(OASFactory.createParameter().name("slug").in(Parameter.In.PATH)
                        .description("{Item} slug").example("{example}"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("409",
                        OASFactory.createAPIResponse().description("A {item} with this slug exists")));
    }

    private static OpenAPI contract(Object vocabulary, Operation... operations) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths())
                .addTag(OASFactory.createTag().name("Use case curation").addExtension("x-curation", vocabulary))
                .addTag(OASFactory.createTag().name("Other"));
        for (int i = 0; i < operations.length; i++) {
            openAPI.getPaths().addPathItem("/p" + i, OASFactory.createPathItem().GET(operations[i]));
        }
        return openAPI;
    }

    @Test
    void theTagsVocabularyNamesTheContentInItsOperationsOnly() {
        Operation curated = operation("Use case curation");
        Operation other = operation("Other");
        OpenAPI openAPI = contract(Map.of("item", "use case", "example", "tri-candidatures",
                "creation", "it needs a title", "publication", "It must be complete"), curated, other);

        CurationTexts.fill(openAPI);

        assertThat(curated.getOperationId()).isEqualTo("listCuratedUseCases");
        assertThat(curated.getSummary()).isEqualTo("Publish a use case");
        assertThat(curated.getDescription())
                .isEqualTo("A new draft; it needs a title. It must be complete (422). Every use case, use cases.");
        assertThat(curated.getParameters().get(0).getDescription()).isEqualTo("Use case slug");
        assertThat(curated.getParameters().get(0).getExample()).isEqualTo("tri-candidatures");
        assertThat(curated.getResponses().getAPIResponse("409").getDescription())
                .isEqualTo("A use case with this slug exists");
        assertThat(other.getOperationId()).isEqualTo("listCurated{ItemsId}");
        assertThat(openAPI.getTags().get(0).getExtensions()).doesNotContainKey("x-curation");
    }

    @Test
    void theCreationAnswersTheRepresentationOfTheReadOfOne() {
        var draftBody = OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/UseCaseCuratedView")));
        Operation create = OASFactory.createOperation().operationId("create{ItemId}").addTag("Use case curation")
                .responses(OASFactory.createAPIResponses().addAPIResponse("201",
                        OASFactory.createAPIResponse().description("The draft")));
        Operation read = OASFactory.createOperation().operationId("getCurated{ItemId}").addTag("Use case curation")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("The {item}").content(draftBody)));
        OpenAPI openAPI = contract(Map.of("item", "use case", "example", "tri-candidatures",
                "creation", "it needs a title", "publication", "It must be complete"), create, read);

        CurationTexts.fill(openAPI);

        assertThat(create.getResponses().getAPIResponse("201").getContent()).isSameAs(draftBody);
    }

    @Test
    void aVocabularyWithoutAWordIsAMistakeOfTheCode() {
        OpenAPI openAPI = contract(Map.of("item", "partner", "example", "datavue"), operation("Use case curation"));
        assertThatThrownBy(() -> CurationTexts.fill(openAPI)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("creation");
    }
}
