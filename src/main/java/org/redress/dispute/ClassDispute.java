package org.redress.dispute;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.redress.complaint.Category;
import org.redress.merchant.Merchant;
import org.redress.merchant.Platform;

/** Complaints of many consumers against one merchant (and platform) about one problem, handled as one. */
@Entity
@Table(name = "class_dispute")
class ClassDispute {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_dispute_seq")
    @SequenceGenerator(name = "class_dispute_seq", sequenceName = "class_dispute_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "merchant_id")
    private Merchant merchant;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "platform_code")
    private Platform platform;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Category category;

    @Column(length = 4000)
    private String description;

    @Column(name = "lead_mediator", length = 50)
    private String leadMediator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DisputeStatus status = DisputeStatus.OPEN;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "dispute_representative", joinColumns = @JoinColumn(name = "dispute_id"))
    @OrderColumn(name = "position")
    private List<Representative> representatives = new ArrayList<>();

    protected ClassDispute() {
    }

    ClassDispute(String title, Merchant merchant, Platform platform, Category category, String description,
                 String leadMediator, String createdBy, Instant createdAt) {
        this.title = title;
        this.merchant = merchant;
        this.platform = platform;
        this.category = category;
        this.description = description;
        this.leadMediator = leadMediator;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getTitle() {
        return title;
    }

    Merchant getMerchant() {
        return merchant;
    }

    Platform getPlatform() {
        return platform;
    }

    Category getCategory() {
        return category;
    }

    String getDescription() {
        return description;
    }

    String getLeadMediator() {
        return leadMediator;
    }

    DisputeStatus getStatus() {
        return status;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    List<Representative> getRepresentatives() {
        return representatives;
    }

    void setStatus(DisputeStatus status) {
        this.status = status;
    }

    void setLeadMediator(String leadMediator) {
        this.leadMediator = leadMediator;
    }

    void setRepresentatives(List<Representative> representatives) {
        this.representatives.clear();
        this.representatives.addAll(representatives);
    }
}
