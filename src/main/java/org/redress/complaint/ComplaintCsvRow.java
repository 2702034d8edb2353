package org.redress.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVRecord;
import org.redress.base.Message;

/**
 * Reads one complaint in the import format (a CSV record, or the same names in a JSON object) into a draft,
 * collecting every problem rather than stopping at the first.
 */
final class ComplaintCsvRow {

    static final List<String> COLUMNS = List.of("externalId", "receivedAt", "channel", "consumerName",
            "consumerPhone", "consumerEmail", "province", "city", "merchantName", "merchantShopId", "platform",
            "orderNumber", "platformTicket", "purchaseDate", "amountPaid", "amountClaimed", "paymentMethod",
            "category", "narrative", "shareConsent", "publicationConsent", "notifyBySms", "notifyByEmail");
    /** The consent and notice columns read "true" for yes; anything else, or no column, is no. */
    static final Set<String> OPTIONAL = Set.of("externalId", "orderNumber", "platformTicket", "consumerEmail",
            "merchantShopId", "shareConsent", "publicationConsent", "notifyBySms", "notifyByEmail");

    private final UnaryOperator<String> values;
    private final Map<String, Message> errors = new TreeMap<>();

    private ComplaintCsvRow(UnaryOperator<String> values) {
        this.values = values;
    }

    static ComplaintCsvRow of(CSVRecord record) {
        return new ComplaintCsvRow(column -> record.isMapped(column) && record.isSet(column) ? record.get(column) : null);
    }

    static ComplaintCsvRow of(Map<String, ?> json) {
        return new ComplaintCsvRow(column -> json.get(column) == null ? null : String.valueOf(json.get(column)));
    }

    String get(String column) {
        String value = values.apply(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    String externalId() {
        return get("externalId");
    }

    Map<String, Message> errors() {
        return errors;
    }

    /** The draft with merchant left empty (the importer resolves it), and the parse problems in {@link #errors()}. */
    ComplaintDraft toDraft() {
        return new ComplaintDraft(externalId(), date("receivedAt"), constant("channel", Channel.class),
                get("consumerName"), get("consumerPhone"), get("consumerEmail"), get("province"), get("city"), null,
                get("platform"), get("orderNumber"), get("platformTicket"), date("purchaseDate"), amount("amountPaid"),
                amount("amountClaimed"), constant("paymentMethod", PaymentMethod.class),
                constant("category", Category.class), get("narrative"), flag("shareConsent"),
                flag("publicationConsent"), flag("notifyBySms"), flag("notifyByEmail"));
    }

    private boolean flag(String column) {
        return "true".equalsIgnoreCase(get(column));
    }

    private LocalDate date(String column) {
        String value = get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(column, Message.of("error.complaint.notIsoDateYyyy", value));
            return null;
        }
    }

    private BigDecimal amount(String column) {
        String value = get(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(column, Message.of("error.complaint.notAmount", value));
            return null;
        }
    }

    private <E extends Enum<E>> E constant(String column, Class<E> type) {
        String value = get(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.put(column, Message.of("error.base.notOne", value, Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    static ComplaintDraft withMerchant(ComplaintDraft d, Long merchantId) {
        return new ComplaintDraft(d.externalId(), d.receivedAt(), d.channel(), d.consumerName(), d.consumerPhone(),
                d.consumerEmail(), d.province(), d.city(), merchantId, d.platformCode(), d.orderNumber(),
                d.platformTicket(), d.purchaseDate(), d.amountPaid(), d.amountClaimed(), d.paymentMethod(),
                d.category(), d.narrative(), d.shareConsent(), d.publicationConsent(), d.notifyBySms(),
                d.notifyByEmail());
    }
}
