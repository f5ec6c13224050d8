package fr.boussole.directory.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import fr.boussole.commons.csv.Csv;
import fr.boussole.directory.rest.dto.AidSchemaExport;
import fr.boussole.directory.rest.dto.AidSchemaRecord;

/**
 * The aids' export as CSV: the schema's header line, then a line per aid, in UTF-8, to save as a file. A text a
 * spreadsheet would run as a formula is made inert (CSV injection); the import undoes it.
 */
@Provider
@Produces(Csv.MEDIA_TYPE)
public class AidSchemaCsvWriter implements MessageBodyWriter<AidSchemaExport> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return AidSchemaExport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(AidSchemaExport export, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, Csv.MEDIA_TYPE + ";charset=UTF-8");
        headers.putSingle("Content-Disposition", "attachment; filename=\"aides.csv\"");
        StringBuilder csv = new StringBuilder(Csv.line(AidSchemaRecord.COLUMNS));
        export.aids().forEach(record -> csv.append(Csv.line(record.row().stream().map(Csv::inert).toList())));
        body.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
