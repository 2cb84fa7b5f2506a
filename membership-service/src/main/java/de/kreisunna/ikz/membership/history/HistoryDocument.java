package de.kreisunna.ikz.membership.history;

import de.kreisunna.ikz.membership.agreement.NewAgreement;
import de.kreisunna.ikz.membership.membership.Accession;
import de.kreisunna.ikz.membership.municipality.Registration;
import de.kreisunna.ikz.membership.resolution.Resolution;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A readable record of the cooperation's history ({@code deployment/data/ikz-history.json}), replayed step by
 * step through the same services as the API. Every part has the shape of the API request that creates it;
 * {@code notes} tell the reader what the sources say and what is assumed.
 */
public record HistoryDocument(
        @NotBlank String title,
        List<String> notes,
        @NotEmpty List<@Valid @NotNull Registration> municipalities,
        @NotEmpty List<@Valid @NotNull AgreementHistory> agreements) {

    /**
     * One agreement's history in the order it is replayed: the draft, its resolutions, its conclusion, its entry
     * into force (a successor takes over its predecessor's members then), the accessions.
     */
    public record AgreementHistory(
            @Valid @NotNull NewAgreement agreement,
            List<@Valid @NotNull Resolution> resolutions,
            LocalDate concludedOn,
            LocalDate inForceFrom,
            List<@Valid @NotNull Accession> members) {

        public AgreementHistory {
            resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
            members = members == null ? List.of() : List.copyOf(members);
        }
    }
}
