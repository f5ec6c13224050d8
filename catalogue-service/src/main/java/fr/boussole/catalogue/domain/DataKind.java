package fr.boussole.catalogue.domain;

/** The kinds of data a use case needs. */
public enum DataKind {
    TABULAR, TEXT, IMAGES, VIDEO, SENSOR_IOT, GEODATA, AUDIO
}
