package org.redress.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.redress.base.SafeCsv;
import org.redress.base.Texts;
import org.springframework.stereotype.Component;

/**
 * The member schedule of a collective agreement as a spreadsheet a court clerk can open (UTF-8 with BOM): each
 * member's case, name, what they paid and claimed, their share, its instalments and how far it has been paid, and a
 * total line that is the exact sum of the shares.
 */
@Component
class MemberScheduleFile {

    static final List<String> COLUMNS = List.of("number", "caseNumber", "consumerName", "paymentMethod",
            "amountPaid", "amountClaimed", "share", "instalments", "paid", "outstanding", "status");

    private final CollectiveSettlement settlement;

    MemberScheduleFile(CollectiveSettlement settlement) {
        this.settlement = settlement;
    }

    boolean applies(AgreementDetails a) {
        return a.caseRef().startsWith("CD-");
    }

    byte[] write(long agreementId, Locale locale) {
        List<ScheduleRow> rows = settlement.schedule(agreementId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get()
                    .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            printer.printRecord(SafeCsv.cells(COLUMNS.stream()
                    .map(c -> Texts.render("schedule.csv." + c, locale)).toArray()));
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            int n = 1;
            for (ScheduleRow r : rows) {
                String instalments = r.instalments().stream().map(i -> Texts.render("schedule.csv.instalment",
                        locale, i.number(), i.amount().toPlainString(), i.dueDate().toString()))
                        .collect(Collectors.joining("；"));
                printer.printRecord(SafeCsv.cells(n++, r.caseNumber(), r.consumerName(),
                        Texts.render("PaymentMethod." + r.paymentMethod().name(), locale), plain(r.amountPaid()),
                        plain(r.amountClaimed()), plain(r.share()), instalments, plain(r.paid()),
                        plain(r.outstanding()), Texts.render("ObligationStatus." + r.status().name(), locale)));
                if (r.share() != null) {
                    total = total.add(r.share());
                }
            }
            printer.printRecord(SafeCsv.cells(Texts.render("schedule.csv.total", locale, rows.size()), "", "", "",
                    "", "", total.toPlainString(), "", "", "", ""));
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
