package org.redress.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns an agreement and its signatures into what the API, the views and the PDF show. */
@Component
class AgreementMapper {

    private final SignatureRepository signatures;

    AgreementMapper(SignatureRepository signatures) {
        this.signatures = signatures;
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
        int n = 1;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Obligation o : a.getObligations()) {
            lines.add(new AgreementDetails.Line(n++, o.debtor(), o.creditor(), o.kind(), o.amount(), o.dueDate(),
                    o.description(), o.status(), o.settledOn(), o.note()));
            if (o.kind().isMoney() && o.amount() != null) {
                total = total.add(o.amount());
            }
        }
        return new AgreementDetails(a.getId(), a.getStatus(), a.getCaseRef(), a.getSessionId(), a.getAmendsId(),
                a.getRevision(), a.getRecitals(), parties, lines, total,
                CanonicalContent.perCreditor(a.getObligations()), a.getSha256(), a.getBindingAt(), a.getCreatedBy(),
                a.getCreatedAt(), a.getConfirmationRuling() == null ? null : new AgreementDetails.Confirmation(
                        a.getConfirmationCourt(), a.getConfirmationRuling(), a.getConfirmedOn()));
    }
}
