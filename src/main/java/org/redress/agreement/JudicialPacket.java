package org.redress.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.redress.base.BusinessRuleException;
import org.redress.base.Roles;
import org.redress.base.SafeCsv;
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
 * The packet a consumer takes to court for judicial confirmation (司法确认) of a binding agreement: the signed agreement
 * PDF, a case summary, the parties' details and the evidence index, with a manifest of SHA-256 sums so the court's
 * mediation platform can check that nothing was altered. Text files are UTF-8 (CSV with BOM, for spreadsheet programs).
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
    private final ZoneId zone;

    JudicialPacket(AgreementQueries agreements, ComplaintService complaints, DisputeService disputes,
                   EvidenceService evidence, Clock clock) {
        this.agreements = agreements;
        this.complaints = complaints;
        this.disputes = disputes;
        this.evidence = evidence;
        this.zone = clock.getZone();
    }

    public String fileName(long agreementId) {
        return "司法确认材料-AG-" + agreementId + ".zip";
    }

    public byte[] zip(long agreementId) {
        AgreementDetails a = agreements.get(agreementId);
        if (a.status() != AgreementStatus.BINDING) {
            throw new BusinessRuleException("error.agreement.onlyBindingAgreementCan");
        }
        List<String> cases = new ArrayList<>();
        DisputeDetails dispute = null;
        CaseRef subject = CaseRef.parse(a.caseRef());
        if (subject.isDispute()) {
            dispute = disputes.get(subject.disputeId());
            a.perCreditor().keySet().stream().filter(dispute.complaintCaseNumbers()::contains).forEach(cases::add);
        } else {
            cases.add(a.caseRef());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("01-调解协议书-AG-" + a.id() + ".pdf", agreements.pdf(agreementId));
        files.put("02-案件摘要.txt", summary(a, dispute, cases).getBytes(StandardCharsets.UTF_8));
        files.put("03-当事人信息.csv", parties(a, cases));
        files.put("04-证据目录.csv", evidenceIndex(cases));
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
                        .append("\",\"sha256\":\"").append(sha256(file.getValue())).append("\"}");
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

    private String summary(AgreementDetails a, DisputeDetails dispute, List<String> cases) {
        StringBuilder text = new StringBuilder();
        text.append("司法确认申请材料 · 案件摘要\n\n");
        text.append("调解协议编号：AG-").append(a.id()).append("\n");
        text.append("案件编号：").append(a.caseRef()).append("\n");
        if (dispute != null) {
            text.append("集体纠纷：").append(dispute.title()).append("（成员 ").append(dispute.members())
                    .append(" 件，被投诉商家 ").append(dispute.merchantName()).append("）\n");
        }
        for (String caseNumber : cases) {
            ComplaintDetails c = complaints.get(caseNumber);
            text.append("\n投诉 ").append(c.caseNumber()).append("：受理日期 ").append(c.receivedAt())
                    .append("，商家 ").append(c.merchantName()).append("，平台 ").append(c.platform())
                    .append("，订单号 ").append(c.orderNumber() == null ? "—" : c.orderNumber())
                    .append("，支付金额 ").append(c.amountPaid()).append(" 元，请求金额 ").append(c.amountClaimed())
                    .append(" 元\n诉求：").append(c.narrative()).append("\n");
        }
        text.append("\n协议内容（前言）：\n").append(a.recitals()).append("\n\n义务：\n");
        for (AgreementDetails.Line l : a.obligations()) {
            text.append(l.number()).append(". ").append(l.debtor()).append(" → ").append(l.creditor()).append(" ")
                    .append(l.kind()).append(l.amount() == null ? "" : " " + l.amount() + " 元")
                    .append(l.dueDate() == null ? "" : "，履行期限 " + l.dueDate())
                    .append("，状态 ").append(l.status()).append("\n");
        }
        text.append("\n协议金额合计：").append(a.moneyTotal()).append(" 元\n");
        text.append("生效时间：").append(a.bindingAt() == null ? "—" : WHEN.format(a.bindingAt().atZone(zone)))
                .append("\n");
        text.append("协议内容 SHA-256：").append(a.sha256()).append("\n");
        text.append("核验：GET /api/v1/agreements/").append(a.id())
                .append("/canonical 的 SHA-256 应与上述值一致。\n");
        return text.toString();
    }

    private byte[] parties(AgreementDetails a, List<String> cases) {
        StringBuilder csv = new StringBuilder(BOM);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord(SafeCsv.cells("当事方", "身份", "名称", "签署人", "身份/职务", "签署方式", "签署时间", "联系方式", "地址"));
            for (AgreementDetails.Party p : a.parties()) {
                String contact = "";
                String address = "";
                if ("CONSUMER".equals(p.party()) && cases.size() == 1) {
                    ComplaintDetails c = complaints.get(cases.getFirst());
                    contact = join(c.consumerPhone(), c.consumerEmail());
                    address = join(c.province(), c.city());
                }
                printer.printRecord(SafeCsv.cells(
                        p.party(), p.role(), p.name(), p.signerName(), p.capacity(), p.method(),
                        p.signedAt() == null ? "" : WHEN.format(p.signedAt().atZone(zone)), contact, address));
            }
            if (cases.size() > 1) {
                for (String caseNumber : cases) {
                    ComplaintDetails c = complaints.get(caseNumber);
                    printer.printRecord(SafeCsv.cells(caseNumber, "CONSUMER", c.consumerName(), "", "集体纠纷成员", "", "",
                            join(c.consumerPhone(), c.consumerEmail()), join(c.province(), c.city())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] evidenceIndex(List<String> cases) {
        StringBuilder csv = new StringBuilder(BOM);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord(SafeCsv.cells("序号", "案件编号", "证据类型", "文件名", "大小(字节)", "SHA-256", "提交时间"));
            int n = 1;
            for (String caseNumber : cases) {
                for (EvidenceItem item : evidence.list(caseNumber)) {
                    printer.printRecord(SafeCsv.cells(
                            n++, caseNumber, item.type(), item.originalName(), item.sizeBytes(),
                            item.sha256(), WHEN.format(item.uploadedAt().atZone(zone))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String join(String a, String b) {
        return String.join(" ", Stream.of(a, b).filter(s -> s != null && !s.isBlank()).toList());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
