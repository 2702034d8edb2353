package org.redress.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.redress.base.InputValidator;
import org.redress.base.Message;
import org.redress.notification.Recipients;
import org.springframework.stereotype.Component;

/**
 * The checks a complaint draft must pass, in one place for the form, the API and the import. Lookups of platforms
 * and merchants are passed in, so that a bulk import can check against what it has already loaded.
 */
@Component
class ComplaintRules {

    private final InputValidator validator;
    private final Clock clock;

    ComplaintRules(InputValidator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    Map<String, Message> violations(ComplaintDraft draft, Predicate<String> platformExists,
                                   Predicate<Long> merchantExists) {
        Map<String, Message> errors = new TreeMap<>(validator.violations(draft));
        LocalDate today = LocalDate.now(clock);
        if (draft.receivedAt() != null && draft.receivedAt().isAfter(today)) {
            errors.put("receivedAt", Message.of("error.dispute.mustNotFuture"));
        }
        if (draft.purchaseDate() != null && draft.purchaseDate().isAfter(today)) {
            errors.put("purchaseDate", Message.of("error.dispute.mustNotFuture"));
        } else if (draft.purchaseDate() != null && draft.receivedAt() != null
                && draft.purchaseDate().isAfter(draft.receivedAt())) {
            errors.put("purchaseDate", Message.of("error.complaint.mustNotAfterDate"));
        }
        if (blank(draft.consumerPhone()) && blank(draft.consumerEmail())) {
            errors.putIfAbsent("consumerPhone", Message.of("error.complaint.givePhoneNumberE"));
        }
        if (draft.notifyBySms() && Recipients.mobile(draft.consumerPhone()).isEmpty()) {
            errors.putIfAbsent("notifyBySms", Message.of("validation.notifyNeedsMobile"));
        }
        if (draft.notifyByEmail() && blank(draft.consumerEmail())) {
            errors.putIfAbsent("notifyByEmail", Message.of("validation.notifyNeedsEmail"));
        }
        if (!blank(draft.platformCode()) && !platformExists.test(draft.platformCode().trim().toUpperCase())) {
            errors.put("platformCode", Message.of("error.merchant.unknownPlatform"));
        }
        if (draft.merchantId() != null && !merchantExists.test(draft.merchantId())) {
            errors.put("merchantId", Message.of("error.complaint.unknownMerchant"));
        }
        return errors;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
