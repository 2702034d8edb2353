package org.redress.complaint;

/**
 * The names of the complaint index's fields that other modules query (search, statistics) and this one does
 * (duplicate candidates): the complaint module's published index contract. A renamed property changes its constant
 * here; {@code ComplaintIndexTest} fails if a constant names no field of the index.
 */
public final class ComplaintIndex {

    public static final String CASE_NUMBER = "caseNumber";
    public static final String EXTERNAL_ID = "externalId";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String CATEGORY = "category";
    public static final String STATUS = "status";
    public static final String PAYMENT_METHOD = "paymentMethod";
    public static final String PLATFORM = "platform.code";
    public static final String MERCHANT_ID = "merchant.id";
    public static final String MERCHANT_NAME = "merchant.name_keyword";
    public static final String PROVINCE = "consumer.province";
    public static final String PHONE = "consumer.phone";
    public static final String ORDER_NUMBER = "orderNumber";
    public static final String PLATFORM_TICKET = "platformTicket";
    public static final String AMOUNT_PAID = "amountPaid";
    public static final String AMOUNT_CLAIMED = "amountClaimed";
    public static final String RESOLUTION_DAYS = "resolutionDays";
    public static final String MONTH_CATEGORY = "monthCategory";
    public static final String CONSUMER_HASH = "consumerHash";
    public static final String NARRATIVE_CJK = "narrative_cjk";
    public static final String NARRATIVE_EN = "narrative_en";

    private ComplaintIndex() {
    }
}
