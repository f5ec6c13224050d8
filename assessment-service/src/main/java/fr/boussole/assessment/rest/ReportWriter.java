package fr.boussole.assessment.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyWriter;

import fr.boussole.assessment.report.ReportService;
import fr.boussole.assessment.report.ReportService.Report;

/** What the report's writers share: they write a {@link Report}, rendered by {@link ReportService}. */
abstract class ReportWriter implements MessageBodyWriter<Report> {

    @Inject
    ReportService reports;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Report.class.isAssignableFrom(type);
    }
}
