package org.redress.dispute;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.CsvTable;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.complaint.Channel;
import org.redress.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent ledger of a class dispute: each member's decision to be represented (given, refused, withdrawn), when
 * and how they answered and who recorded it; entries are only ever added. One member, many members at once (chosen,
 * or all a filter selects) or a file of answers; each member case gets its own audit entry, the dispute one per act.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class DisputeConsents {

    public static final List<String> CSV_COLUMNS = List.of("caseNumber", "decision", "date", "channel");

    private final ClassDisputeRepository disputes;
    private final DisputeConsentRepository consents;
    private final DisputeMemberQueries queries;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    DisputeConsents(ClassDisputeRepository disputes, DisputeConsentRepository consents, DisputeMemberQueries queries,
                    AuditService audit, CurrentUser currentUser, Clock clock) {
        this.disputes = disputes;
        this.consents = consents;
        this.queries = queries;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public void record(long disputeId, String caseNumber, ConsentDecision decision, LocalDate on, Channel channel) {
        recordAll(disputeId, List.of(caseNumber == null ? "" : caseNumber), decision, on, channel);
    }

    /** Records one decision for each of the members named, all or none (409 naming any that is not a member). */
    public int recordAll(long disputeId, Collection<String> caseNumbers, ConsentDecision decision, LocalDate on,
                         Channel channel) {
        ClassDispute dispute = load(disputeId);
        check(decision, on, channel);
        List<String> numbers = caseNumbers.stream().filter(n -> n != null && !n.isBlank())
                .map(n -> n.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        if (numbers.isEmpty()) {
            throw new InvalidInputException(Map.of("caseNumbers", Message.of("error.dispute.caseNumbersRequired")));
        }
        Map<String, Long> found = queries.members(disputeId, numbers);
        List<String> strangers = numbers.stream().filter(n -> !found.containsKey(n)).toList();
        if (!strangers.isEmpty()) {
            throw new BusinessRuleException("error.dispute.notDispute", DisputeMembers.named(strangers));
        }
        Map<Long, String> selected = new LinkedHashMap<>();
        found.forEach((number, id) -> selected.put(id, number));
        List<Entry> entries = selected.entrySet().stream()
                .map(e -> new Entry(e.getKey(), e.getValue(), decision, on, channel)).toList();
        save(dispute, entries, currentUser.usernameOrSystem());
        return entries.size();
    }

    /** Records one decision for every member the filter selects (e.g. all who have not answered). */
    public int recordWhere(long disputeId, MemberFilter filter, ConsentDecision decision, LocalDate on,
                           Channel channel) {
        ClassDispute dispute = load(disputeId);
        check(decision, on, channel);
        List<Entry> entries = queries.select(disputeId, filter == null ? MemberFilter.ALL : filter).entrySet()
                .stream().map(e -> new Entry(e.getKey(), e.getValue(), decision, on, channel)).toList();
        save(dispute, entries, currentUser.usernameOrSystem());
        return entries.size();
    }

    /** Every entry of the ledger, oldest first, or one member's. */
    @Transactional(readOnly = true)
    public List<ConsentEntry> ledger(long disputeId, String caseNumber) {
        load(disputeId);
        return queries.ledger(disputeId, caseNumber);
    }

    /**
     * A file of answers ({@code caseNumber,decision,date,channel}): good rows are recorded in the file's order, bad rows reported with
     * the reason; a file without those columns, or not CSV, is refused as a whole.
     */
    public ConsentImportResult importCsv(long disputeId, InputStream csv) {
        ClassDispute dispute = load(disputeId);
        List<CsvTable.Row> rows = CsvTable.read(csv, CSV_COLUMNS);
        Map<String, Long> members = queries.members(disputeId, rows.stream().map(r -> r.get("caseNumber"))
                .filter(n -> n != null).map(n -> n.toUpperCase(Locale.ROOT)).distinct().toList());
        List<Entry> entries = new ArrayList<>();
        List<ConsentImportResult.RowError> errors = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            List<String> reasons = new ArrayList<>();
            String number = row.get("caseNumber") == null ? null : row.get("caseNumber").toUpperCase(Locale.ROOT);
            if (number == null) {
                reasons.add(Message.of("csv.consent.caseNumberMissing").text());
            } else if (!members.containsKey(number)) {
                reasons.add(Message.of("error.dispute.notDispute", number).text());
            }
            ConsentDecision decision = constant(ConsentDecision.class, row.get("decision"), "decision", reasons);
            Channel channel = constant(Channel.class, row.get("channel"), "channel", reasons);
            LocalDate on = date(row.get("date"), reasons);
            if (reasons.isEmpty()) {
                entries.add(new Entry(members.get(number), number, decision, on, channel));
            } else {
                errors.add(new ConsentImportResult.RowError(row.number(), String.join("; ", reasons)));
            }
        }
        save(dispute, entries, currentUser.usernameOrSystem());
        return new ConsentImportResult(entries.size(), errors);
    }

    private <E extends Enum<E>> E constant(Class<E> type, String value, String column, List<String> reasons) {
        if (value == null) {
            reasons.add(Message.of("csv.consent.missing", column).text());
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reasons.add(Message.of("error.base.notOne", value, Arrays.toString(type.getEnumConstants())).text());
            return null;
        }
    }

    private LocalDate date(String value, List<String> reasons) {
        if (value == null) {
            reasons.add(Message.of("csv.consent.missing", "date").text());
            return null;
        }
        try {
            LocalDate on = LocalDate.parse(value);
            if (on.isAfter(LocalDate.now(clock))) {
                reasons.add(Message.of("csv.consent.dateInFuture", value).text());
            }
            return on;
        } catch (DateTimeParseException e) {
            reasons.add(Message.of("csv.consent.dateFormat", value).text());
            return null;
        }
    }

    /** One answer of one member, to be added to the ledger. */
    record Entry(Long complaintId, String caseNumber, ConsentDecision decision, LocalDate on, Channel channel) {
    }

    /** Adds the entries to the ledger and audits each member case, and the dispute once. */
    void save(ClassDispute dispute, List<Entry> entries, String recordedBy) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long id = dispute.getId();
        consents.saveAll(entries.stream().map(e -> new DisputeConsent(id, e.complaintId(), e.decision(), e.on(),
                e.channel(), recordedBy, now)).toList());
        consents.flush();
        String ref = DisputeMembers.ref(dispute);
        audit.recordEach(AuditSubject.COMPLAINT, AuditAction.DISPUTE_CONSENT, "consent", ref, entries.stream()
                .map(e -> new AuditService.Subject(e.complaintId(), e.caseNumber(),
                        StoredText.encode("audit.value.consent", e.decision(), e.on(), e.channel()))).toList());
        Entry first = entries.getFirst();
        boolean alike = entries.stream().allMatch(e -> e.decision() == first.decision() && e.on().equals(first.on())
                && e.channel() == first.channel());
        audit.record(AuditSubject.DISPUTE, id, ref, AuditAction.CONSENT_RECORDED, "consent",
                DisputeMembers.named(entries.stream().map(Entry::caseNumber).toList()),
                entries.size() == 1 ? StoredText.encode("audit.value.consent", first.decision(), first.on(),
                        first.channel())
                        : alike ? StoredText.encode("audit.value.consentMany", entries.size(), first.decision(),
                        first.on(), first.channel())
                        : StoredText.encode("audit.value.consentFile", entries.size()));
    }

    private void check(ConsentDecision decision, LocalDate on, Channel channel) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (decision == null) {
            errors.put("decision", Message.of("error.dispute.sayWhetherConsentGiven"));
        }
        if (on == null) {
            errors.put("decidedOn", Message.of("error.dispute.dateRequired"));
        } else if (on.isAfter(LocalDate.now(clock))) {
            errors.put("decidedOn", Message.of("error.dispute.mustNotFuture"));
        }
        if (channel == null) {
            errors.put("channel", Message.of("error.dispute.sayHowConsumerAnswered"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private ClassDispute load(long id) {
        return disputes.findById(id).orElseThrow(() -> new NotFoundException("error.dispute.noClassDispute", id));
    }
}
