package org.redress.agreement;

import static org.redress.agreement.CourtDocument.amount;
import static org.redress.agreement.CourtDocument.en;
import static org.redress.agreement.CourtDocument.enDate;
import static org.redress.agreement.CourtDocument.orBlank;
import static org.redress.agreement.CourtDocument.zh;
import static org.redress.agreement.CourtDocument.zhDate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.pdf.PdfPTable;
import org.redress.base.Organisation;
import org.redress.base.Texts;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.springframework.stereotype.Component;

/**
 * The applications the parties take to the people's court, in the court's usual form: the joint application for
 * judicial confirmation (司法确认申请书, 人民调解法 art. 33, 民事诉讼法 art. 205) and, when an agreement is not honoured,
 * the application for enforcement (强制执行申请书) citing the agreement and the confirmation ruling. They are drafts
 * for the parties to check, sign and file; blanks print as lines to fill in by hand.
 */
@Component
class CourtApplications {

    private final DocumentFonts fonts;
    private final Organisation organisation;
    private final AgreementPdf agreementPdf;
    private final ComplaintService complaints;
    private final ZoneId zone;

    CourtApplications(DocumentFonts fonts, Organisation organisation, AgreementPdf agreementPdf,
                      ComplaintService complaints, Clock clock) {
        this.fonts = fonts;
        this.organisation = organisation;
        this.agreementPdf = agreementPdf;
        this.complaints = complaints;
        this.zone = clock.getZone();
    }

    byte[] confirmation(AgreementDetails a, int evidenceItems) {
        CourtDocument doc = new CourtDocument(fonts);
        doc.title("doc.confirmation.title");
        LocalDate effective = a.bindingAt().atZone(zone).toLocalDate();
        String number = agreementPdf.number(a);
        for (AgreementDetails.Party p : parties(a)) {
            doc.item(applicant(p, "doc.applicant", Texts.CHINESE), applicant(p, "doc.applicant",
                    CourtDocument.ENGLISH));
        }
        doc.heading("doc.section.request");
        doc.text(zh("doc.confirmation.request", zhDate(effective), organisation.name(), number),
                en("doc.confirmation.request", enDate(effective), organisation.nameEn(), number));
        doc.heading("doc.section.reasons");
        doc.text(zh("doc.confirmation.facts", organisation.name(), zhDate(effective), number, a.caseRef()),
                en("doc.confirmation.facts", organisation.nameEn(), enDate(effective), number, a.caseRef()));
        doc.text(zh("doc.confirmation.undertaking"), en("doc.confirmation.undertaking"));
        doc.text(zh("doc.confirmation.basis"), en("doc.confirmation.basis"));
        addressee(doc);
        PdfPTable signatures = doc.signatureTable();
        List<AgreementDetails.Party> applicants = parties(a);
        for (AgreementDetails.Party p : applicants) {
            doc.signatureCell(signatures, zh("doc.applicant.sign", p.name()), en("doc.applicant.sign", p.name()),
                    null, false);
        }
        if (applicants.size() % 2 == 1) {
            doc.signatureCell(signatures, "", "", "", false);
        }
        doc.add(signatures);
        doc.heading("doc.section.attachments");
        doc.item(zh("doc.confirmation.attachments", number, evidenceItems),
                en("doc.confirmation.attachments", number, evidenceItems));
        LocalDate last = effective.plusDays(30);
        doc.note(zh("doc.confirmation.deadline", zhDate(last)), en("doc.confirmation.deadline", enDate(last)));
        doc.note(zh("doc.draftNote"), en("doc.draftNote"));
        return doc.finish();
    }

    /**
     * One application per creditor left unpaid (a consumer, or each member of a class named in {@code creditors}),
     * each on its own pages, listing the obligations owed to it that are overdue.
     */
    byte[] enforcement(AgreementDetails a, List<String> creditors) {
        CourtDocument doc = new CourtDocument(fonts);
        String number = agreementPdf.number(a);
        LocalDate effective = a.bindingAt().atZone(zone).toLocalDate();
        AgreementDetails.Confirmation ruling = a.confirmation();
        boolean first = true;
        for (String creditor : creditors) {
            List<AgreementDetails.Line> unpaid = a.obligations().stream()
                    .filter(l -> l.creditor().equals(creditor) && l.status() == ObligationStatus.OVERDUE).toList();
            if (!first) {
                doc.newPage();
            }
            first = false;
            doc.title("doc.enforcement.title");
            String[] creditorText = creditor(a, creditor);
            doc.item(creditorText[0], creditorText[1]);
            List<String> debtors = unpaid.stream().map(AgreementDetails.Line::debtor).distinct().toList();
            for (AgreementDetails.Party p : a.parties()) {
                if (debtors.contains(p.party())) {
                    doc.item(applicant(p, "doc.respondent", Texts.CHINESE),
                            applicant(p, "doc.respondent", CourtDocument.ENGLISH));
                }
            }
            String court = ruling == null ? court() : ruling.court();
            String rulingNumber = ruling == null ? "（＿＿＿＿）＿＿＿＿民特＿＿＿＿号" : ruling.ruling();
            doc.heading("doc.section.basis");
            doc.text(zh("doc.enforcement.basis", court, rulingNumber, organisation.name(), number),
                    en("doc.enforcement.basis", court, rulingNumber, organisation.nameEn(), number));
            doc.heading("doc.section.request");
            // What is still owed: instalments already paid are not asked for again.
            BigDecimal money = unpaid.stream().filter(l -> l.kind().isMoney() && l.amount() != null)
                    .map(AgreementDetails.Line::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
            int item = 1;
            if (money.signum() > 0) {
                doc.item(zh("doc.enforcement.pay", ChineseNumerals.of(item), amount(money)),
                        en("doc.enforcement.pay", item, amount(money)));
                item++;
            }
            for (AgreementDetails.Line l : unpaid) {
                if (!l.kind().isMoney()) {
                    doc.item(zh("doc.enforcement.perform", ChineseNumerals.of(item), kind(l, Texts.CHINESE)),
                            en("doc.enforcement.perform", item, kind(l, CourtDocument.ENGLISH)));
                    item++;
                }
            }
            doc.item(zh("doc.enforcement.costs", ChineseNumerals.of(item)), en("doc.enforcement.costs", item));
            doc.heading("doc.section.reasons");
            List<String> zhLines = new ArrayList<>();
            List<String> enLines = new ArrayList<>();
            for (AgreementDetails.Line l : unpaid) {
                LocalDate due = l.instalments().stream().filter(i -> i.status() == InstalmentStatus.OVERDUE)
                        .map(AgreementDetails.InstalmentState::dueDate).findFirst().orElse(l.dueDate());
                String still = l.amount() == null ? "—" : amount(l.outstanding());
                zhLines.add(zh("doc.enforcement.unpaidLine", l.number(), kind(l, Texts.CHINESE), still, zhDate(due)));
                enLines.add(en("doc.enforcement.unpaidLine", l.number(), kind(l, CourtDocument.ENGLISH), still,
                        enDate(due)));
            }
            doc.text(zh("doc.enforcement.facts", zhDate(effective), organisation.name(), number, court, rulingNumber,
                            String.join("；", zhLines)),
                    en("doc.enforcement.facts", enDate(effective), organisation.nameEn(), number, court, rulingNumber,
                            String.join("; ", enLines)));
            doc.text(zh("doc.enforcement.law"), en("doc.enforcement.law"));
            addressee(doc, court);
            PdfPTable signatures = doc.signatureTable();
            doc.signatureCell(signatures, zh("doc.enforcement.sign"), en("doc.enforcement.sign"), null, false);
            doc.signatureCell(signatures, "", "", "", false);
            doc.add(signatures);
            doc.heading("doc.section.attachments");
            doc.item(zh("doc.enforcement.attachments", number), en("doc.enforcement.attachments", number));
            if (ruling == null) {
                doc.note(zh("doc.enforcement.noRuling"), en("doc.enforcement.noRuling"));
            }
            doc.note(zh("doc.draftNote"), en("doc.draftNote"));
        }
        return doc.finish();
    }

    private static List<AgreementDetails.Party> parties(AgreementDetails a) {
        return a.parties().stream().filter(p -> p.role() != PartyRole.MEDIATOR).toList();
    }

    private String court() {
        return organisation.court() == null || organisation.court().isBlank() ? "＿＿＿＿＿＿＿＿人民法院"
                : organisation.court();
    }

    private void addressee(CourtDocument doc) {
        addressee(doc, court());
    }

    private static void addressee(CourtDocument doc, String court) {
        doc.item(zh("doc.addressee", court), en("doc.addressee", court));
    }

    /** The applicant for enforcement: the consumer party, or a class member from the member's case. */
    private String[] creditor(AgreementDetails a, String creditor) {
        for (AgreementDetails.Party p : a.parties()) {
            if (p.party().equals(creditor)) {
                return new String[] {applicant(p, "doc.enforcementApplicant", Texts.CHINESE),
                        applicant(p, "doc.enforcementApplicant", CourtDocument.ENGLISH)};
            }
        }
        ComplaintDetails member = complaints.get(creditor);
        String contact = member.consumerPhone() != null ? member.consumerPhone() : member.consumerEmail();
        String address = (member.province() == null ? "" : member.province()) + (member.city() == null ? ""
                : member.city());
        Object[] args = {member.consumerName(), orBlank(null), orBlank(address), orBlank(contact), creditor};
        return new String[] {zh("doc.enforcementApplicant.member", args), en("doc.enforcementApplicant.member", args)};
    }

    private static String applicant(AgreementDetails.Party p, String label, Locale locale) {
        return AgreementPdf.particulars(p, label, locale);
    }

    private static String kind(AgreementDetails.Line l, Locale locale) {
        return Texts.render("ObligationKind." + l.kind(), locale)
                + (l.description() == null || l.description().isBlank() ? "" : "（" + l.description() + "）");
    }
}
