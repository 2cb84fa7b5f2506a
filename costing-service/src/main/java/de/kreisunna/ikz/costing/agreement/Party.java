package de.kreisunna.ikz.costing.agreement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A party of an agreement and its role: OPERATOR (Kreis Unna), KOPFSTELLE (Stadt Lünen) or MEMBER. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Party(String ags, String name, String role) {

    public static final String OPERATOR = "OPERATOR";
    public static final String KOPFSTELLE = "KOPFSTELLE";
}
