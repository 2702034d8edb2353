package org.redress.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone who speaks for the class: a member consumer (with their case) or another person. */
@Embeddable
public record Representative(
        @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.atMostChars")
        @Column(name = "name", nullable = false, length = 100) String name,
        @Size(max = 200, message = "validation.atMostChars")
        @Column(name = "contact", length = 200) String contact,
        @Column(name = "complaint_id") Long complaintId) {
}
