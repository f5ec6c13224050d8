package fr.boussole.catalogue.service;

/** The catalogue's two classifications; each is a table of the same shape, seeded from its own file. */
public enum Taxonomy {
    SECTOR("sector", "sector", "seed/sectors.json"),
    BUSINESS_FUNCTION("business_function", "business function", "seed/business-functions.json");

    private final String table;
    private final String label;
    private final String seedFile;

    Taxonomy(String table, String label, String seedFile) {
        this.table = table;
        this.label = label;
        this.seedFile = seedFile;
    }

    public String table() {
        return table;
    }

    public String label() {
        return label;
    }

    public String seedFile() {
        return seedFile;
    }
}
