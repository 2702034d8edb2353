package org.redress.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An agreement as the API and views show it. Field names are part of the API.
 *
 * @param moneyTotal  the sum of all refund and compensation amounts
 * @param perCreditor money owed per creditor (a consumer's case number in a class dispute)
 * @param sha256      the hash of the canonical content, once binding
 * @param confirmation the court's confirmation ruling, once recorded
 */
public record AgreementDetails(long id, AgreementStatus status, String caseRef, Long sessionId, Long amends,
                               int revision, String recitals, List<Party> parties, List<Line> obligations,
                               BigDecimal moneyTotal, Map<String, BigDecimal> perCreditor, String sha256,
                               Instant bindingAt, String createdBy, Instant createdAt,
                               Confirmation confirmation, Payments payments) {

    /** A party, its particulars and its signature, if given. */
    public record Party(String party, PartyRole role, String name, boolean signed, String signerName,
                        String capacity, SignatureMethod method, Instant signedAt, String recordedBy,
                        Particulars particulars) {

        /** The name to print: the mediator's full name where known. */
        public String printedName() {
            return particulars.fullName() != null ? particulars.fullName() : name;
        }
    }

    /** A court's ruling that confirms the agreement (司法确认裁定书). */
    public record Confirmation(String court, String ruling, LocalDate confirmedOn) {
    }

    /** An obligation with its number (1-based), tracking state, instalments and how much of it has been paid. */
    public record Line(int number, String debtor, String creditor, ObligationKind kind, BigDecimal amount,
                       LocalDate dueDate, String description, ObligationStatus status, LocalDate settledOn,
                       String note, List<InstalmentState> instalments, BigDecimal paid) {

        /** What is still owed on this line: nothing once fulfilled or waived. */
        public BigDecimal outstanding() {
            if (amount == null || status == ObligationStatus.FULFILLED || status == ObligationStatus.WAIVED) {
                return BigDecimal.ZERO.setScale(2);
            }
            return amount.subtract(paid);
        }
    }

    /** An instalment as it stands today. */
    public record InstalmentState(int number, BigDecimal amount, LocalDate dueDate, BigDecimal paid,
                                  LocalDate paidOn, InstalmentStatus status) {
    }

    /**
     * The consumers owed money, counted by how far they have been paid: all of it (or settled otherwise), part of
     * it, nothing yet; and those with something overdue.
     */
    public record Payments(long creditors, long paid, long partlyPaid, long unpaid, long overdue,
                           BigDecimal amountPaid, BigDecimal amountOutstanding) {
    }
}
