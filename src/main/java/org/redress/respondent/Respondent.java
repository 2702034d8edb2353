package org.redress.respondent;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A respondent organisation: one or several merchant records, a platform, or a platform's payment provider. */
@Entity
@Table(name = "respondent")
class Respondent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "respondent_seq")
    @SequenceGenerator(name = "respondent_seq", sequenceName = "respondent_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RespondentKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "platform_code", length = 30)
    private String platformCode;

    @Column(name = "provider_name", length = 100)
    private String providerName;

    @ElementCollection
    @CollectionTable(name = "respondent_merchant", joinColumns = @JoinColumn(name = "respondent_id"))
    @Column(name = "merchant_id")
    private Set<Long> merchantIds = new HashSet<>();

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Respondent() {
    }

    Respondent(RespondentKind kind, String name, String platformCode, String providerName, Set<Long> merchantIds,
               String createdBy, Instant createdAt) {
        this.kind = kind;
        this.name = name;
        this.platformCode = platformCode;
        this.providerName = providerName;
        this.merchantIds.addAll(merchantIds);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    RespondentKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    String getPlatformCode() {
        return platformCode;
    }

    Set<Long> getMerchantIds() {
        return merchantIds;
    }
}
