package fr.boussole.commons.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class PresentPropertiesTest {

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Schema type(SchemaType... types) {
        return OASFactory.createSchema().type(List.of(types));
    }

    private static OpenAPI contract() {
        Schema view = OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .addProperty("id", type(SchemaType.STRING))
                .addProperty("score", type(SchemaType.INTEGER, SchemaType.NULL))
                .addProperty("level", OASFactory.createSchema().description("once submitted")
                        .anyOf(List.of(ref("Level"), type(SchemaType.NULL))))
                .addProperty("sharing", ref("Sharing").type(List.of(SchemaType.OBJECT, SchemaType.NULL)))
                .addProperty("contact", ref("Contact"));
        Schema draft = OASFactory.createSchema().type(List.of(SchemaType.OBJECT)).required(List.of("name"))
                .addProperty("name", type(SchemaType.STRING))
                .addProperty("contact", ref("Contact"));
        Schema contact = OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .addProperty("email", type(SchemaType.STRING))
                .addProperty("phone", type(SchemaType.STRING, SchemaType.NULL));
        Schema sharing = OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .addProperty("cci", type(SchemaType.STRING));
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("View", view).addSchema("Draft", draft).addSchema("Contact", contact)
                .addSchema("Sharing", sharing).addSchema("Level", type(SchemaType.STRING))
                .addSchema("Failure", OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                        .addProperty("why", type(SchemaType.STRING))));
        openAPI.paths(OASFactory.createPaths().addPathItem("/things", OASFactory.createPathItem()
                .PUT(OASFactory.createOperation()
                        .requestBody(OASFactory.createRequestBody().content(json(ref("Draft"))))
                        .responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", OASFactory.createAPIResponse().content(json(ref("View"))))
                                .addAPIResponse("400", OASFactory.createAPIResponse()
                                        .content(json(ref("Failure"))))))));
        return openAPI;
    }

    private static org.eclipse.microprofile.openapi.models.media.Content json(Schema schema) {
        return OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(schema));
    }

    @Test
    void aViewRequiresWhatItAlwaysHasAndNoPropertyAdmitsNull() {
        OpenAPI openAPI = contract();

        PresentProperties.apply(openAPI);

        Schema view = openAPI.getComponents().getSchemas().get("View");
        assertThat(view.getRequired()).containsExactly("id", "contact");
        assertThat(view.getProperties().get("score").getType()).containsExactly(SchemaType.INTEGER);
        Schema level = view.getProperties().get("level");
        assertThat(level.getRef()).isEqualTo("#/components/schemas/Level");
        assertThat(level.getAnyOf()).isNull();
        assertThat(level.getDescription()).isEqualTo("once submitted");
        assertThat(view.getProperties().get("sharing").getRef()).isEqualTo("#/components/schemas/Sharing");
        assertThat(view.getProperties().get("sharing").getType()).isNull();
    }

    @Test
    void aSchemaRequestsAlsoCarryKeepsTheRequiredItsValidationStates() {
        OpenAPI openAPI = contract();

        PresentProperties.apply(openAPI);

        assertThat(openAPI.getComponents().getSchemas().get("Draft").getRequired()).containsExactly("name");
        Schema contact = openAPI.getComponents().getSchemas().get("Contact");
        assertThat(contact.getRequired()).isNull();
        assertThat(contact.getProperties().get("phone").getType()).containsExactly(SchemaType.STRING);
    }

    @Test
    void whatASuccessAnswerReachesIsAViewAndAnErrorAnswerIsLeftAsIs() {
        OpenAPI openAPI = contract();

        PresentProperties.apply(openAPI);

        assertThat(openAPI.getComponents().getSchemas().get("Sharing").getRequired()).containsExactly("cci");
        assertThat(openAPI.getComponents().getSchemas().get("Failure").getRequired()).isNull();
    }
}
