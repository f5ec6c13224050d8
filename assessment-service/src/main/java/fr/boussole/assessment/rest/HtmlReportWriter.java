package fr.boussole.assessment.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import fr.boussole.assessment.report.ReportService.Report;

/**
 * The report as a page: the resource answers a {@link Report} and JAX-RS picks this writer for {@code text/html} (and
 * any type), {@link PdfReportWriter} for {@code application/pdf}. The page has its own styles and inline SVG and
 * nothing else: no script, no remote resource, no framing.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class HtmlReportWriter extends ReportWriter {

    @Override
    public void writeTo(Report report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        headers.putSingle("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
        body.write(reports.html(report).getBytes(StandardCharsets.UTF_8));
    }
}
