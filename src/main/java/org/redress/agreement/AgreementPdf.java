package org.redress.agreement;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.redress.base.BusinessRuleException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The agreement as a PDF (调解协议书) with an embedded CJK font: references, parties, recitals, the obligations table
 * with the total, the signature block, and the SHA-256 with how to verify it. The font is Noto Sans CJK SC from
 * Debian's fonts-noto-cjk (installed by the README's setup and .ci/run), or the one configured.
 */
@Component
class AgreementPdf {

    static final List<String> DEFAULT_FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String configuredFont;
    private final ZoneId zone;

    AgreementPdf(@Value("${redress.agreements.cjk-font:}") String configuredFont, Clock clock) {
        this.configuredFont = configuredFont;
        this.zone = clock.getZone();
    }

    byte[] render(AgreementDetails a) {
        BaseFont base = font();
        Font title = new Font(base, 18, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font body = new Font(base, 10.5f);
        Font small = new Font(base, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        Paragraph head = new Paragraph(a.amends() == null ? "调解协议书" : "补充调解协议书", title);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        Paragraph english = new Paragraph(a.amends() == null ? "Mediation agreement" : "Amendment to a mediation agreement",
                body);
        english.setAlignment(Element.ALIGN_CENTER);
        english.setSpacingAfter(12);
        document.add(english);
        document.add(new Paragraph("协议编号 Agreement: AG-" + a.id() + "    案件 Case: " + a.caseRef()
                + (a.amends() == null ? "" : "    补充 Amends: AG-" + a.amends())
                + "    状态 Status: " + (a.status() == AgreementStatus.BINDING ? "已生效 BINDING" : "草稿 DRAFT"), body));

        document.add(section("当事人 Parties", heading));
        PdfPTable parties = table(new float[] {2, 2, 4}, body, "身份 Role", "代号 Party", "名称 Name");
        for (AgreementDetails.Party p : a.parties()) {
            cells(parties, body, role(p.role()), p.party(), p.name());
        }
        document.add(parties);

        document.add(section("事实与经过 Recitals", heading));
        document.add(new Paragraph(a.recitals(), body));

        document.add(section("协议内容 Obligations", heading));
        PdfPTable lines = table(new float[] {0.9f, 1.7f, 1.7f, 1.9f, 1.7f, 1.6f, 2.6f}, body,
                "序号", "义务人 Debtor", "权利人 Creditor", "内容 Kind", "金额 Amount (CNY)", "期限 Due", "说明 Details");
        for (AgreementDetails.Line l : a.obligations()) {
            cells(lines, body, String.valueOf(l.number()), l.debtor(), l.creditor(), kind(l.kind()),
                    l.amount() == null ? "—" : l.amount().toPlainString(),
                    l.dueDate() == null ? "—" : l.dueDate().toString(), l.description() == null ? "" : l.description());
        }
        document.add(lines);
        Paragraph total = new Paragraph("金钱给付合计 Total money: CNY " + a.moneyTotal().toPlainString(), heading);
        total.setAlignment(Element.ALIGN_RIGHT);
        document.add(total);

        document.add(section("签署 Signatures", heading));
        PdfPTable signatures = table(new float[] {2, 2.5f, 1.6f, 2.6f, 2.4f}, body, "当事人 Party", "签署人 Signed by",
                "身份 Capacity", "方式 Method", "时间 Time");
        for (AgreementDetails.Party p : a.parties()) {
            cells(signatures, body, p.party(), p.signed() ? p.signerName() : "（未签署 not signed）",
                    p.signed() ? p.capacity() : "", p.signed() ? method(p.method()) : "",
                    p.signed() ? TIME.withZone(zone).format(p.signedAt()) : "");
        }
        document.add(signatures);

        Paragraph hash = new Paragraph(a.sha256() == null
                ? "本协议尚未生效，无校验值。Not binding yet: no hash."
                : "SHA-256: " + a.sha256(), small);
        hash.setSpacingBefore(14);
        document.add(hash);
        if (a.sha256() != null) {
            document.add(new Paragraph("校验方法 Verify: 取 GET /api/v1/agreements/" + a.id() + "/canonical 返回的规范文本，"
                    + "计算其 UTF-8 字节的 SHA-256，应与上值一致。Compute the SHA-256 of the UTF-8 bytes of the canonical"
                    + " text from that address; it must equal the value above. 生效时间 Binding since "
                    + TIME.withZone(zone).format(a.bindingAt()) + ".", small));
        }
        document.close();
        return out.toByteArray();
    }

    private BaseFont font() {
        List<String> candidates = configuredFont == null || configuredFont.isBlank() ? DEFAULT_FONTS
                : List.of(configuredFont);
        for (String candidate : candidates) {
            String path = candidate.contains(".ttc,") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
            if (Files.isReadable(Path.of(path))) {
                try {
                    return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception e) {
                    throw new BusinessRuleException("error.agreement.chineseFontCouldNot", candidate, e.getMessage());
                }
            }
        }
        throw new BusinessRuleException("error.agreement.noChineseFontFound");
    }

    private static Paragraph section(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPTable table(float[] widths, Font font, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font));
            cell.setGrayFill(0.9f);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, Font font, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(new Chunk(value == null ? "" : value, font)));
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static String role(PartyRole role) {
        return switch (role) {
            case CONSUMER -> "消费者 Consumer";
            case REPRESENTATIVE -> "代表人 Representative";
            case MERCHANT -> "商家 Merchant";
            case PLATFORM -> "平台 Platform";
            case MEDIATOR -> "调解员 Mediator";
        };
    }

    private static String kind(ObligationKind kind) {
        return switch (kind) {
            case REFUND -> "退款 Refund";
            case COMPENSATION -> "赔偿 Compensation";
            case RETURN_GOODS -> "退货 Return goods";
            case REPLACEMENT -> "换货 Replacement";
            case APOLOGY -> "道歉 Apology";
            case OTHER -> "其他 Other";
        };
    }

    private static String method(SignatureMethod method) {
        return method == SignatureMethod.IN_PERSON ? "当面签署 In person" : "验证码确认 One-time code";
    }

}
