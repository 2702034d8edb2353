package org.redress.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns an agreement and its signatures into what the API, the views and the PDF show. */
@Component
class AgreementMapper {

    private final SignatureRepository signatures;
    private final Clock clock;

    AgreementMapper(SignatureRepository signatures, Clock clock) {
        this.signatures = signatures;
        this.clock = clock;
    }

    AgreementDetails details(Agreement a) {
        Map<String, Signature> signed = new LinkedHashMap<>();
        if (a.getId() != null) {
            signatures.findByAgreementIdOrderById(a.getId()).forEach(s -> signed.put(s.getParty(), s));
        }
        List<AgreementDetails.Party> parties = a.getParties().stream().map(p -> {
            Signature s = signed.get(p.party());
            return new AgreementDetails.Party(p.party(), p.role(), p.name(), s != null,
                    s == null ? null : s.getSignerName(), s == null ? null : s.getCapacity(),
                    s == null ? null : s.getMethod(), s == null ? null : s.getSignedAt(),
                    s == null ? null : s.getRecordedBy(), p.particulars());
        }).toList();
        List<AgreementDetails.Line> lines = new ArrayList<>();
        Map<Integer, List<AgreementDetails.InstalmentState>> instalments = new HashMap<>();
        Map<Integer, BigDecimal> paid = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Instalment i : a.getInstalments()) {
            instalments.computeIfAbsent(i.obligation(), k -> new ArrayList<>()).add(new AgreementDetails.InstalmentState(
                    i.number(), i.amount(), i.dueDate(), i.paid(), i.paidOn(), i.status(today)));
            paid.merge(i.obligation(), i.paid(), BigDecimal::add);
        }
        int n = 1;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Obligation o : a.getObligations()) {
            lines.add(new AgreementDetails.Line(n, o.debtor(), o.creditor(), o.kind(), o.amount(), o.dueDate(),
                    o.description(), o.status(), o.settledOn(), o.note(), instalments.getOrDefault(n, List.of()),
                    paid.getOrDefault(n, BigDecimal.ZERO.setScale(2))));
            n++;
            if (o.kind().isMoney() && o.amount() != null) {
                total = total.add(o.amount());
            }
        }
        return new AgreementDetails(a.getId(), a.getStatus(), a.getCaseRef(), a.getSessionId(), a.getAmendsId(),
                a.getRevision(), a.getRecitals(), parties, lines, total,
                CanonicalContent.perCreditor(a.getObligations()), a.getSha256(), a.getBindingAt(), a.getCreatedBy(),
                a.getCreatedAt(), a.getConfirmationRuling() == null ? null : new AgreementDetails.Confirmation(
                        a.getConfirmationCourt(), a.getConfirmationRuling(), a.getConfirmedOn()),
                payments(lines));
    }

    /** Consumers (a complaint's, or each class member named as creditor) by how far their money has been paid. */
    static AgreementDetails.Payments payments(List<AgreementDetails.Line> lines) {
        Map<String, List<AgreementDetails.Line>> byCreditor = new LinkedHashMap<>();
        for (AgreementDetails.Line l : lines) {
            boolean toConsumer = !"MERCHANT".equals(l.creditor()) && !"PLATFORM".equals(l.creditor());
            if (l.kind().isMoney() && l.amount() != null && toConsumer) {
                byCreditor.computeIfAbsent(l.creditor(), k -> new ArrayList<>()).add(l);
            }
        }
        long paidUp = 0;
        long partly = 0;
        long unpaid = 0;
        long overdue = 0;
        BigDecimal amountPaid = BigDecimal.ZERO.setScale(2);
        BigDecimal outstanding = BigDecimal.ZERO.setScale(2);
        for (List<AgreementDetails.Line> owed : byCreditor.values()) {
            BigDecimal still = owed.stream().map(AgreementDetails.Line::outstanding).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            BigDecimal got = owed.stream().map(AgreementDetails.Line::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean anyPaid = got.signum() > 0 || owed.stream().anyMatch(l -> l.status() == ObligationStatus.FULFILLED);
            if (still.signum() <= 0) {
                paidUp++;
            } else if (anyPaid) {
                partly++;
            } else {
                unpaid++;
            }
            if (owed.stream().anyMatch(l -> l.status() == ObligationStatus.OVERDUE)) {
                overdue++;
            }
            amountPaid = amountPaid.add(got);
            outstanding = outstanding.add(still);
        }
        return new AgreementDetails.Payments(byCreditor.size(), paidUp, partly, unpaid, overdue, amountPaid,
                outstanding);
    }
}
