package org.redress.dispute;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.redress.base.Roles;
import org.redress.base.SafeCsv;
import org.redress.base.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class dispute's member list as CSV (UTF-8 with BOM) for the mediator: cases, consumers, amounts, consent; in the
 * reader's language, or with field names and codes for other systems. Written page by page.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_WORKERS)
public class DisputeMemberExport {

    private static final int PAGE = 200;
    private static final List<String> COLUMNS = List.of("caseNumber", "consumerName", "consumerPhone", "province",
            "amountPaid", "amountClaimed", "category", "paymentMethod", "status", "consent", "consentOn",
            "consentChannel");

    private final DisputeMembers members;

    DisputeMemberExport(DisputeMembers members) {
        this.members = members;
    }

    /** With field names and codes, for other systems. */
    public void write(long disputeId, OutputStream out) throws IOException {
        write(disputeId, out, null);
    }

    /** Headers and values in the locale's language, or field names and codes when it is null. */
    public void write(long disputeId, OutputStream out, Locale locale) throws IOException {
        long total = members.count(disputeId, MemberFilter.ALL);
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        printer.printRecord(SafeCsv.cells(locale == null ? COLUMNS.toArray()
                : COLUMNS.stream().map(c -> Texts.render("dispute.csv." + c, locale)).toArray()));
        for (int offset = 0; offset < total; offset += PAGE) {
            for (DisputeMemberRow r : members.page(disputeId, MemberFilter.ALL, offset, PAGE)) {
                printer.printRecord(SafeCsv.cells(r.caseNumber(), r.consumerName(), r.consumerPhone(), r.province(),
                        r.amountPaid().toPlainString(), r.amountClaimed().toPlainString(), label(r.category(), locale),
                        label(r.paymentMethod(), locale), label(r.status(), locale), label(r.consent(), locale),
                        r.consentOn(), label(r.consentChannel(), locale)));
            }
        }
        printer.close(true);
    }

    private static Object label(Enum<?> value, Locale locale) {
        if (value == null || locale == null) {
            return value;
        }
        return Texts.render(value.getDeclaringClass().getSimpleName() + "." + value.name(), locale);
    }
}
