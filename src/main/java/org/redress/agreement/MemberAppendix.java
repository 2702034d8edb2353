package org.redress.agreement;

import org.openpdf.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A collective agreement's members in its document: one clause for all of them in the terms, and the annex that lists
 * each member's case, name, share and instalments with their total, as a court expects a class settlement's schedule
 * (附件：成员清单). Names come from the complaint module's published {@code complaint_contacts} view.
 */
@Component
class MemberAppendix {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    MemberAppendix(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines owed to class members (creditor named by case number), in the agreement's order. */
    static List<AgreementDetails.Line> memberLines(AgreementDetails a) {
        if (!a.caseRef().startsWith("CD-")) {
            return List.of();
        }
        return a.obligations().stream().filter(l -> !AgreementDrafting.PARTIES.contains(l.creditor())
                && "MERCHANT".equals(l.debtor())).toList();
    }

    /** The clause that stands for all member lines in the terms. */
    void clause(CourtDocument doc, List<AgreementDetails.Line> members, String debtorZh, String debtorEn) {
        BigDecimal total = members.stream().map(l -> l.amount() == null ? BigDecimal.ZERO : l.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int first = members.getFirst().number();
        int last = members.getLast().number();
        doc.item(CourtDocument.zh("doc.members.clause", debtorZh, members.size(), CourtDocument.amount(total),
                        String.valueOf(first), String.valueOf(last)),
                CourtDocument.en("doc.members.clause", debtorEn, members.size(), CourtDocument.amount(total), first,
                        last));
    }

    /** The annex on pages of its own: every member line with its instalments, and the total. */
    void annex(CourtDocument doc, List<AgreementDetails.Line> members) {
        Map<String, String> names = names(members.stream().map(AgreementDetails.Line::creditor).toList());
        doc.newPage();
        doc.heading("doc.section.schedule");
        PdfPTable table = doc.table(new float[] {0.7f, 2.3f, 1.7f, 1.5f, 3.6f}, "doc.schedule.number",
                "doc.schedule.case", "doc.schedule.name", "doc.schedule.share", "doc.schedule.instalments");
        table.setKeepTogether(false);
        BigDecimal total = BigDecimal.ZERO;
        for (AgreementDetails.Line l : members) {
            doc.cell(table, String.valueOf(l.number()));
            doc.cell(table, l.creditor());
            doc.cell(table, names.getOrDefault(l.creditor(), ""));
            doc.cell(table, l.amount() == null ? "—" : CourtDocument.amount(l.amount()));
            doc.cell(table, l.instalments().stream().map(i -> CourtDocument.zh("doc.schedule.instalment",
                    i.number(), CourtDocument.amount(i.amount()), i.dueDate().toString()))
                    .collect(Collectors.joining("\n")));
            total = total.add(l.amount() == null ? BigDecimal.ZERO : l.amount());
        }
        doc.cell(table, "");
        doc.cell(table, CourtDocument.zh("doc.schedule.total", members.size()) + " "
                + CourtDocument.en("doc.schedule.total", members.size()));
        doc.cell(table, "");
        doc.cell(table, CourtDocument.amount(total));
        doc.cell(table, "");
        doc.add(table);
    }

    private Map<String, String> names(List<String> caseNumbers) {
        Map<String, String> names = new HashMap<>();
        List<String> all = new ArrayList<>(caseNumbers);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            jdbc.query("select case_number, consumer_name from complaint_contacts where case_number in ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    }, chunk.toArray());
        }
        return names;
    }
}
