package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who complained. Personal data: shown only to case workers, never to regulators. */
@Embeddable
public record ConsumerDetails(
        @Column(name = "consumer_name", nullable = false, length = Complaint.NAME_MAX) String name,
        @Column(name = "consumer_phone", length = 30) String phone,
        @Column(name = "consumer_email", length = 200) String email,
        @Column(name = "province", length = 50) String province,
        @Column(name = "city", length = 50) String city) {
}
