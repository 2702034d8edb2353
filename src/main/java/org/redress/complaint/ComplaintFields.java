package org.redress.complaint;

import java.math.BigDecimal;
import java.util.Objects;
import org.redress.merchant.Merchant;
import org.redress.merchant.Platform;

/** Copies a draft onto a case field by field, reporting each change so that updates can be audited. */
final class ComplaintFields {

    @FunctionalInterface
    interface ChangeListener {
        void changed(String field, Object before, Object after);
    }

    private ComplaintFields() {
    }

    static void apply(Complaint c, ComplaintDraft d, Merchant merchant, Platform platform, ChangeListener listener) {
        ConsumerDetails before = c.getConsumer() == null ? new ConsumerDetails(null, null, null, null, null)
                : c.getConsumer();
        ConsumerDetails after = new ConsumerDetails(d.consumerName().trim(), clean(d.consumerPhone()),
                clean(d.consumerEmail()), clean(d.province()), clean(d.city()));
        report(listener, "externalId", c.getExternalId(), clean(d.externalId()));
        report(listener, "receivedAt", c.getReceivedAt(), d.receivedAt());
        report(listener, "channel", c.getChannel(), d.channel());
        report(listener, "consumerName", before.name(), after.name());
        report(listener, "consumerPhone", before.phone(), after.phone());
        report(listener, "consumerEmail", before.email(), after.email());
        report(listener, "province", before.province(), after.province());
        report(listener, "city", before.city(), after.city());
        report(listener, "merchantId", c.getMerchant() == null ? null : c.getMerchant().getId(), merchant.getId());
        report(listener, "platform", c.getPlatform() == null ? null : c.getPlatform().getCode(), platform.getCode());
        report(listener, "orderNumber", c.getOrderNumber(), clean(d.orderNumber()));
        report(listener, "platformTicket", c.getPlatformTicket(), clean(d.platformTicket()));
        report(listener, "purchaseDate", c.getPurchaseDate(), d.purchaseDate());
        report(listener, "amountPaid", c.getAmountPaid(), d.amountPaid());
        report(listener, "amountClaimed", c.getAmountClaimed(), d.amountClaimed());
        report(listener, "paymentMethod", c.getPaymentMethod(), d.paymentMethod());
        report(listener, "category", c.getCategory(), d.category());
        report(listener, "narrative", c.getNarrative(), d.narrative().strip());
        Consent share = consent(c.getShareConsent(), d.shareConsent(), d);
        Consent publication = consent(c.getPublicationConsent(), d.publicationConsent(), d);
        report(listener, "shareConsent", c.getShareConsent().given(), share.given());
        report(listener, "publicationConsent", c.getPublicationConsent().given(), publication.given());
        report(listener, "notifyBySms", c.isNotifyBySms(), d.notifyBySms());
        report(listener, "notifyByEmail", c.isNotifyByEmail(), d.notifyByEmail());

        c.setExternalId(clean(d.externalId()));
        c.setReceivedAt(d.receivedAt());
        c.setChannel(d.channel());
        c.setConsumer(after);
        c.setMerchant(merchant);
        c.setPlatform(platform);
        c.setOrderNumber(clean(d.orderNumber()));
        c.setPlatformTicket(clean(d.platformTicket()));
        c.setPurchaseDate(d.purchaseDate());
        c.setAmountPaid(d.amountPaid());
        c.setAmountClaimed(d.amountClaimed());
        c.setPaymentMethod(d.paymentMethod());
        c.setCategory(d.category());
        c.setNarrative(d.narrative().strip());
        c.setShareConsent(share);
        c.setPublicationConsent(publication);
        c.setNotices(d.notifyBySms(), d.notifyByEmail());
    }

    /** Keeps the original record of a consent unless it changes; a new answer is dated to receipt via the channel. */
    private static Consent consent(Consent current, boolean given, ComplaintDraft d) {
        if (current != null && current.given() == given && current.recordedOn() != null) {
            return current;
        }
        return new Consent(given, d.receivedAt(), d.channel());
    }

    private static void report(ChangeListener listener, String field, Object before, Object after) {
        boolean same = before instanceof BigDecimal a && after instanceof BigDecimal b
                ? a.compareTo(b) == 0 : Objects.equals(before, after);
        if (!same) {
            listener.changed(field, before, after);
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
