package org.redress.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redress.base.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreed content as one canonical text (JSON with a fixed key order, amounts as plain decimals, no tracking
 * state), and its SHA-256: the same content always gives the same hash, so anyone can verify a printed agreement.
 */
final class CanonicalContent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CanonicalContent() {
    }

    static String of(Agreement a) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("caseRef", a.getCaseRef());
        content.put("amends", a.getAmendsId());
        content.put("recitals", a.getRecitals());
        List<Map<String, Object>> parties = new ArrayList<>();
        for (AgreementParty p : a.getParties()) {
            Map<String, Object> party = new LinkedHashMap<>();
            party.put("party", p.party());
            party.put("role", p.role().name());
            party.put("name", p.name());
            if (!p.particulars().isEmpty()) {
                // Only where given, so that agreements bound before particulars existed keep their hash.
                Particulars d = p.particulars();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("idNumber", d.idNumber());
                details.put("address", d.address());
                details.put("contact", d.contact());
                details.put("creditCode", d.creditCode());
                details.put("legalRepresentative", d.legalRepresentative());
                details.put("fullName", d.fullName());
                party.put("particulars", details);
            }
            parties.add(party);
        }
        content.put("parties", parties);
        List<Map<String, Object>> lines = new ArrayList<>();
        int n = 1;
        for (Obligation o : a.getObligations()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("number", n++);
            line.put("debtor", o.debtor());
            line.put("creditor", o.creditor());
            line.put("kind", o.kind().name());
            line.put("amount", o.amount() == null ? null : o.amount().setScale(2).toPlainString());
            line.put("dueDate", o.dueDate() == null ? null : o.dueDate().toString());
            line.put("description", o.description());
            lines.add(line);
        }
        content.put("obligations", lines);
        List<Map<String, Object>> instalments = new ArrayList<>();
        for (Instalment i : a.getInstalments()) {
            if (!paidInOne(a, i.obligation())) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("obligation", i.obligation());
                line.put("number", i.number());
                line.put("amount", i.amount().setScale(2).toPlainString());
                line.put("dueDate", i.dueDate().toString());
                instalments.add(line);
            }
        }
        if (!instalments.isEmpty()) {
            // Only where an obligation is paid in parts, so that agreements bound before instalments keep their hash.
            content.put("instalments", instalments);
        }
        return JSON.writeValueAsString(content);
    }

    /** An obligation paid in one payment by its own due date: its single instalment adds nothing to the terms. */
    static boolean paidInOne(Agreement a, int obligation) {
        List<Instalment> its = a.instalmentsOf(obligation);
        Obligation o = a.getObligations().get(obligation - 1);
        return its.size() == 1 && its.getFirst().amount().compareTo(o.amount()) == 0
                && its.getFirst().dueDate().equals(o.dueDate());
    }

    /** The canonical text as lines a person can compare: recitals, then each party and each obligation. */
    static List<String> readableLines(String canonical) {
        JsonNode root = JSON.readTree(canonical);
        List<String> lines = new ArrayList<>();
        lines.add("Recitals / 前言: " + root.path("recitals").asString(""));
        for (JsonNode p : root.path("parties")) {
            lines.add("Party / 当事方 " + p.path("party").asString("") + ": " + p.path("name").asString(""));
            if (p.has("particulars")) {
                StringBuilder details = new StringBuilder("Particulars / 基本情况 " + p.path("party").asString("") + ":");
                p.path("particulars").properties().forEach(e -> {
                    if (!e.getValue().isNull()) {
                        details.append(' ').append(e.getKey()).append('=').append(e.getValue().asString(""));
                    }
                });
                lines.add(details.toString());
            }
        }
        for (JsonNode o : root.path("obligations")) {
            lines.add("#" + o.path("number").asInt() + " " + o.path("debtor").asString("") + " → "
                    + o.path("creditor").asString("") + " " + o.path("kind").asString("")
                    + (o.path("amount").isNull() ? "" : " CNY " + o.path("amount").asString(""))
                    + (o.path("dueDate").isNull() ? "" : " by " + o.path("dueDate").asString(""))
                    + (o.path("description").isNull() ? "" : " · " + o.path("description").asString("")));
        }
        for (JsonNode i : root.path("instalments")) {
            lines.add("#" + i.path("obligation").asInt() + "." + i.path("number").asInt() + " CNY "
                    + i.path("amount").asString("") + " by " + i.path("dueDate").asString(""));
        }
        return lines;
    }

    static String sha256(String canonical) {
        return Sha256.hex(canonical);
    }

    /** Money owed per creditor, summed exactly. */
    static Map<String, BigDecimal> perCreditor(List<Obligation> obligations) {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Obligation o : obligations) {
            if (o.kind().isMoney() && o.amount() != null) {
                sums.merge(o.creditor(), o.amount(), BigDecimal::add);
            }
        }
        return new TreeMap<>(sums);
    }
}
