package de.kreisunna.ikz.membership.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person or office to ask about the town's part in the cooperation. */
@Embeddable
public record Contact(
        @Column(name = "contact_name") @NotBlank @Size(max = 200) String name,
        @Column(name = "contact_email") @Email @Size(max = 200) String email,
        @Column(name = "contact_phone") @Size(max = 50) String phone) {
}
