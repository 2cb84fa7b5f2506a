package de.kreisunna.ikz.membership.history;

import de.kreisunna.ikz.membership.agreement.NewAgreement;
import de.kreisunna.ikz.membership.agreement.EntryIntoForce;
import de.kreisunna.ikz.membership.municipality.Ags;
import de.kreisunna.ikz.membership.municipality.CostShare;
import de.kreisunna.ikz.membership.municipality.GoLive;
import de.kreisunna.ikz.membership.municipality.Registration;
import de.kreisunna.ikz.membership.resolution.Resolution;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A readable record of the cooperation's history ({@code deployment/data/ikz-history.json}), replayed step by
 * step through the same services as the API. Every part has the shape of the API request that creates it;
 * {@code notes} tell the reader what the sources say and what is assumed.
 */
public record HistoryDocument(
        @Schema(example = "IKZ Einheitliches Sozialwesen (AsylbLG), Kreis Unna: the cooperation from 2019 to 2022")
        @NotBlank String title,
        List<String> notes,
        @NotEmpty List<@Valid @NotNull Registration> municipalities,
        List<@Valid @NotNull ProcedureUse> procedureUse,
        @NotEmpty List<@Valid @NotNull AgreementHistory> agreements,
        List<@Valid @NotNull InterimCostSharing> interimCostSharing) {

    public HistoryDocument {
        procedureUse = procedureUse == null ? List.of() : List.copyOf(procedureUse);
        interimCostSharing = interimCostSharing == null ? List.of() : List.copyOf(interimCostSharing);
    }

    /** The day a town went live on the shared installation (it uses the procedure from then on, party or not). */
    public record ProcedureUse(
            @Schema(example = "05978032") @NotBlank @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String ags,
            @Schema(example = "2020-07-01") @NotNull LocalDate goLiveOn,
            @Schema(example = "Selm transferred its instance to the shared installation (paper 215/21)")
            @Size(max = 1000) String note) {

        public GoLive goLive() {
            return new GoLive(goLiveOn, note);
        }
    }

    /** A recorded decision that a town using the procedure before it is a party shares an agreement's costs meanwhile. */
    public record InterimCostSharing(
            @Schema(example = "05978032") @NotBlank @Pattern(regexp = Ags.PATTERN, message = Ags.RULE) String ags,
            @Valid @NotNull CostShare decision) {
    }

    /**
     * One agreement's history in the order it is replayed: the draft, its resolutions, its conclusion, its entry
     * into force (supervisory approval, publication, a later day of effect if named; its MEMBER parties become
     * members then, a successor takes over its predecessor's members).
     */
    public record AgreementHistory(
            @Valid @NotNull NewAgreement agreement,
            List<@Valid @NotNull Resolution> resolutions,
            @Schema(example = "2021-12-15") LocalDate concludedOn,
            @Valid EntryIntoForce entryIntoForce) {

        public AgreementHistory {
            resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        }
    }
}
