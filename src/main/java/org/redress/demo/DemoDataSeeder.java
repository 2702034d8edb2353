package org.redress.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.redress.agreement.AgreementDraft;
import org.redress.agreement.AgreementDrafting;
import org.redress.agreement.AgreementObligations;
import org.redress.agreement.AgreementSigning;
import org.redress.agreement.ObligationKind;
import org.redress.agreement.ObligationLine;
import org.redress.agreement.PartyRole;
import org.redress.agreement.SignatureMethod;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintFilter;
import org.redress.complaint.ComplaintImport;
import org.redress.complaint.ComplaintRow;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EscalationTarget;
import org.redress.complaint.ImportResult;
import org.redress.dispute.CaseRef;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeConsents;
import org.redress.dispute.DisputeDetails;
import org.redress.dispute.DisputeService;
import org.redress.dispute.NewDispute;
import org.redress.duplicate.DuplicateScan;
import org.redress.mediation.MediatorTies;
import org.redress.mediation.ParticipantRequest;
import org.redress.mediation.ParticipantRole;
import org.redress.mediation.RoomService;
import org.redress.mediation.SessionBooking;
import org.redress.mediation.SessionConduct;
import org.redress.mediation.SessionQueries;
import org.redress.mediation.SessionRequest;
import org.redress.mediation.TieKind;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.redress.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo profile on first start: one account per role (password "demo") and realistic complaints, filed
 * through the same CSV import partners use. Idempotent: accounts that exist are left alone, and rows whose
 * externalId is already present are skipped, so a restart adds nothing.
 */
@Component
@Profile("demo")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    static final String PASSWORD = "demo";

    private final AccountProvisioning accounts;
    private final ComplaintImport importer;
    private final ComplaintService complaints;
    private final CaseWorkflow workflow;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final Clock clock;
    private final DisputeService disputes;
    private final DisputeConsents consents;
    private final AgreementDrafting drafting;
    private final AgreementSigning signing;
    private final AgreementObligations tracking;
    private final DuplicateScan duplicateScan;
    private final SessionQueries sessions;
    private final SessionBooking booking;
    private final SessionConduct conduct;
    private final RoomService rooms;
    private final MediatorTies ties;
    private final DemoRespondents respondents;
    private final boolean enabled;
    private final int complaintCount;
    private final int merchantCount;

    DemoDataSeeder(AccountProvisioning accounts, ComplaintImport importer, ComplaintService complaints,
                   CaseWorkflow workflow, TransactionTemplate transactions, EntityManager entityManager, Clock clock,
                   DisputeService disputes, DisputeConsents consents, AgreementDrafting drafting, AgreementSigning signing,
                   AgreementObligations tracking, DuplicateScan duplicateScan,
                   SessionQueries sessions, SessionBooking booking, SessionConduct conduct, RoomService rooms, MediatorTies ties,
                   DemoRespondents respondents,
                   @Value("${redress.demo.seed:true}") boolean enabled,
                   @Value("${redress.demo.complaints:2000}") int complaintCount,
                   @Value("${redress.demo.merchants:84}") int merchantCount) {
        this.accounts = accounts;
        this.importer = importer;
        this.complaints = complaints;
        this.workflow = workflow;
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.clock = clock;
        this.disputes = disputes;
        this.consents = consents;
        this.drafting = drafting;
        this.signing = signing;
        this.tracking = tracking;
        this.duplicateScan = duplicateScan;
        this.sessions = sessions;
        this.booking = booking;
        this.conduct = conduct;
        this.rooms = rooms;
        this.ties = ties;
        this.respondents = respondents;
        this.enabled = enabled;
        this.complaintCount = complaintCount;
        this.merchantCount = merchantCount;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long start = System.nanoTime();
        accounts.ensureAccount("staff", "张晓", PASSWORD, Set.of(Role.STAFF));
        accounts.ensureAccount("staff2", "Li Na (intake)", PASSWORD, Set.of(Role.STAFF));
        accounts.ensureAccount("mediator", "王立新", PASSWORD, Set.of(Role.MEDIATOR));
        accounts.ensureAccount("mediator2", "Chen Jie (mediator)", PASSWORD, Set.of(Role.MEDIATOR));
        accounts.ensureAccount("regulator", "市场监管局", PASSWORD, Set.of(Role.REGULATOR));
        accounts.ensureAccount("admin", "Administrator", PASSWORD, Set.of(Role.ADMIN));
        SystemUser.run(() -> seed(start));
    }

    private void seed(long start) {
        if (complaints.count(ComplaintFilter.all()) > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<String> rows = new DemoComplaints(20261123L, today, merchantCount).rows(complaintCount);
        String csv = DemoComplaints.HEADER + "\n" + String.join("\n", rows);
        ImportResult result = importer.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        long imported = System.nanoTime();
        // The portal answers while it seeds: a partner may file or import complaints meanwhile. The history
        // below is given only to the complaints the seeder itself created.
        Set<String> ours = complaints.caseNumbersOf(IntStream.rangeClosed(1, rows.size())
                .mapToObj(DemoComplaints::externalId).toList());
        advanceCases(today, ours);
        DisputeDetails vanished = openClassDispute(today, ours);
        recordAgreements(today, ours);
        scheduleSessions(ours);
        respondents.seed(ours, vanished);
        duplicateScan.start();
        log.info("Demo data: {} complaints imported ({} ms), {} skipped, {} errors; lifecycle advanced ({} ms)",
                result.imported(), (imported - start) / 1_000_000, result.skipped(), result.errors().size(),
                (System.nanoTime() - imported) / 1_000_000);
        result.errors().stream().limit(5).forEach(error -> log.warn("Demo row {}: {}", error.row(), error.reason()));
    }

    /** Binding agreements for cases that reached one; a third of them already paid on time. */
    private void recordAgreements(LocalDate today, Set<String> ours) {
        List<ComplaintRow> reached = new ArrayList<>();
        Page<ComplaintRow> page;
        int pageNumber = 0;
        do {
            page = complaints.list(ComplaintFilter.all(), PageRequest.of(pageNumber++, 500, Sort.by("id")));
            page.getContent().stream().filter(r -> ours.contains(r.caseNumber()))
                    .filter(r -> r.status() == ComplaintStatus.AGREEMENT_REACHED)
                    .forEach(reached::add);
        } while (page.hasNext() && reached.size() < 60);
        int unpaid = 0;
        int n = 0;
        for (ComplaintRow row : reached.subList(0, Math.min(60, reached.size()))) {
            try {
                // Paid agreements fell due a month after receipt; of the unpaid ones every third is overdue, the
                // rest fall due over the coming weeks, so the follow-up list shows both.
                boolean paidUp = n++ % 3 == 0;
                LocalDate due = paidUp || unpaid % 3 == 0 ? row.receivedAt().plusDays(30)
                        : today.plusDays(2 + (unpaid * 5L) % 25);
                if (!paidUp) {
                    unpaid++;
                }
                var agreement = drafting.draft(new AgreementDraft(row.caseNumber(), null, null, null, List.of(
                        new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, row.amountClaimed(), due,
                                "退还货款"))));
                for (var party : agreement.parties()) {
                    if (party.role() == PartyRole.MEDIATOR) {
                        // A mediator's signature is given by that mediator alone.
                        SystemUser.runAs(party.name(), Role.MEDIATOR, () -> signing.sign(agreement.id(), party.party(),
                                party.printedName(), "人民调解员", SignatureMethod.IN_PERSON));
                    } else {
                        signing.sign(agreement.id(), party.party(), party.name(), "本人", SignatureMethod.IN_PERSON);
                    }
                }
                if (paidUp) {
                    LocalDate paidOn = due.minusDays(5).isAfter(today) ? today : due.minusDays(5);
                    tracking.fulfil(agreement.id(), 1, paidOn, "转账凭证");
                }
            } catch (RuntimeException e) {
                log.warn("Demo agreement for {} not recorded: {}", row.caseNumber(), e.getMessage());
            }
        }
    }

    /** Opens a class dispute from the biggest cluster of open complaints, with a few consent decisions recorded. */
    private DisputeDetails openClassDispute(LocalDate today, Set<String> ours) {
        return disputes.suggestions(1).stream().findFirst().map(suggestion -> {
            List<String> members = new ArrayList<>();
            Page<ComplaintRow> page;
            int pageNumber = 0;
            do {
                page = complaints.list(ComplaintFilter.all(), PageRequest.of(pageNumber++, 500, Sort.by("id")));
                page.getContent().stream().filter(r -> ours.contains(r.caseNumber()) && r.status().isOpen()
                        && r.merchantName().equals(suggestion.merchantName()) && r.category() == suggestion.category()
                        && r.platform().equals(suggestion.platform())).map(ComplaintRow::caseNumber)
                        .forEach(members::add);
            } while (page.hasNext());
            var dispute = disputes.create(new NewDispute(suggestion.merchantName() + " 集体投诉",
                    suggestion.merchantId(), suggestion.category(), null, null, members));
            disputes.assignLeadMediator(dispute.id(), "mediator");
            List<String> joined = dispute.complaintCaseNumbers();
            for (int i = 0; i < Math.min(joined.size(), 6); i++) {
                consents.record(dispute.id(), joined.get(i), i == 4 ? ConsentDecision.REFUSED
                        : ConsentDecision.GIVEN, today.minusDays(2), i % 2 == 0 ? Channel.PHONE : Channel.WEB);
            }
            return dispute;
        }).orElse(null);
    }

    /**
     * Rooms, a declared tie, and sessions over the next two weeks for cases in mediation and for the class dispute,
     * each booked in a slot the scheduler proposes so the demo never holds a clash.
     */
    private void scheduleSessions(Set<String> ours) {
        rooms.save(null, "第一调解室", 8, "三楼 301", true);
        rooms.save(null, "第二调解室", 4, "三楼 305", true);
        rooms.save(null, "大会议室", 40, "一楼", true);
        List<ComplaintRow> inMediation = complaints.list(new ComplaintFilter(Set.of(ComplaintStatus.IN_MEDIATION,
                ComplaintStatus.UNDER_REVIEW), null, null, null, null, null, null, false, null),
                PageRequest.of(0, 200, Sort.by("id"))).getContent().stream().filter(r -> ours.contains(r.caseNumber()))
                .limit(12).toList();
        if (!inMediation.isEmpty()) {
            Long merchantId = complaints.get(inMediation.getLast().caseNumber()).merchantId();
            ties.declare("mediator2", TieKind.MERCHANT, merchantId, null, null, "曾为该商家提供法律咨询");
        }
        Instant from = clock.instant().plus(Duration.ofHours(20));
        disputes.list().stream().findFirst().ifPresent(dispute -> book(null, dispute.id(), "mediator", "大会议室", 120,
                from, List.of(new ParticipantRequest("集体纠纷代表人", ParticipantRole.REPRESENTATIVE, "13700001111"),
                        new ParticipantRequest(dispute.merchantName(), ParticipantRole.MERCHANT, null),
                        new ParticipantRequest("平台纠纷专员", ParticipantRole.PLATFORM, "kefu@platform.example.cn"))));
        String[] mediators = {"mediator", "mediator2"};
        String[] roomNames = {"第一调解室", "第二调解室", null};
        for (int i = 0; i < inMediation.size() - 1; i++) {
            ComplaintRow row = inMediation.get(i);
            var c = complaints.get(row.caseNumber());
            book(row.caseNumber(), null, mediators[i % 2], roomNames[i % 3], i % 2 == 0 ? 60 : 90,
                    from.plus(Duration.ofHours(6L * i)), List.of(
                            new ParticipantRequest(c.consumerName(), ParticipantRole.CONSUMER, c.consumerPhone()),
                            new ParticipantRequest(c.merchantName() + " 客服", ParticipantRole.MERCHANT, null)));
        }
    }

    private void book(String caseNumber, Long disputeId, String mediator, String room, int minutes,
                      Instant after, List<ParticipantRequest> participants) {
        sessions.freeSlots(mediator, room, minutes, after, 1).stream().findFirst().ifPresent(slot -> {
            try {
                var session = booking.schedule(new SessionRequest(caseNumber, disputeId, mediator, slot.start(),
                        minutes, room, room == null ? "https://meeting.example.cn/redress/" + mediator : null,
                        "核实诉求，听取商家意见，商议退款方案", participants));
                if (session.id() % 3 == 0) {
                    conduct.setConfirmed(session.id(), 0, true);
                }
            } catch (BusinessRuleException | InvalidInputException e) {
                log.info("Demo session for {} not booked: {}", caseNumber != null ? caseNumber : CaseRef.ofDispute(disputeId),
                        e.getMessage());
            }
        });
    }

    /** Moves older cases along their lifecycle so that the demo shows every status. */
    private void advanceCases(LocalDate today, Set<String> ours) {
        Random random = new Random(7);
        List<ComplaintRow> all = new ArrayList<>();
        Page<ComplaintRow> page;
        int pageNumber = 0;
        do {
            page = complaints.list(ComplaintFilter.all(), PageRequest.of(pageNumber++, 500, Sort.by("id")));
            page.getContent().stream().filter(r -> ours.contains(r.caseNumber())).forEach(all::add);
        } while (page.hasNext());
        String[] workers = {"staff", "staff2", "mediator", "mediator2"};
        for (int from = 0; from < all.size(); from += 100) {
            List<ComplaintRow> chunk = all.subList(from, Math.min(all.size(), from + 100));
            transactions.executeWithoutResult(status -> {
                // Each transition looks its case up again; flushing before every such query made seeding slow.
                entityManager.setFlushMode(FlushModeType.COMMIT);
                for (ComplaintRow row : chunk) {
                    long age = ChronoUnit.DAYS.between(row.receivedAt(), today);
                    if (random.nextInt(3) > 0) {
                        workflow.assign(row.caseNumber(), workers[random.nextInt(workers.length)]);
                    }
                    LocalDate on = row.receivedAt();
                    for (ComplaintStatus step : path(age, random)) {
                        on = min(today, on.plusDays(daysUntil(step, random)));
                        workflow.recordPastTransition(row.caseNumber(), step, reason(step),
                                step == ComplaintStatus.ESCALATED ? EscalationTarget.values()[random.nextInt(4)] : null,
                                on);
                    }
                }
            });
        }
    }

    private static List<ComplaintStatus> path(long age, Random random) {
        List<ComplaintStatus> steps = new ArrayList<>();
        if (age < 3 || (age < 10 && random.nextBoolean())) {
            return steps;
        }
        steps.add(ComplaintStatus.UNDER_REVIEW);
        int fate = random.nextInt(20);
        if (fate == 0) {
            steps.add(ComplaintStatus.REJECTED);
            return steps;
        }
        if (fate == 1) {
            steps.add(ComplaintStatus.WITHDRAWN);
            return steps;
        }
        if (age < 12) {
            return steps;
        }
        steps.add(fate < 8 ? ComplaintStatus.REFERRED_TO_PLATFORM : ComplaintStatus.IN_MEDIATION);
        if (age < 30 || fate < 5) {
            return steps;
        }
        if (steps.getLast() == ComplaintStatus.REFERRED_TO_PLATFORM) {
            steps.add(ComplaintStatus.IN_MEDIATION);
        }
        if (fate == 19) {
            steps.add(ComplaintStatus.ESCALATED);
            return steps;
        }
        if (age < 60 || fate < 9) {
            return steps;
        }
        steps.add(ComplaintStatus.AGREEMENT_REACHED);
        if (fate > 12) {
            steps.add(ComplaintStatus.FULFILLED);
        }
        if (fate > 15) {
            steps.add(ComplaintStatus.CLOSED);
        }
        return steps;
    }

    /** How long after the previous step a step typically comes; now and then a case runs late. */
    private static int daysUntil(ComplaintStatus step, Random random) {
        int late = random.nextInt(10) == 0 ? 10 : 0;
        return late + switch (step) {
            case UNDER_REVIEW -> 1 + random.nextInt(3);
            case REFERRED_TO_PLATFORM, IN_MEDIATION, REJECTED, WITHDRAWN -> 1 + random.nextInt(5);
            case AGREEMENT_REACHED -> 7 + random.nextInt(35);
            default -> 3 + random.nextInt(20);
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String reason(ComplaintStatus step) {
        return switch (step) {
            case REJECTED -> "不属于消费者协会受理范围（经营者之间的纠纷）";
            case WITHDRAWN -> "消费者已与商家自行和解";
            case ESCALATED -> "商家拒不履行，建议消费者向有关部门举报";
            default -> null;
        };
    }

}
