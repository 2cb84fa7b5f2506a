package de.kreisunna.ikz.membership.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person or office to ask about the town's part in the cooperation. */
@Embeddable
public record Contact(
        @Schema(example = "Kopfstelle IKZ Sozialwesen")
        @Column(name = "contact_name") @NotBlank @Size(max = 200) String name,
        @Schema(example = "kopfstelle-sozialwesen@luenen.example")
        @Column(name = "contact_email") @Email @Size(max = 200) String email,
        @Schema(example = "+49 2306 104-0") @Column(name = "contact_phone") @Size(max = 50) String phone) {
}
