package de.kreisunna.ikz.membership.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft to create: its id (also the event key) and its terms (the body of {@code POST /agreements}). */
public record NewAgreement(
        @Schema(description = "3 to 50 lower-case letters, digits or '-'; also the key of its events", example = "ikz-asylblg-2026")
        @NotBlank @Pattern(regexp = Agreement.ID_PATTERN, message = Agreement.ID_RULE) String id,
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

    public AgreementTerms terms() {
        return new AgreementTerms(title, subject, legalBasis, predecessorId, parties, costClause, noticeRule, costSharingFrom);
    }
}
