package org.redress.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tie a mediator declared to a merchant, a platform or a party; it bars them from cases involving it. */
@Entity
@Table(name = "mediator_tie")
public class MediatorTie {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mediator_tie_seq")
    @SequenceGenerator(name = "mediator_tie_seq", sequenceName = "mediator_tie_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 50)
    private String mediator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TieKind kind;

    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(length = 100)
    private String platform;

    @Column(name = "party_name", length = 100)
    private String partyName;

    @Column(length = 500)
    private String note;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected MediatorTie() {
    }

    MediatorTie(String mediator, TieKind kind, Long merchantId, String platform, String partyName, String note,
                Instant declaredAt) {
        this.mediator = mediator;
        this.kind = kind;
        this.merchantId = merchantId;
        this.platform = platform;
        this.partyName = partyName;
        this.note = note;
        this.declaredAt = declaredAt;
    }

    public Long getId() {
        return id;
    }

    public String getMediator() {
        return mediator;
    }

    public TieKind getKind() {
        return kind;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public String getPlatform() {
        return platform;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getNote() {
        return note;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
