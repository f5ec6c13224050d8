package fr.boussole.directory.service;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name as the directory compares names typed by people and files: lower case, without accents, punctuation or
 * repeated spaces, so "Île-de-France" and "ILE DE FRANCE", "Innov'up " and "innov up" are one name.
 */
public final class NameKeys {

    private NameKeys() {
    }

    public static String of(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
