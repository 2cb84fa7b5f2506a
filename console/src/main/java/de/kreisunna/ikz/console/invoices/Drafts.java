package de.kreisunna.ikz.console.invoices;

import java.util.List;

/** The draft invoices a finalized cost run produced, and the towns skipped with the reason. */
public record Drafts(List<Invoice> created, List<Skipped> skipped) {

    public record Skipped(String recipientAgs, String recipientName, String costType, String existingNumber,
            String reason) {
    }
}
