package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** Who complained. Personal data: shown only to case workers, never to regulators. */
@Embeddable
public record ConsumerDetails(
        @Column(name = "consumer_name", nullable = false, length = Complaint.NAME_MAX) String name,
        @KeywordField @Column(name = "consumer_phone", length = 30) String phone,
        @Column(name = "consumer_email", length = 200) String email,
        @KeywordField(aggregable = Aggregable.YES) @Column(name = "province", length = 50) String province,
        @Column(name = "city", length = 50) String city) {

    /**
     * One key per consumer for counting distinct consumers: the phone number, else the e-mail address, else the name.
     * {@code org.redress.statistics} computes the same key in SQL; keep the two in step.
     */
    public String identityKey() {
        if (phone != null && !phone.isBlank()) {
            return phone;
        }
        if (email != null && !email.isBlank()) {
            return email.toLowerCase(Locale.ROOT);
        }
        return name;
    }
}
