package fr.boussole.catalogue.repository;

/** The kinds of data a use case needs. */
public enum DataKind {
    TABULAR, TEXT, IMAGES, VIDEO, SENSOR_IOT, GEODATA, AUDIO
}
