package de.kreisunna.ikz.membership.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a draft says: the key facts of its text, its parties, the cost clause and the notice rule
 * and, optionally, a clause sharing costs from a day before it takes effect (the body of {@code PUT /agreements/{id}}).
 */
public record AgreementTerms(
        @Schema(example = "Öffentlich-rechtliche Vereinbarung über die Kopfstelle IKZ Sozialwesen (AsylbLG), Nachfolgevereinbarung 2026")
        @NotBlank @Size(max = 500) String title,
        @Schema(example = "AsylbLG") @NotBlank @Size(max = 100) String subject,
        @Schema(example = "GkG NRW") @NotBlank @Size(max = 100) String legalBasis,
        @Schema(description = "The agreement this one succeeds; it takes over its members when it takes effect", example = "ikz-asylblg-2021")
        @Pattern(regexp = Agreement.ID_PATTERN, message = Agreement.ID_RULE) String predecessorId,
        List<@Valid @NotNull Party> parties,
        @Valid @NotNull CostClause costClause,
        @Valid @NotNull NoticeRule noticeRule,
        @Valid CostSharingClause costSharingFrom) {

    public AgreementTerms {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
