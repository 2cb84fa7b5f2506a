package de.kreisunna.ikz.membership.resolution;

/**
 * The body that passed a resolution: a town's council (Rat), the district's committee (Kreisausschuss) or
 * council (Kreistag), or the conference of the mayors of the district (Bürgermeisterkonferenz), which only
 * recommends.
 */
public enum Body {
    RAT("Rat"),
    KREISAUSSCHUSS("Kreisausschuss"),
    KREISTAG("Kreistag"),
    BUERGERMEISTERKONFERENZ("Bürgermeisterkonferenz");

    private final String label;

    Body(String label) {
        this.label = label;
    }

    /** The body's German name, as the papers write it. */
    public String label() {
        return label;
    }
}
