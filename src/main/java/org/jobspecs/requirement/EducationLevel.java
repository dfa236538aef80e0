package org.jobspecs.requirement;

/** The minimum schooling a class asks for, lowest first. */
public enum EducationLevel {
    NONE("none", "No degree or diploma required", ""),
    HIGH_SCHOOL("high-school", "High school diploma", "high school"),
    ASSOCIATE("associate", "Associate degree", "associate degree"),
    BACHELOR("bachelor", "Bachelor's degree", "bachelor degree"),
    MASTER("master", "Master's degree or higher", "postgraduate degree");

    private final String id;
    private final String label;
    private final String credentialCategory;

    EducationLevel(String id, String label, String credentialCategory) {
        this.id = id;
        this.label = label;
        this.credentialCategory = credentialCategory;
    }

    /** "bachelor": the word the labelled set and the open data use. */
    public String id() {
        return id;
    }

    /** "Bachelor's degree": what the class page says. */
    public String label() {
        return label;
    }

    /** schema.org's {@code credentialCategory} for it ("bachelor degree"); empty for none. */
    public String credentialCategory() {
        return credentialCategory;
    }
}
