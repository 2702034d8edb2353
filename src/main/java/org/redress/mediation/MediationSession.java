package org.redress.mediation;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.redress.base.BusinessRuleException;
import org.redress.base.Message;

/** A mediation session for one complaint or one class dispute. Times are instants; views show them in the user's zone. */
@Entity
@Table(name = "mediation_session")
class MediationSession {

    static final int AGENDA_MAX = 4000;
    static final int NOTE_MAX = 1000;
    static final int MINUTES_MAX = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mediation_session_seq")
    @SequenceGenerator(name = "mediation_session_seq", sequenceName = "mediation_session_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "dispute_id")
    private Long disputeId;

    @Column(name = "case_ref", nullable = false, length = 30)
    private String caseRef;

    @Column(nullable = false, length = 50)
    private String mediator;

    @Column(name = "start_at", nullable = false)
    private Instant start;

    @Column(name = "end_at", nullable = false)
    private Instant end;

    @Column(name = "room_id")
    private Long roomId;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(length = AGENDA_MAX)
    private String agenda;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "cancel_reason", length = NOTE_MAX)
    private String cancelReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SessionOutcome outcome;

    @Column(name = "outcome_note", length = NOTE_MAX)
    private String outcomeNote;

    @Column(name = "next_date")
    private LocalDate nextDate;

    @Column(length = MINUTES_MAX)
    private String minutes;

    @Column(name = "minutes_saved_at")
    private Instant minutesSavedAt;

    @Column(name = "no_conflict_confirmed_by", length = 50)
    private String noConflictConfirmedBy;

    @Column(name = "no_conflict_confirmed_at")
    private Instant noConflictConfirmedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** The iCalendar SEQUENCE: raised on every reschedule or cancellation so calendar programs take the update. */
    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "session_participant", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    protected MediationSession() {
    }

    MediationSession(Long complaintId, Long disputeId, String caseRef, String mediator, Instant start, Instant end,
                     Long roomId, String onlineLink, String agenda, List<Participant> participants, String createdBy,
                     Instant now) {
        this.complaintId = complaintId;
        this.disputeId = disputeId;
        this.caseRef = caseRef;
        this.mediator = mediator;
        this.start = start;
        this.end = end;
        this.roomId = roomId;
        this.onlineLink = onlineLink;
        this.agenda = agenda;
        this.participants = new ArrayList<>(participants);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void reschedule(Instant newStart, Instant newEnd, Instant now) {
        requireScheduled(Message.of("session.action.rescheduled"));
        this.start = newStart;
        this.end = newEnd;
        this.sequenceNumber++;
        this.remindedAt = null;
        this.updatedAt = now;
    }

    void cancel(String reason, Instant now) {
        requireScheduled(Message.of("session.action.cancelled"));
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = reason;
        this.sequenceNumber++;
        this.updatedAt = now;
    }

    void recordOutcome(SessionOutcome value, String note, LocalDate next, Instant now) {
        if (status == SessionStatus.CANCELLED) {
            throw new BusinessRuleException("error.mediation.cancelledSessionHasNo");
        }
        this.status = SessionStatus.HELD;
        this.outcome = value;
        this.outcomeNote = note;
        this.nextDate = next;
        this.updatedAt = now;
    }

    void saveMinutes(String text, Instant now) {
        if (status == SessionStatus.CANCELLED) {
            throw new BusinessRuleException("error.mediation.cancelledSessionTakesNo");
        }
        this.minutes = text;
        this.minutesSavedAt = now;
        this.updatedAt = now;
    }

    void confirmNoConflict(String who, Instant now) {
        this.noConflictConfirmedBy = who;
        this.noConflictConfirmedAt = now;
        this.updatedAt = now;
    }

    void markReminded(Instant now) {
        this.remindedAt = now;
    }

    void setParticipant(int index, Participant participant, Instant now) {
        participants.set(index, participant);
        this.updatedAt = now;
    }

    private void requireScheduled(Message what) {
        if (status != SessionStatus.SCHEDULED) {
            throw new BusinessRuleException("error.mediation.onlyScheduledSessionCan", what, status);
        }
    }

    int durationMinutes() {
        return (int) Duration.between(start, end).toMinutes();
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

    String getMediator() {
        return mediator;
    }

    Instant getStart() {
        return start;
    }

    Instant getEnd() {
        return end;
    }

    Long getRoomId() {
        return roomId;
    }

    String getOnlineLink() {
        return onlineLink;
    }

    String getAgenda() {
        return agenda;
    }

    SessionStatus getStatus() {
        return status;
    }

    String getCancelReason() {
        return cancelReason;
    }

    SessionOutcome getOutcome() {
        return outcome;
    }

    String getOutcomeNote() {
        return outcomeNote;
    }

    LocalDate getNextDate() {
        return nextDate;
    }

    String getMinutes() {
        return minutes;
    }

    Instant getMinutesSavedAt() {
        return minutesSavedAt;
    }

    String getNoConflictConfirmedBy() {
        return noConflictConfirmedBy;
    }

    Instant getNoConflictConfirmedAt() {
        return noConflictConfirmedAt;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }

    int getSequenceNumber() {
        return sequenceNumber;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    List<Participant> getParticipants() {
        return participants;
    }
}
