package org.redress.agreement;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.redress.base.BusinessRuleException;

/** A mediation agreement. Content changes only while DRAFT; a BINDING agreement is frozen with its hash. */
@Entity
@Table(name = "agreement")
class Agreement {

    static final int RECITALS_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "dispute_id")
    private Long disputeId;

    @Column(name = "case_ref", nullable = false, length = 30)
    private String caseRef;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(nullable = false, length = RECITALS_MAX)
    private String recitals;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @Column(nullable = false)
    private int revision;

    @Column(name = "amends_id")
    private Long amendsId;

    @Column(length = 64)
    private String sha256;

    @Column(name = "binding_at")
    private Instant bindingAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmation_court", length = 200)
    private String confirmationCourt;

    @Column(name = "confirmation_ruling", length = 100)
    private String confirmationRuling;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    @ElementCollection
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<AgreementParty> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_obligation", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Obligation> obligations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_instalment", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Instalment> instalments = new ArrayList<>();

    protected Agreement() {
    }

    Agreement(Long complaintId, Long disputeId, String caseRef, Long sessionId, Long amendsId, String createdBy,
              Instant createdAt) {
        this.complaintId = complaintId;
        this.disputeId = disputeId;
        this.caseRef = caseRef;
        this.sessionId = sessionId;
        this.amendsId = amendsId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Replaces the draft's content; refused once binding, whoever asks. */
    void edit(String newRecitals, List<AgreementParty> newParties, List<Obligation> newObligations,
              List<Instalment> newInstalments) {
        requireDraft();
        recitals = newRecitals;
        parties.clear();
        parties.addAll(newParties);
        obligations.clear();
        obligations.addAll(newObligations);
        instalments.clear();
        instalments.addAll(newInstalments);
        revision++;
    }

    /** Changes one obligation and its instalments in a draft, leaving the rest as it is (no full rewrite). */
    void editObligation(int number, Obligation changed, List<Instalment> its) {
        requireDraft();
        obligations.set(number - 1, changed);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < instalments.size(); i++) {
            if (instalments.get(i).obligation() == number) {
                positions.add(i);
            }
        }
        if (positions.size() == its.size()) {
            for (int i = 0; i < its.size(); i++) {
                instalments.set(positions.get(i), its.get(i));
            }
        } else {
            instalments.removeIf(p -> p.obligation() == number);
            instalments.addAll(its);
        }
        revision++;
    }

    /** A payment changes the tracking of an instalment, never the agreed content. */
    void trackInstalment(int position, Instalment updated) {
        instalments.set(position, updated);
    }

    void bind(String hash, Instant at) {
        requireDraft();
        sha256 = hash;
        bindingAt = at;
        status = AgreementStatus.BINDING;
    }

    /** The court's ruling confirming a binding agreement (司法确认); it is not part of the agreed content. */
    void confirm(String court, String ruling, LocalDate on) {
        if (status != AgreementStatus.BINDING) {
            throw new BusinessRuleException("error.agreement.onlyBindingConfirmed", id);
        }
        confirmationCourt = court;
        confirmationRuling = ruling;
        confirmedOn = on;
    }

    /** Obligation progress changes the tracking, never the agreed content. */
    void track(int number, Obligation updated) {
        obligations.set(number - 1, updated);
    }

    private void requireDraft() {
        if (status != AgreementStatus.DRAFT) {
            throw new BusinessRuleException("error.agreement.agreementBindingCannotChange", id);
        }
    }

    String getConfirmationCourt() {
        return confirmationCourt;
    }

    String getConfirmationRuling() {
        return confirmationRuling;
    }

    LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getComplaintId() {
        return complaintId;
    }

    Long getDisputeId() {
        return disputeId;
    }

    String getCaseRef() {
        return caseRef;
    }

    Long getSessionId() {
        return sessionId;
    }

    String getRecitals() {
        return recitals;
    }

    AgreementStatus getStatus() {
        return status;
    }

    int getRevision() {
        return revision;
    }

    Long getAmendsId() {
        return amendsId;
    }

    String getSha256() {
        return sha256;
    }

    Instant getBindingAt() {
        return bindingAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    List<AgreementParty> getParties() {
        return parties;
    }

    List<Obligation> getObligations() {
        return obligations;
    }

    List<Instalment> getInstalments() {
        return instalments;
    }

    /** The obligation's instalments in order (empty: paid in one by its due date). */
    List<Instalment> instalmentsOf(int number) {
        return instalments.stream().filter(i -> i.obligation() == number).toList();
    }
}
