package de.kreisunna.ikz.support.request;

/** Who works a request: the Kopfstelle (Stadt Lünen) or the operator's IT (Kreis Unna). */
public enum Team {
    KOPFSTELLE,
    OPERATOR_IT
}
