package org.redress.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Someone invited to a session, whether they confirmed, and (once held) whether they came. */
@Embeddable
public record Participant(
        @Column(name = "name", nullable = false, length = 100) String name,
        @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 20) ParticipantRole role,
        @Column(name = "contact", length = 200) String contact,
        @Column(name = "confirmed", nullable = false) boolean confirmed,
        @Column(name = "attended", nullable = false) boolean attended) {

    Participant withConfirmed(boolean value) {
        return new Participant(name, role, contact, value, attended);
    }

    Participant withAttended(boolean value) {
        return new Participant(name, role, contact, confirmed, value);
    }
}
