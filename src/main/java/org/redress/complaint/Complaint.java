package org.redress.complaint;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;
import org.redress.base.BusinessRuleException;
import org.redress.base.search.ComplaintAnalysisConfigurer;
import org.redress.merchant.Merchant;
import org.redress.merchant.Platform;

/** A consumer's complaint against a merchant: the case the association works on. */
@Entity
@Table(name = "complaint")
@Indexed(index = "complaint")
public class Complaint {

    public static final int NAME_MAX = 100;
    public static final int NARRATIVE_MAX = 20_000;
    public static final int REFERENCE_MAX = 100;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 100)
    private Long id;

    @Version
    private long version;

    @KeywordField(projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(name = "case_number", nullable = false, unique = true, length = 20)
    private String caseNumber;

    @KeywordField(projectable = Projectable.YES)
    @Column(name = "external_id", unique = true, length = REFERENCE_MAX)
    private String externalId;

    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "received_at", nullable = false)
    private LocalDate receivedAt;

    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Embedded
    @IndexedEmbedded(includePaths = {"phone", "province"})
    private ConsumerDetails consumer;

    // Shallow: a complaint is re-indexed when it moves to another merchant (merges do that), not when a merchant
    // record is edited; merchant names are re-indexed by the merchant feature where it renames.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "merchant_id", nullable = false)
    @IndexedEmbedded(includePaths = {"id", "name", "name_keyword"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Merchant merchant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_code", nullable = false)
    @IndexedEmbedded(includePaths = "code")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Platform platform;

    @KeywordField(normalizer = ComplaintAnalysisConfigurer.SORT_NORMALIZER)
    @Column(name = "order_number", length = REFERENCE_MAX)
    private String orderNumber;

    @KeywordField(normalizer = ComplaintAnalysisConfigurer.SORT_NORMALIZER)
    @Column(name = "platform_ticket", length = REFERENCE_MAX)
    private String platformTicket;

    @Column(name = "purchase_date")
    private LocalDate purchaseDate;

    @ScaledNumberField(decimalScale = 2, aggregable = Aggregable.YES)
    @Column(name = "amount_paid", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountPaid;

    @ScaledNumberField(decimalScale = 2, sortable = Sortable.YES, projectable = Projectable.YES,
            aggregable = Aggregable.YES)
    @Column(name = "amount_claimed", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountClaimed;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 20)
    private PaymentMethod paymentMethod;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Category category;

    @FullTextField(name = ComplaintIndex.NARRATIVE_CJK, analyzer = ComplaintAnalysisConfigurer.CJK_BIGRAM,
            projectable = Projectable.YES, highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @FullTextField(name = ComplaintIndex.NARRATIVE_EN, analyzer = ComplaintAnalysisConfigurer.ENGLISH,
            projectable = Projectable.YES, highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @Column(nullable = false, length = NARRATIVE_MAX)
    private String narrative;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ComplaintStatus status = ComplaintStatus.RECEIVED;

    @Column(length = 50)
    private String assignee;

    @Embedded
    private CaseDeadlines deadlines;

    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_target", length = 20)
    private EscalationTarget escalationTarget;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "given", column = @Column(name = "consent_share_given", nullable = false)),
            @AttributeOverride(name = "recordedOn", column = @Column(name = "consent_share_on")),
            @AttributeOverride(name = "channel", column = @Column(name = "consent_share_channel", length = 20))})
    private Consent shareConsent;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "given", column = @Column(name = "consent_publish_given", nullable = false)),
            @AttributeOverride(name = "recordedOn", column = @Column(name = "consent_publish_on")),
            @AttributeOverride(name = "channel", column = @Column(name = "consent_publish_channel", length = 20))})
    private Consent publicationConsent;

    /** Whether the consumer asked for progress notices by SMS and by e-mail (at intake, changeable later). */
    @Column(name = "notify_by_sms", nullable = false)
    private boolean notifyBySms;

    @Column(name = "notify_by_email", nullable = false)
    private boolean notifyByEmail;

    /** The case this one was merged into as a duplicate, or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Complaint mergedInto;

    // Derived columns kept for statistics, so reports group and count in the database without date arithmetic
    // that differs between H2 and PostgreSQL.
    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "received_month", nullable = false, length = 7)
    private String receivedMonth;

    /** Who filed it, as one key for counting distinct consumers (indexed only as a hash, see getConsumerHash). */
    @Column(name = "consumer_key", nullable = false, length = 200)
    private String consumerKey;

    @GenericField(aggregable = Aggregable.YES)
    @Column(name = "resolution_days")
    private Integer resolutionDays;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    protected Complaint() {
    }

    Complaint(String caseNumber, Instant createdAt, String createdBy, LocalDate acceptDueOn) {
        this.caseNumber = caseNumber;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.deadlines = CaseDeadlines.startingWith(acceptDueOn);
        this.shareConsent = Consent.none();
        this.publicationConsent = Consent.none();
    }

    /**
     * Moves the case to {@code target}, stopping and starting the 12315 clocks. The caller has checked the role; the
     * entity checks that the step is allowed at all.
     */
    void moveTo(ComplaintStatus target, LocalDate today, DeadlinePolicy deadlines, String reason,
                EscalationTarget escalation) {
        if (target == status) {
            throw new BusinessRuleException("error.complaint.caseAlready", status);
        }
        if (!status.canMoveTo(target)) {
            throw new BusinessRuleException("error.complaint.caseCannotMoveAllowed", status, target, status.next());
        }
        if (target == ComplaintStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("error.complaint.rejectionNeedsReason");
        }
        if (target == ComplaintStatus.ESCALATED && escalation == null) {
            throw new BusinessRuleException("error.complaint.sayWhereCaseEscalated");
        }
        if (this.deadlines.step(target, today, deadlines)) {
            deriveResolutionDays();
        }
        status = target;
        statusReason = reason == null || reason.isBlank() ? null : reason.trim();
        escalationTarget = target == ComplaintStatus.ESCALATED ? escalation : escalationTarget;
    }

    /** The bulk import writes rows itself and gives the new case the id it drew from the entity's generator. */
    void assignId(long id) {
        this.id = id;
    }

    // Field setters are package-private: only ComplaintService changes a case, and it audits every change.

    void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    void setReceivedAt(LocalDate receivedAt) {
        this.receivedAt = receivedAt;
        this.receivedMonth = receivedAt == null ? null : YearMonth.from(receivedAt).toString();
        deriveResolutionDays();
    }

    void setChannel(Channel channel) {
        this.channel = channel;
    }

    void setConsumer(ConsumerDetails consumer) {
        this.consumer = consumer;
        this.consumerKey = consumer == null ? null : consumer.identityKey();
    }

    void setMerchant(Merchant merchant) {
        this.merchant = merchant;
    }

    void setPlatform(Platform platform) {
        this.platform = platform;
    }

    void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    void setPlatformTicket(String platformTicket) {
        this.platformTicket = platformTicket;
    }

    void setPurchaseDate(LocalDate purchaseDate) {
        this.purchaseDate = purchaseDate;
    }

    void setAmountPaid(BigDecimal amountPaid) {
        this.amountPaid = amountPaid;
    }

    void setAmountClaimed(BigDecimal amountClaimed) {
        this.amountClaimed = amountClaimed;
    }

    void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    void setCategory(Category category) {
        this.category = category;
    }

    void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    void setShareConsent(Consent shareConsent) {
        this.shareConsent = shareConsent;
    }

    void setPublicationConsent(Consent publicationConsent) {
        this.publicationConsent = publicationConsent;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getExternalId() {
        return externalId;
    }

    public LocalDate getReceivedAt() {
        return receivedAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public ConsumerDetails getConsumer() {
        return consumer;
    }

    public Merchant getMerchant() {
        return merchant;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getPlatformTicket() {
        return platformTicket;
    }

    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public BigDecimal getAmountClaimed() {
        return amountClaimed;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public Category getCategory() {
        return category;
    }

    public String getNarrative() {
        return narrative;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public CaseDeadlines getDeadlines() {
        return deadlines;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public EscalationTarget getEscalationTarget() {
        return escalationTarget;
    }

    public Consent getShareConsent() {
        return shareConsent;
    }

    void setNotices(boolean bySms, boolean byEmail) {
        this.notifyBySms = bySms;
        this.notifyByEmail = byEmail;
    }

    public boolean isNotifyBySms() {
        return notifyBySms;
    }

    public boolean isNotifyByEmail() {
        return notifyByEmail;
    }

    public Consent getPublicationConsent() {
        return publicationConsent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Complaint getMergedInto() {
        return mergedInto;
    }

    /** Folds this case into {@code survivor}: its status becomes MERGED and it points to the survivor. */
    void mergeInto(Complaint survivor) {
        if (survivor == this) {
            throw new BusinessRuleException("error.complaint.caseCannotMergedInto");
        }
        mergedInto = survivor;
        status = ComplaintStatus.MERGED;
        deadlines.pause();
    }

    /** Undoes {@link #mergeInto}: the case is back in the status it had. */
    void unmerge(ComplaintStatus statusBefore) {
        mergedInto = null;
        status = statusBefore;
        deadlines.resume(statusBefore);
    }

    public String getReceivedMonth() {
        return receivedMonth;
    }

    /** Month and category together ("2026-03|NOT_DELIVERED"), for the monthly chart stacked by category. */
    @KeywordField(name = ComplaintIndex.MONTH_CATEGORY, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "receivedMonth")),
            @ObjectPath(@PropertyValue(propertyName = "category"))})
    public String getMonthCategory() {
        return receivedMonth + "|" + category;
    }

    /**
     * The consumer key as a 64-bit hash, indexed (never projected) for counting distinct consumers per group: the
     * Lucene backend counts distinct numbers inside terms buckets, not distinct strings.
     */
    @GenericField(name = ComplaintIndex.CONSUMER_HASH, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "consumerKey")))
    public Long getConsumerHash() {
        if (consumerKey == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(consumerKey.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public String getConsumerKey() {
        return consumerKey;
    }

    public Integer getResolutionDays() {
        return resolutionDays;
    }

    private void deriveResolutionDays() {
        LocalDate concludedOn = deadlines.getConcludedOn();
        resolutionDays = receivedAt == null || concludedOn == null
                ? null : (int) Math.max(0, ChronoUnit.DAYS.between(receivedAt, concludedOn));
    }
}
