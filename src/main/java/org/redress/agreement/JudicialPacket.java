package org.redress.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.redress.base.BusinessRuleException;
import org.redress.base.Sha256;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.redress.base.SafeCsv;
import org.redress.base.Texts;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.EvidenceItem;
import org.redress.complaint.EvidenceService;
import org.redress.dispute.CaseRef;
import org.redress.dispute.DisputeDetails;
import org.redress.dispute.DisputeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The packet the parties take to court for judicial confirmation (司法确认) of a binding agreement: the signed agreement
 * PDF, the joint application (司法确认申请书), a case summary, the parties' details and the evidence index, with a
 * manifest of SHA-256 sums so the court's mediation platform can check that nothing was altered; and, when an
 * agreement is not honoured, the enforcement application. Text files are UTF-8 (CSV with BOM, for spreadsheet
 * programs), their labels in the language asked for.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_WORKERS)
public class JudicialPacket {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String BOM = "\uFEFF";

    private final AgreementQueries agreements;
    private final ComplaintService complaints;
    private final DisputeService disputes;
    private final EvidenceService evidence;
    private final CourtApplications applications;
    private final AgreementPdf pdf;
    private final MemberScheduleFile schedule;
    private final ZoneId zone;

    JudicialPacket(AgreementQueries agreements, ComplaintService complaints, DisputeService disputes,
                   EvidenceService evidence, CourtApplications applications, AgreementPdf pdf,
                   MemberScheduleFile schedule, Clock clock) {
        this.schedule = schedule;
        this.agreements = agreements;
        this.complaints = complaints;
        this.disputes = disputes;
        this.evidence = evidence;
        this.applications = applications;
        this.pdf = pdf;
        this.zone = clock.getZone();
    }

    public String fileName(long agreementId, Locale locale) {
        return text("packet.zipName", locale, agreementId);
    }

    /** The joint application for judicial confirmation (司法确认申请书) of a binding agreement, as a PDF draft. */
    public byte[] confirmationApplication(long agreementId) {
        AgreementDetails a = binding(agreementId);
        return applications.confirmation(a, evidenceCount(casesOf(a)));
    }

    /**
     * Applications for enforcement (强制执行申请书) for the creditors whose obligations are overdue: the one named,
     * or every one of them. Refused while nothing owed is overdue.
     */
    public byte[] enforcementApplication(long agreementId, String creditor) {
        AgreementDetails a = binding(agreementId);
        List<String> creditors = a.obligations().stream().filter(l -> l.status() == ObligationStatus.OVERDUE)
                .map(AgreementDetails.Line::creditor).filter(c -> creditor == null || creditor.isBlank()
                        || c.equals(creditor)).distinct().toList();
        if (creditors.isEmpty()) {
            throw new BusinessRuleException("error.agreement.nothingOverdueToEnforce", agreementId);
        }
        return applications.enforcement(a, creditors);
    }

    /** Whether an enforcement application can be drafted: the agreement is binding and something owed is overdue. */
    public boolean canDraftEnforcement(AgreementDetails a) {
        return a.status() == AgreementStatus.BINDING
                && a.obligations().stream().anyMatch(l -> l.status() == ObligationStatus.OVERDUE);
    }

    public byte[] zip(long agreementId) {
        return zip(agreementId, Texts.CHINESE);
    }

    /** The packet with its file names, summary, parties and evidence lists in the language asked for. */
    public byte[] zip(long agreementId, Locale locale) {
        AgreementDetails a = binding(agreementId);
        List<String> cases = casesOf(a);
        CaseRef subject = CaseRef.parse(a.caseRef());
        DisputeDetails dispute = subject.isDispute() ? disputes.get(subject.disputeId()) : null;
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(text("packet.file.agreement", locale, a.id()), agreements.pdf(agreementId));
        files.put(text("packet.file.application", locale),
                applications.confirmation(a, evidenceCount(cases)));
        files.put(text("packet.file.summary", locale),
                summary(a, dispute, cases, locale).getBytes(StandardCharsets.UTF_8));
        files.put(text("packet.file.parties", locale), parties(a, cases, locale));
        files.put(text("packet.file.evidence", locale), evidenceIndex(cases, locale));
        if (schedule.applies(a)) {
            files.put(text("packet.file.schedule", locale), schedule.write(agreementId, locale));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            StringBuilder manifest = new StringBuilder("{\"agreement\":\"AG-" + a.id() + "\",\"sha256\":\""
                    + a.sha256() + "\",\"files\":[");
            boolean first = true;
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
                manifest.append(first ? "" : ",").append("{\"name\":\"").append(file.getKey())
                        .append("\",\"sha256\":\"").append(Sha256.hex(file.getValue())).append("\"}");
                first = false;
            }
            manifest.append("]}");
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private AgreementDetails binding(long agreementId) {
        AgreementDetails a = agreements.get(agreementId);
        if (a.status() != AgreementStatus.BINDING) {
            throw new BusinessRuleException("error.agreement.onlyBindingAgreementCan");
        }
        return a;
    }

    private List<String> casesOf(AgreementDetails a) {
        CaseRef subject = CaseRef.parse(a.caseRef());
        if (!subject.isDispute()) {
            return List.of(a.caseRef());
        }
        DisputeDetails dispute = disputes.get(subject.disputeId());
        return a.perCreditor().keySet().stream().filter(dispute.complaintCaseNumbers()::contains).toList();
    }

    private int evidenceCount(List<String> cases) {
        return cases.stream().mapToInt(c -> evidence.list(c).size()).sum();
    }

    private String summary(AgreementDetails a, DisputeDetails dispute, List<String> cases, Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append(text("packet.summary.title", locale)).append("\n\n");
        text.append(text("packet.summary.agreement", locale, pdf.number(a))).append("\n");
        text.append(text("packet.summary.case", locale, a.caseRef())).append("\n");
        if (dispute != null) {
            text.append(text("packet.summary.dispute", locale, dispute.title(), dispute.members(),
                    dispute.merchantName())).append("\n");
        }
        for (String caseNumber : cases) {
            ComplaintDetails c = complaints.get(caseNumber);
            text.append("\n").append(Texts.render(Message.of("packet.summary.complaint", c.caseNumber(),
                    c.receivedAt(), c.merchantName(), c.platform(), c.orderNumber() == null ? "—" : c.orderNumber(),
                    c.amountPaid(), c.amountClaimed(), c.category(), c.paymentMethod()), locale)).append("\n");
            text.append(text("packet.summary.narrative", locale, c.narrative())).append("\n");
        }
        text.append("\n").append(text("packet.summary.recitals", locale)).append("\n")
                .append(a.recitals()).append("\n\n").append(text("packet.summary.obligations", locale))
                .append("\n");
        Map<String, String[]> names = AgreementPdf.partyNames(a);
        int language = Texts.effective(locale).equals(Texts.CHINESE) ? 0 : 1;
        for (AgreementDetails.Line l : a.obligations()) {
            text.append(Texts.render(Message.of("packet.summary.line", l.number(), name(names, l.debtor(), language),
                    name(names, l.creditor(), language), l.kind(), l.amount() == null ? "—" : l.amount(),
                    l.dueDate() == null ? "—" : l.dueDate(), l.status()), locale)).append("\n");
        }
        text.append("\n").append(Texts.render(Message.of("packet.summary.total", a.moneyTotal()), locale))
                .append("\n");
        text.append(text("packet.summary.binding", locale, a.bindingAt() == null ? "—"
                : WHEN.format(a.bindingAt().atZone(zone)))).append("\n");
        text.append(text("packet.summary.hash", locale, a.sha256())).append("\n");
        return text.toString();
    }

    private static String name(Map<String, String[]> names, String party, int language) {
        String[] known = names.get(party);
        return known != null ? known[language] : party;
    }

    private byte[] parties(AgreementDetails a, List<String> cases, Locale locale) {
        StringBuilder csv = new StringBuilder(BOM);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord(SafeCsv.cells(headers(locale, "packet.parties.party", "packet.parties.role",
                    "packet.parties.name", "packet.parties.idNumber", "packet.parties.creditCode",
                    "packet.parties.legalRepresentative", "packet.parties.signer", "packet.parties.capacity",
                    "packet.parties.method", "packet.parties.signedAt", "packet.parties.contact",
                    "packet.parties.address")));
            Map<String, String[]> names = AgreementPdf.partyNames(a);
            int language = Texts.effective(locale).equals(Texts.CHINESE) ? 0 : 1;
            for (AgreementDetails.Party p : a.parties()) {
                Particulars d = p.particulars();
                printer.printRecord(SafeCsv.cells(name(names, p.party(), language),
                        text("doc.role." + p.role(), locale), p.printedName(), d.idNumber(), d.creditCode(),
                        d.legalRepresentative(), p.signerName(), p.capacity(),
                        p.method() == null ? "" : text("SignatureMethod." + p.method(), locale),
                        p.signedAt() == null ? "" : WHEN.format(p.signedAt().atZone(zone)), d.contact(),
                        d.address()));
            }
            if (cases.size() > 1) {
                for (String caseNumber : cases) {
                    ComplaintDetails c = complaints.get(caseNumber);
                    printer.printRecord(SafeCsv.cells(caseNumber, text("packet.parties.member", locale),
                            c.consumerName(), "", "", "", "", "", "", "", join(c.consumerPhone(), c.consumerEmail()),
                            join(c.province(), c.city())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] evidenceIndex(List<String> cases, Locale locale) {
        StringBuilder csv = new StringBuilder(BOM);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord(SafeCsv.cells(headers(locale, "packet.evidence.number", "packet.evidence.case",
                    "packet.evidence.type", "packet.evidence.file", "packet.evidence.size", "packet.evidence.sha256",
                    "packet.evidence.uploadedAt")));
            int n = 1;
            for (String caseNumber : cases) {
                for (EvidenceItem item : evidence.list(caseNumber)) {
                    printer.printRecord(SafeCsv.cells(n++, caseNumber,
                            text("EvidenceType." + item.type(), locale), item.originalName(),
                            item.sizeBytes(), item.sha256(), WHEN.format(item.uploadedAt().atZone(zone))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A service-side text: ids and amounts as written ("AG-1234", not "AG-1,234"). */
    private static String text(String key, Locale locale, Object... args) {
        return Texts.render(Message.of(key, args), locale);
    }

    private static Object[] headers(Locale locale, String... keys) {
        return Stream.of(keys).map(k -> text(k, locale)).toArray();
    }

    private static String join(String a, String b) {
        return String.join(" ", Stream.of(a, b).filter(s -> s != null && !s.isBlank()).toList());
    }

}
