package org.redress.respondent;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.base.CsvTable;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.MessageException;
import org.redress.base.Roles;
import org.redress.base.TextRules;
import org.redress.complaint.PaymentMethod;
import org.redress.dispute.DisputeMemberRow;
import org.redress.dispute.DisputeMembers;
import org.redress.dispute.MemberFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referrals by the hundred: every member of a class dispute referred in one act (to a payment provider, only those who
 * paid with "use first, pay later", whose outstanding instalments it can pause or cancel), and a respondent's file of
 * answers, one per case. A case that cannot be referred or answered does not stop the others; it is named with the
 * reason. Referrals go a few dozen cases to a transaction, answers one case to a transaction.
 */
@Service
public class BulkReferrals {

    public static final List<String> CSV_COLUMNS = List.of("caseNumber", "code", "amount");

    private static final int CHUNK = 50;

    private final Referrals referrals;
    private final DisputeMembers members;
    private final TransactionTemplate transactions;

    BulkReferrals(Referrals referrals, DisputeMembers members, TransactionTemplate transactions) {
        this.referrals = referrals;
        this.members = members;
        this.transactions = transactions;
    }

    @PreAuthorize(Roles.CASE_WORKERS)
    public BulkOutcome referDispute(long disputeId, RespondentKind to, String message) {
        if (to == null) {
            throw new InvalidInputException(Map.of("to", Message.of("error.base.notOne", "—",
                    List.of(RespondentKind.values()))));
        }
        TextRules.require("message", message, Referrals.MESSAGE_MAX, false);
        List<String> concerned = new ArrayList<>();
        for (DisputeMemberRow m : members.page(disputeId, MemberFilter.ALL, 0, 100_000)) {
            boolean payLater = m.paymentMethod() == PaymentMethod.BUY_NOW_PAY_LATER
                    || m.paymentMethod() == PaymentMethod.INSTALMENTS;
            if (to != RespondentKind.PAYMENT_PROVIDER || payLater) {
                concerned.add(m.caseNumber());
            }
        }
        int done = 0;
        List<BulkOutcome.Skipped> skipped = new ArrayList<>();
        for (int from = 0; from < concerned.size(); from += CHUNK) {
            List<String> chunk = concerned.subList(from, Math.min(concerned.size(), from + CHUNK));
            List<BulkOutcome.Skipped> refused = new ArrayList<>();
            try {
                // A few dozen cases a transaction: a commit (and its wait for the index) per case made a class of
                // 600 take 15 s.
                done += transactions.execute(status -> referAll(chunk, to, message, refused));
                skipped.addAll(refused);
            } catch (RuntimeException e) {
                // A refusal not foreseen rolled the chunk back: its cases again, each on its own.
                for (String caseNumber : chunk) {
                    done += referOne(caseNumber, to, message, skipped);
                }
            }
        }
        return new BulkOutcome(done, skipped);
    }

    private int referAll(List<String> caseNumbers, RespondentKind to, String message,
                         List<BulkOutcome.Skipped> refused) {
        int done = 0;
        for (String caseNumber : caseNumbers) {
            Optional<Message> why = referrals.referIfAllowed(caseNumber, to, message);
            if (why.isPresent()) {
                refused.add(new BulkOutcome.Skipped(0, caseNumber, why.get().text()));
            } else {
                done++;
            }
        }
        return done;
    }

    private int referOne(String caseNumber, RespondentKind to, String message, List<BulkOutcome.Skipped> skipped) {
        try {
            referrals.refer(caseNumber, to, message, null);
            return 1;
        } catch (MessageException e) {
            skipped.add(new BulkOutcome.Skipped(0, caseNumber, e.getMessage()));
        } catch (InvalidInputException e) {
            skipped.add(new BulkOutcome.Skipped(0, caseNumber, String.join("; ", e.fieldErrors().values())));
        }
        return 0;
    }

    /** A respondent's answers as a file {@code caseNumber,code,amount}: each row answers its case's waiting referral. */
    @PreAuthorize(Roles.RESPONDENTS)
    public BulkOutcome importAnswers(InputStream csv) {
        List<CsvTable.Row> rows = CsvTable.read(csv, CSV_COLUMNS);
        Map<String, Long> waiting = new LinkedHashMap<>();
        referrals.mine(EnumSet.of(ReferralStatus.OPEN, ReferralStatus.OVERDUE))
                .forEach(r -> waiting.putIfAbsent(r.complaint().caseNumber(), r.referral().id()));
        int done = 0;
        List<BulkOutcome.Skipped> skipped = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (CsvTable.Row row : rows) {
            String caseNumber = row.get("caseNumber") == null ? null : row.get("caseNumber").toUpperCase(Locale.ROOT);
            Long id = caseNumber == null ? null : waiting.get(caseNumber);
            if (id == null || answered.contains(caseNumber)) {
                skipped.add(new BulkOutcome.Skipped(row.number(), caseNumber,
                        Message.of("error.referral.noneWaiting", caseNumber == null ? "—" : caseNumber).text()));
                continue;
            }
            try {
                ResponseCode code = ResponseCode.valueOf(row.get("code") == null ? ""
                        : row.get("code").toUpperCase(Locale.ROOT));
                BigDecimal amount = row.get("amount") == null ? null : new BigDecimal(row.get("amount"));
                referrals.respond(id, code, null, amount);
                answered.add(caseNumber);
                done++;
            } catch (IllegalArgumentException e) {
                skipped.add(new BulkOutcome.Skipped(row.number(), caseNumber, Message.of("error.base.notOne",
                        row.get("code") + " / " + row.get("amount"), List.of(ResponseCode.values())).text()));
            } catch (InvalidInputException e) {
                skipped.add(new BulkOutcome.Skipped(row.number(), caseNumber,
                        String.join("; ", e.fieldErrors().values())));
            } catch (MessageException | AccessDeniedException e) {
                skipped.add(new BulkOutcome.Skipped(row.number(), caseNumber, e.getMessage()));
            }
        }
        return new BulkOutcome(done, skipped);
    }
}
