package de.kreisunna.ikz.membership.municipality;

/** What kind of local authority a party is; a Kreis has a 5-digit AGS, a Stadt or Gemeinde an 8-digit one. */
public enum MunicipalityKind {
    STADT, GEMEINDE, KREIS;

    boolean fits(String ags) {
        return (this == KREIS) == Ags.isDistrict(ags);
    }
}
