package de.kreisunna.ikz.costing.licence;

import de.kreisunna.ikz.platform.town.Ags;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Tolerant reader of {@code ikz.support.LicenceChanged.v1}: a granted request for additional licences,
 * {@code quantity} more licences of {@code product} for town {@code ags} from {@code effectiveFrom}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LicenceChangedV1(String requestId, String ags, String product, Integer quantity, LocalDate effectiveFrom) {

    public static final String TYPE = "ikz.support.LicenceChanged.v1";

    /** Checks what the licence counts rely on; a violation makes the event poison (dead-letter topic). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (requestId == null || requestId.isBlank()) {
            problems.add("requestId missing");
        }
        if (!Ags.isValid(ags)) {
            problems.add("ags missing or not an AGS");
        }
        if (product == null || product.isBlank()) {
            problems.add("product missing");
        }
        if (quantity == null || quantity < 1) {
            problems.add("quantity missing or less than 1");
        }
        if (effectiveFrom == null) {
            problems.add("effectiveFrom missing");
        }
        return problems;
    }
}
