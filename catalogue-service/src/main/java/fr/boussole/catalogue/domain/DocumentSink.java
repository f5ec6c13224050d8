package fr.boussole.catalogue.domain;

import java.io.IOException;

/** Receives published documents one at a time, as JSON text, while they are streamed from the database. */
@FunctionalInterface
public interface DocumentSink {

    void accept(String document) throws IOException;
}
