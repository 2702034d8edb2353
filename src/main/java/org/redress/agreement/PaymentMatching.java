package org.redress.agreement;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.CsvTable;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.complaint.ComplaintCandidates;
import org.redress.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments a merchant or platform reports for a binding agreement, matched to the members they were for: each is
 * applied to that member's oldest open instalment, then the next; what exceeds all the member still owes is reported
 * as an over-payment, an instalment left partly open as an under-payment, and a row that cannot be matched (unknown
 * member, bad amount or date, a reference already recorded) is reported with its reason. Nothing is absorbed
 * silently, and a file sent twice is not counted twice.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class PaymentMatching {

    public static final List<String> CSV_COLUMNS = List.of("caseNumber", "amount", "paidOn", "reference");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
    private static final int REFERENCE_MAX = 100;

    private final AgreementRepository agreements;
    private final AgreementPaymentRepository payments;
    private final AgreementSubjects subjects;
    private final AgreementObligations obligations;
    private final ComplaintCandidates complaints;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentMatching(AgreementRepository agreements, AgreementPaymentRepository payments, AgreementSubjects subjects,
                    AgreementObligations obligations, ComplaintCandidates complaints, AuditService audit,
                    CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.complaints = complaints;
        this.agreements = agreements;
        this.payments = payments;
        this.subjects = subjects;
        this.obligations = obligations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A file {@code caseNumber,amount,paidOn,reference}; refused as a whole (409) unless the agreement is binding. */
    public PaymentImportResult importCsv(long agreementId, InputStream csv) {
        Agreement agreement = agreements.require(agreementId);
        if (agreement.getStatus() != AgreementStatus.BINDING) {
            throw new BusinessRuleException("error.agreement.obligationsTrackedOnceAgreement");
        }
        List<CsvTable.Row> rows = CsvTable.read(csv, CSV_COLUMNS);
        AgreementSubject subject = subjects.of(agreement);
        Map<String, List<Integer>> owed = owedByCase(agreement, subject);
        Set<String> references = new HashSet<>(payments.knownReferences(agreementId, rows.stream()
                .map(r -> r.get("reference")).filter(r -> r != null).toList()));
        LocalDate today = LocalDate.now(clock);
        Matcher matcher = new Matcher(agreement, today);
        for (CsvTable.Row row : rows) {
            List<String> reasons = new ArrayList<>();
            String caseNumber = row.get("caseNumber") == null ? null : row.get("caseNumber").toUpperCase(Locale.ROOT);
            if (caseNumber == null) {
                reasons.add(Message.of("csv.consent.caseNumberMissing").text());
            } else if (!owed.containsKey(caseNumber)) {
                reasons.add(Message.of("csv.payment.notInSchedule", caseNumber).text());
            }
            BigDecimal amount = amount(row.get("amount"), reasons);
            LocalDate paidOn = date(row.get("paidOn"), today, reasons);
            String reference = row.get("reference");
            if (reference == null) {
                reasons.add(Message.of("csv.consent.missing", "reference").text());
            } else if (reference.length() > REFERENCE_MAX) {
                reasons.add(Message.of("error.base.mostCharacters", REFERENCE_MAX).text());
            } else if (!references.add(reference)) {
                reasons.add(Message.of("csv.payment.referenceKnown", reference).text());
            }
            if (reasons.isEmpty() && !matcher.apply(row.number(), caseNumber, owed.get(caseNumber), amount, paidOn,
                    reference)) {
                reasons.add(Message.of("csv.payment.nothingOwed", caseNumber, amount.toPlainString()).text());
            }
            if (!reasons.isEmpty()) {
                matcher.unmatched.add(new PaymentImportResult.RowError(row.number(), String.join("; ", reasons)));
            }
        }
        payments.saveAll(matcher.received);
        matcher.settle();
        matcher.received.forEach(p -> events.publishEvent(new PaymentRecorded(agreementId, p.getCaseNumber(),
                p.getAmount(), p.getPaidOn())));
        Map<String, Long> caseIds = new LinkedHashMap<>();
        complaints.byCaseNumbers(matcher.onCases.keySet()).forEach(c -> caseIds.put(c.caseNumber(), c.id()));
        audit.recordEach(AuditSubject.COMPLAINT, AuditAction.PAYMENT_RECEIVED, "agreement", "AG-" + agreementId,
                matcher.onCases.entrySet().stream().filter(e -> caseIds.containsKey(e.getKey()))
                        .map(e -> new AuditService.Subject(caseIds.get(e.getKey()), e.getKey(), e.getValue()))
                        .toList());
        audit.record(AuditSubject.AGREEMENT, agreementId, "AG-" + agreementId, AuditAction.PAYMENTS_IMPORTED, null,
                null, StoredText.encode("audit.value.paymentsImported", matcher.received.size(),
                        matcher.unmatched.size(), matcher.overpaid.size(), matcher.underpaid.size()));
        obligations.settleConsumers(agreement, subject);
        return new PaymentImportResult(matcher.received.size(), matcher.unmatched, matcher.overpaid,
                matcher.underpaid);
    }

    /** The money obligations of the agreement by the case number of the consumer owed, in the agreement's order. */
    private static Map<String, List<Integer>> owedByCase(Agreement agreement, AgreementSubject subject) {
        Map<String, List<Integer>> owed = new LinkedHashMap<>();
        List<Obligation> all = agreement.getObligations();
        for (int n = 1; n <= all.size(); n++) {
            Obligation o = all.get(n - 1);
            String caseNumber = "CONSUMER".equals(o.creditor()) && subject.complaintId() != null ? subject.ref()
                    : subject.memberCases().contains(o.creditor()) ? o.creditor() : null;
            if (caseNumber != null && o.kind().isMoney() && o.amount() != null) {
                owed.computeIfAbsent(caseNumber, k -> new ArrayList<>()).add(n);
            }
        }
        return owed;
    }

    private static BigDecimal amount(String value, List<String> reasons) {
        if (value == null) {
            reasons.add(Message.of("csv.consent.missing", "amount").text());
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.replace(",", "").replace("¥", "").strip());
            if (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
                reasons.add(Message.of("error.base.amountFromMostTwo").text() + " (" + value + ")");
                return null;
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            reasons.add(Message.of("error.base.amountFromMostTwo").text() + " (" + value + ")");
            return null;
        }
    }

    private static LocalDate date(String value, LocalDate today, List<String> reasons) {
        if (value == null) {
            reasons.add(Message.of("csv.consent.missing", "paidOn").text());
            return null;
        }
        try {
            LocalDate on = LocalDate.parse(value);
            if (on.isAfter(today)) {
                reasons.add(Message.of("csv.consent.dateInFuture", value).text());
            }
            return on;
        } catch (DateTimeParseException e) {
            reasons.add(Message.of("csv.consent.dateFormat", value).text());
            return null;
        }
    }

    /** Applies one file's payments to one agreement's instalments, keeping what it did for the answer and audit. */
    private final class Matcher {

        final Agreement agreement;
        final LocalDate today;
        final List<AgreementPayment> received = new ArrayList<>();
        final List<PaymentImportResult.RowError> unmatched = new ArrayList<>();
        final List<PaymentImportResult.Difference> overpaid = new ArrayList<>();
        final List<PaymentImportResult.Difference> underpaid = new ArrayList<>();
        final Map<String, String> onCases = new LinkedHashMap<>();
        final Set<Integer> touched = new LinkedHashSet<>();
        final String by = currentUser.usernameOrSystem();
        final Instant at = clock.instant();

        Matcher(Agreement agreement, LocalDate today) {
            this.agreement = agreement;
            this.today = today;
        }

        /** False when the member owes nothing more: the whole payment is then unmatched. */
        boolean apply(long row, String caseNumber, List<Integer> obligationNumbers, BigDecimal amount,
                      LocalDate paidOn, String reference) {
            List<Instalment> all = agreement.getInstalments();
            BigDecimal remaining = amount;
            int lastPosition = -1;
            int firstObligation = 0;
            for (int number : obligationNumbers) {
                ObligationStatus status = agreement.getObligations().get(number - 1).status();
                if (status == ObligationStatus.FULFILLED || status == ObligationStatus.WAIVED) {
                    continue;
                }
                for (int p = 0; p < all.size() && remaining.signum() > 0; p++) {
                    Instalment i = all.get(p);
                    if (i.obligation() == number && !i.isPaid()) {
                        BigDecimal take = remaining.min(i.outstanding());
                        agreement.trackInstalment(p, i.withPayment(take, paidOn));
                        remaining = remaining.subtract(take);
                        lastPosition = p;
                        firstObligation = firstObligation == 0 ? number : firstObligation;
                        touched.add(number);
                    }
                }
            }
            if (lastPosition < 0) {
                return false;
            }
            Instalment last = all.get(lastPosition);
            if (!last.isPaid()) {
                underpaid.add(new PaymentImportResult.Difference(row, caseNumber, last.number(), last.outstanding()));
            }
            if (remaining.signum() > 0) {
                overpaid.add(new PaymentImportResult.Difference(row, caseNumber, last.number(), remaining));
            }
            received.add(new AgreementPayment(agreement.getId(), firstObligation, caseNumber, amount,
                    amount.subtract(remaining), paidOn, reference, by, at));
            onCases.merge(caseNumber, StoredText.encode("audit.value.paymentReceived", agreement.getId(),
                    amount.toPlainString(), paidOn, reference), (a, b) -> b);
            return true;
        }

        /** Each obligation a payment reached is fulfilled once all its instalments are paid, else pending or overdue. */
        void settle() {
            for (int number : touched) {
                Obligation o = agreement.getObligations().get(number - 1);
                List<Instalment> its = agreement.instalmentsOf(number);
                if (its.stream().allMatch(Instalment::isPaid)) {
                    LocalDate last = its.stream().map(Instalment::paidOn).max(LocalDate::compareTo).orElse(today);
                    agreement.track(number, o.withStatus(ObligationStatus.FULFILLED, last,
                            StoredText.encode("agreement.paidByInstalments")));
                } else {
                    boolean late = its.stream().anyMatch(i -> i.isOverdue(today));
                    agreement.track(number, o.withStatus(late ? ObligationStatus.OVERDUE : ObligationStatus.PENDING,
                            null, o.note()));
                }
            }
        }
    }
}
