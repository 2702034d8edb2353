package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A consent the consumer gave or refused, with when and through which channel it was recorded. */
@Embeddable
public record Consent(
        @Column(nullable = false) boolean given,
        LocalDate recordedOn,
        @Enumerated(EnumType.STRING) @Column(length = 20) Channel channel) {

    public static Consent none() {
        return new Consent(false, null, null);
    }
}
