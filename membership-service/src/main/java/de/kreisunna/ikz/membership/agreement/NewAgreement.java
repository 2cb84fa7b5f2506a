package de.kreisunna.ikz.membership.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A draft to create: its id (also the event key) and its terms (the body of {@code POST /agreements}). */
public record NewAgreement(
        @NotBlank @Pattern(regexp = Agreement.ID_PATTERN, message = Agreement.ID_RULE) String id,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 100) String subject,
        @NotBlank @Size(max = 100) String legalBasis,
        @Pattern(regexp = Agreement.ID_PATTERN, message = Agreement.ID_RULE) String predecessorId,
        List<@Valid @NotNull Party> parties,
        @Valid @NotNull CostClause costClause,
        @Valid @NotNull NoticeRule noticeRule,
        @Valid CostSharingClause costSharingFrom) {

    public AgreementTerms terms() {
        return new AgreementTerms(title, subject, legalBasis, predecessorId, parties, costClause, noticeRule, costSharingFrom);
    }
}
