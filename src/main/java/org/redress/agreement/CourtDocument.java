package org.redress.agreement;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.redress.base.Message;
import org.redress.base.Texts;

/**
 * One court-style document being written (A4, margins as on the court's forms, 宋体-like serif for the legal text):
 * every text comes from the bundles by key, Chinese as the legal text and the English translation in smaller grey
 * type below it. Blank particulars print as lines to fill in by hand.
 */
final class CourtDocument {

    static final Locale ENGLISH = Locale.ROOT;
    private static final String BLANK = "＿＿＿＿＿＿＿＿";
    private static final Color GREY = new Color(90, 90, 90);
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Document document;
    private final PdfWriter writer;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font english;
    private final Font englishHeading;
    private final Font small;

    CourtDocument(DocumentFonts fonts) {
        BaseFont serif = fonts.serif();
        BaseFont bold = fonts.serifBold();
        title = new Font(bold, 20);
        heading = new Font(bold, 12);
        body = new Font(serif, 12);
        english = new Font(serif, 8.5f, Font.NORMAL, GREY);
        englishHeading = new Font(serif, 8.5f, Font.BOLD, GREY);
        small = new Font(serif, 8, Font.NORMAL, GREY);
        // 3.7 cm top, 3.5 cm bottom, 2.8 cm left, 2.6 cm right: the margins of GB/T 9704 official documents.
        document = new Document(PageSize.A4, 74, 79, 105, 99);
        writer = PdfWriter.getInstance(document, out);
        document.open();
    }

    static String zh(String key, Object... args) {
        return Texts.render(Message.of(key, args), Texts.CHINESE);
    }

    static String en(String key, Object... args) {
        return Texts.render(Message.of(key, args), ENGLISH);
    }

    static String zhDate(LocalDate date) {
        return date == null ? "＿＿＿＿年＿＿月＿＿日" : ZH_DATE.format(date);
    }

    static String enDate(LocalDate date) {
        return date == null ? "____ (date)" : EN_DATE.format(date);
    }

    /** Money as the court writes it: grouped, two decimals ("1,200.00"). */
    static String amount(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }

    static String orBlank(String value) {
        return value == null || value.isBlank() ? BLANK : value;
    }

    /** The issuing body's name above the title, as on Chinese official forms. */
    void issuer(String zhName, String enName) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(zhName, heading));
        p.add(Chunk.NEWLINE);
        p.add(new Chunk(enName, english));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        document.add(p);
    }

    void title(String key) {
        Paragraph zhTitle = new Paragraph(zh(key), title);
        zhTitle.setAlignment(Element.ALIGN_CENTER);
        document.add(zhTitle);
        Paragraph enTitle = new Paragraph(en(key), englishHeading);
        enTitle.setAlignment(Element.ALIGN_CENTER);
        enTitle.setSpacingAfter(10);
        document.add(enTitle);
    }

    void rightAligned(String zhText, String enText) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(zhText, body));
        p.add(Chunk.NEWLINE);
        p.add(new Chunk(enText, english));
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingAfter(8);
        document.add(p);
    }

    void heading(String key) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(zh(key), heading));
        p.add(new Chunk("  " + en(key), englishHeading));
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        p.setKeepTogether(true);
        document.add(p);
    }

    /** A paragraph of legal text with its translation below, indented by two characters as Chinese prose is. */
    void text(String zhText, String enText) {
        Paragraph zhPara = new Paragraph(18, zhText, body);
        zhPara.setFirstLineIndent(24);
        document.add(zhPara);
        if (enText != null && !enText.isBlank()) {
            Paragraph enPara = new Paragraph(11, enText, english);
            enPara.setSpacingAfter(5);
            document.add(enPara);
        }
    }

    /** A numbered or labelled line without the first-line indent (a party, an obligation). */
    void item(String zhText, String enText) {
        Paragraph zhPara = new Paragraph(18, zhText, body);
        zhPara.setIndentationLeft(24);
        zhPara.setFirstLineIndent(0);
        document.add(zhPara);
        Paragraph enPara = new Paragraph(11, enText, english);
        enPara.setIndentationLeft(24);
        enPara.setSpacingAfter(4);
        document.add(enPara);
    }

    /**
     * Two columns of places to sign: each cell has the Chinese label, its translation, the name signed (if recorded
     * electronically) or a blank line, and the date line.
     */
    PdfPTable signatureTable() {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        return table;
    }

    void signatureCell(PdfPTable table, String zhLabel, String enLabel, String signed, boolean seal) {
        if (zhLabel.isEmpty()) {
            // The other half of a row with an odd number of places to sign.
            PdfPCell empty = new PdfPCell(new Phrase(""));
            empty.setBorder(0);
            table.addCell(empty);
            return;
        }
        Paragraph p = new Paragraph();
        p.add(new Chunk(zhLabel, body));
        p.add(Chunk.NEWLINE);
        p.add(new Chunk(enLabel, english));
        p.add(Chunk.NEWLINE);
        p.add(new Chunk(signed == null ? "\n" + BLANK + BLANK : signed, signed == null ? body : small));
        p.add(Chunk.NEWLINE);
        p.add(new Chunk("\n" + zh("doc.dateLine"), body));
        PdfPCell cell = new PdfPCell(p);
        cell.setBorder(0);
        cell.setPaddingBottom(18);
        cell.setMinimumHeight(seal ? 120 : 96);
        if (seal) {
            cell.setCellEvent((c, position, canvases) -> {
                // Where the committee's seal goes: a dashed circle of 4.2 cm, the size of an official seal.
                PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
                canvas.saveState();
                canvas.setLineDash(3, 3);
                canvas.setColorStroke(new Color(200, 60, 60));
                canvas.circle(position.getRight() - 70, position.getBottom() + 60, 50);
                canvas.stroke();
                canvas.restoreState();
            });
        }
        table.addCell(cell);
    }

    void add(PdfPTable table) {
        document.add(table);
    }

    /** A plain table for lists (signature record, schedule): header row shaded and repeated on each page. */
    PdfPTable table(float[] widths, String... headerKeys) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setKeepTogether(true);
        for (String key : headerKeys) {
            Paragraph p = new Paragraph();
            p.add(new Chunk(zh(key), small));
            p.add(Chunk.NEWLINE);
            p.add(new Chunk(en(key), small));
            PdfPCell cell = new PdfPCell(p);
            cell.setGrayFill(0.92f);
            cell.setPadding(3);
            table.addCell(cell);
        }
        return table;
    }

    void cell(PdfPTable table, String value) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, small));
        cell.setPadding(3);
        table.addCell(cell);
    }

    void note(String zhText, String enText) {
        Paragraph p = new Paragraph(10, zhText + (enText == null ? "" : "\n" + enText), small);
        p.setSpacingBefore(6);
        document.add(p);
    }

    void newPage() {
        document.newPage();
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
