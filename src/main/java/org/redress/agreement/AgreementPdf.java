package org.redress.agreement;

import static org.redress.agreement.CourtDocument.amount;
import static org.redress.agreement.CourtDocument.en;
import static org.redress.agreement.CourtDocument.enDate;
import static org.redress.agreement.CourtDocument.orBlank;
import static org.redress.agreement.CourtDocument.zh;
import static org.redress.agreement.CourtDocument.zhDate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfPTable;
import org.redress.base.Message;
import org.redress.base.Organisation;
import org.redress.base.Texts;
import org.springframework.stereotype.Component;

/**
 * The agreement as the 人民调解协议书 that the People's Mediation Law (arts. 28-29, 31, 33) describes: the
 * committee's name and document number, the parties' particulars, the main facts and matters in dispute, each
 * obligation with its way and deadline of performance, when it takes effect, the number of copies, the 30-day window
 * for judicial confirmation, a place for each signature and for the committee's seal. Chinese is the legal text, the
 * English translation is below each paragraph. The record of signatures given in the portal and the content hash
 * follow the signature places.
 */
@Component
class AgreementPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentFonts fonts;
    private final Organisation organisation;
    private final ZoneId zone;
    private final MemberAppendix appendix;

    AgreementPdf(DocumentFonts fonts, Organisation organisation, Clock clock, MemberAppendix appendix) {
        this.appendix = appendix;
        this.fonts = fonts;
        this.organisation = organisation;
        this.zone = clock.getZone();
    }

    byte[] render(AgreementDetails a) {
        CourtDocument doc = new CourtDocument(fonts);
        doc.issuer(organisation.name(), organisation.nameEn());
        doc.title(a.amends() == null ? "doc.agreement.title" : "doc.amendment.title");
        String number = number(a);
        doc.rightAligned(zh("doc.number", number) + "\n" + zh("doc.caseRef", a.caseRef()),
                en("doc.number", number) + "; " + en("doc.caseRef", a.caseRef()));
        if (a.amends() != null) {
            doc.text(zh("doc.amends", a.amends()), en("doc.amends", a.amends()));
        }
        Map<String, String[]> names = partyNames(a);

        doc.heading("doc.section.parties");
        int letter = 0;
        for (AgreementDetails.Party p : a.parties()) {
            if (p.role() != PartyRole.MEDIATOR) {
                doc.item(particulars(p, "doc.letter." + letter, Texts.CHINESE),
                        particulars(p, "doc.letter." + letter, CourtDocument.ENGLISH));
                letter++;
            }
        }
        AgreementDetails.Party mediator = a.parties().stream().filter(p -> p.role() == PartyRole.MEDIATOR)
                .findFirst().orElse(null);
        doc.item(zh("doc.mediatorLine", organisation.name(), mediator == null ? "" : mediator.printedName()),
                en("doc.mediatorLine", organisation.nameEn(), mediator == null ? "" : mediator.printedName()));

        doc.heading("doc.section.facts");
        doc.text(a.recitals(), en("doc.facts.translationNote"));

        doc.heading("doc.section.terms");
        // A class's members are one clause here and each a line of the annex, not a thousand clauses.
        List<AgreementDetails.Line> members = MemberAppendix.memberLines(a);
        if (!members.isEmpty()) {
            appendix.clause(doc, members, names.get("MERCHANT")[0], names.get("MERCHANT")[1]);
        }
        for (AgreementDetails.Line l : a.obligations()) {
            if (!members.contains(l)) {
                doc.item(obligation(l, names, 0), obligation(l, names, 1));
            }
        }
        if (a.moneyTotal().signum() > 0) {
            doc.item(zh("doc.total", amount(a.moneyTotal())), en("doc.total", amount(a.moneyTotal())));
        }

        doc.heading("doc.section.clauses");
        long copies = a.parties().stream().filter(p -> p.role() != PartyRole.MEDIATOR).count() + 1;
        doc.text(zh("doc.clause.binding"), en("doc.clause.binding"));
        doc.text(zh("doc.clause.effect"), en("doc.clause.effect"));
        doc.text(zh("doc.clause.copies", copies), en("doc.clause.copies", copies));
        doc.text(zh("doc.clause.confirmation"), en("doc.clause.confirmation"));
        if (organisation.court() != null && !organisation.court().isBlank()) {
            doc.text(zh("doc.clause.court", organisation.court()), en("doc.clause.court", organisation.court()));
        }

        PdfPTable signatures = doc.signatureTable();
        letter = 0;
        for (AgreementDetails.Party p : a.parties()) {
            if (p.role() == PartyRole.MEDIATOR) {
                continue;
            }
            String key = p.role() == PartyRole.MERCHANT || p.role() == PartyRole.PLATFORM ? "doc.sign.business"
                    : "doc.sign.person";
            doc.signatureCell(signatures, zh(key, zh("doc.letter." + letter)), en(key, en("doc.letter." + letter)),
                    signed(p), false);
            letter++;
        }
        if (letter % 2 == 1) {
            doc.signatureCell(signatures, "", "", "", false);
        }
        doc.signatureCell(signatures, zh("doc.sign.mediator"), en("doc.sign.mediator"),
                mediator == null ? null : signed(mediator), false);
        doc.signatureCell(signatures, zh("doc.sign.committee", organisation.name()),
                en("doc.sign.committee", organisation.nameEn()), "", true);
        doc.add(signatures);

        doc.heading("doc.section.record");
        PdfPTable record = doc.table(new float[] {2.2f, 2.2f, 2, 2.6f, 2.2f}, "doc.record.party",
                "doc.record.signer", "doc.record.capacity", "doc.record.method", "doc.record.time");
        for (AgreementDetails.Party p : a.parties()) {
            doc.cell(record, names.get(p.party())[0] + " " + names.get(p.party())[1]);
            doc.cell(record, p.signed() ? p.signerName() : zh("doc.record.notSigned") + " " + en("doc.record.notSigned"));
            doc.cell(record, p.signed() ? p.capacity() : "");
            doc.cell(record, p.signed() ? Texts.render("SignatureMethod." + p.method(), Texts.CHINESE) + " "
                    + Texts.render("SignatureMethod." + p.method(), CourtDocument.ENGLISH) : "");
            doc.cell(record, p.signed() ? TIME.withZone(zone).format(p.signedAt()) : "");
        }
        doc.add(record);
        String contact = organisation.phone() == null || organisation.phone().isBlank() ? ""
                : "（" + organisation.phone() + "）";
        if (a.sha256() == null) {
            doc.note(zh("doc.hash.draft"), en("doc.hash.draft"));
        } else {
            String since = TIME.withZone(zone).format(a.bindingAt());
            doc.note(zh("doc.hash", a.sha256(), since, organisation.name(), contact),
                    en("doc.hash", a.sha256(), since, organisation.nameEn(), contact));
        }
        doc.note(zh("doc.translationNote"), en("doc.translationNote"));
        if (!members.isEmpty()) {
            appendix.annex(doc, members);
        }
        return doc.finish();
    }

    /** （2026）消调字第61号: the year the agreement took effect, else the year it was drafted. */
    String number(AgreementDetails a) {
        Year year = Year.from((a.bindingAt() != null ? a.bindingAt() : a.createdAt()).atZone(zone));
        return organisation.documentNumber(year, a.id());
    }

    /** Each party code's short name in Chinese and English: 甲方 / Party A, and members of a class by case. */
    static Map<String, String[]> partyNames(AgreementDetails a) {
        Map<String, String[]> names = new LinkedHashMap<>();
        int letter = 0;
        for (AgreementDetails.Party p : a.parties()) {
            if (p.role() == PartyRole.MEDIATOR) {
                names.put(p.party(), new String[] {zh("doc.mediator"), en("doc.mediator")});
            } else {
                names.put(p.party(), new String[] {zh("doc.letter." + letter), en("doc.letter." + letter)});
                letter++;
            }
        }
        return names;
    }

    /** A party's line of particulars: "甲方（消费者）：王芳，身份证件号码：…", under the label given. */
    static String particulars(AgreementDetails.Party p, String labelKey, Locale locale) {
        Particulars d = p.particulars();
        String side = Texts.render(labelKey, locale);
        String role = Texts.render("doc.role." + p.role(), locale);
        if (p.role() == PartyRole.MERCHANT || p.role() == PartyRole.PLATFORM) {
            return Texts.render(Message.of("doc.business", side, role, p.name(),
                    orBlank(d.creditCode()), orBlank(d.legalRepresentative()), orBlank(d.address()),
                    orBlank(d.contact())), locale);
        }
        return Texts.render(Message.of("doc.person", side, role, p.name(), orBlank(d.idNumber()),
                orBlank(d.address()), orBlank(d.contact())), locale);
    }

    private static String obligation(AgreementDetails.Line l, Map<String, String[]> names, int language) {
        boolean chinese = language == 0;
        String debtor = name(l.debtor(), names, language);
        String creditor = name(l.creditor(), names, language);
        String due = l.dueDate() == null ? (chinese ? zh("doc.due.none") : en("doc.due.none"))
                : chinese ? zh("doc.due", zhDate(l.dueDate())) : en("doc.due", enDate(l.dueDate()));
        String way = l.description() == null || l.description().isBlank() || l.kind() == ObligationKind.OTHER ? ""
                : chinese ? zh("doc.way", l.description()) : en("doc.way", l.description());
        String number = chinese ? ChineseNumerals.of(l.number()) : String.valueOf(l.number());
        String key = "doc.obligation." + l.kind();
        Object[] args = {number, debtor, due, creditor, l.amount() == null ? "" : amount(l.amount()), way,
                l.description() == null ? "" : l.description()};
        return chinese ? zh(key, args) : en(key, args);
    }

    private static String name(String party, Map<String, String[]> names, int language) {
        String[] known = names.get(party);
        if (known != null) {
            return known[language];
        }
        return language == 0 ? zh("doc.member", party) : en("doc.member", party);
    }

    private String signed(AgreementDetails.Party p) {
        if (!p.signed()) {
            return null;
        }
        LocalDate on = p.signedAt().atZone(zone).toLocalDate();
        return zh("doc.signedAs", p.signerName(), zhDate(on)) + "\n" + en("doc.signedAs", p.signerName(), enDate(on));
    }
}
