package fr.boussole.assessment.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import fr.boussole.assessment.report.ReportService.Report;

/** The report as a PDF of the same page, to open in place or save (see {@link HtmlReportWriter}). */
@Provider
@Produces(PdfReportWriter.PDF)
public class PdfReportWriter extends ReportWriter {

    static final String PDF = "application/pdf";

    @Override
    public void writeTo(Report report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        headers.putSingle("Content-Disposition", "inline; filename=\"boussole-ia-" + report.assessmentId() + ".pdf\"");
        body.write(reports.pdf(report));
    }
}
