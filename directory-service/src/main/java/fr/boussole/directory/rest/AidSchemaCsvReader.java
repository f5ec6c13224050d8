package fr.boussole.directory.rest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import fr.boussole.commons.csv.Csv;
import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import fr.boussole.directory.rest.dto.AidSchemaRecord;
import fr.boussole.directory.service.aid.AidSchemaMapper;

/**
 * Aids in the data.gouv.fr schema as a CSV file (what the export gives, or a French spreadsheet saves): the header
 * line names the columns, in any order, separated by commas or semicolons. A malformed file is a 400 problem naming
 * the line ({@code body}), a wrong header {@code header}, a row of the wrong width {@code [n]}. Read in UTF-8 unless
 * the request names another charset (data.gouv.fr's files are UTF-8).
 */
@Provider
@Consumes(Csv.MEDIA_TYPE)
public class AidSchemaCsvReader implements MessageBodyReader<List<AidSchemaRecord>> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return List.class.equals(type) && genericType instanceof ParameterizedType list
                && AidSchemaRecord.class.equals(list.getActualTypeArguments()[0]);
    }

    @Override
    public List<AidSchemaRecord> readFrom(Class<List<AidSchemaRecord>> type, Type genericType,
            Annotation[] annotations, MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body)
            throws IOException {
        String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        String text = new String(body.readAllBytes(),
                charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
        List<Csv.Row> rows;
        try {
            rows = Csv.read(text);
        } catch (Csv.MalformedCsvException e) {
            throw ProblemException.invalid("body", "not valid CSV, " + e.getMessage());
        }
        List<FieldError> errors = new ArrayList<>();
        List<AidSchemaRecord> records = AidSchemaMapper.records(rows, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, Problems.invalidFieldsDetail(errors.size()),
                    errors);
        }
        return records;
    }
}
