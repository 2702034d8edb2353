package org.redress.complaint.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.PlatformRef;

/** The mutable bean behind the intake form; Binder writes what the user typed here, even when it is not yet valid. */
class IntakeFormData {

    private String externalId;
    private LocalDate receivedAt;
    private Channel channel = Channel.PHONE;
    private String consumerName;
    private String consumerPhone;
    private String consumerEmail;
    private String province;
    private String city;
    private MerchantSummary merchant;
    private PlatformRef platform;
    private String orderNumber;
    private String platformTicket;
    private LocalDate purchaseDate;
    private BigDecimal amountPaid;
    private BigDecimal amountClaimed;
    private PaymentMethod paymentMethod;
    private Category category;
    private String narrative;
    private boolean shareConsent;
    private boolean publicationConsent;
    private boolean notifyBySms;
    private boolean notifyByEmail;

    static IntakeFormData of(ComplaintDetails details, MerchantSummary merchant, PlatformRef platform) {
        IntakeFormData data = new IntakeFormData();
        data.externalId = details.externalId();
        data.receivedAt = details.receivedAt();
        data.channel = details.channel();
        data.consumerName = details.consumerName();
        data.consumerPhone = details.consumerPhone();
        data.consumerEmail = details.consumerEmail();
        data.province = details.province();
        data.city = details.city();
        data.merchant = merchant;
        data.platform = platform;
        data.orderNumber = details.orderNumber();
        data.platformTicket = details.platformTicket();
        data.purchaseDate = details.purchaseDate();
        data.amountPaid = details.amountPaid();
        data.amountClaimed = details.amountClaimed();
        data.paymentMethod = details.paymentMethod();
        data.category = details.category();
        data.narrative = details.narrative();
        data.shareConsent = details.shareConsent().given();
        data.publicationConsent = details.publicationConsent().given();
        data.notifyBySms = details.notifyBySms();
        data.notifyByEmail = details.notifyByEmail();
        return data;
    }

    ComplaintDraft toDraft() {
        return new ComplaintDraft(externalId, receivedAt, channel, consumerName, consumerPhone, consumerEmail, province,
                city, merchant == null ? null : merchant.id(), platform == null ? null : platform.code(), orderNumber,
                platformTicket, purchaseDate, amountPaid, amountClaimed, paymentMethod, category, narrative,
                shareConsent, publicationConsent, notifyBySms, notifyByEmail);
    }

    public String getExternalId() { return externalId; }
    public void setExternalId(String v) { externalId = v; }
    public LocalDate getReceivedAt() { return receivedAt; }
    public void setReceivedAt(LocalDate v) { receivedAt = v; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel v) { channel = v; }
    public String getConsumerName() { return consumerName; }
    public void setConsumerName(String v) { consumerName = v; }
    public String getConsumerPhone() { return consumerPhone; }
    public void setConsumerPhone(String v) { consumerPhone = v; }
    public String getConsumerEmail() { return consumerEmail; }
    public void setConsumerEmail(String v) { consumerEmail = v; }
    public String getProvince() { return province; }
    public void setProvince(String v) { province = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public MerchantSummary getMerchant() { return merchant; }
    public void setMerchant(MerchantSummary v) { merchant = v; }
    public PlatformRef getPlatform() { return platform; }
    public void setPlatform(PlatformRef v) { platform = v; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String v) { orderNumber = v; }
    public String getPlatformTicket() { return platformTicket; }
    public void setPlatformTicket(String v) { platformTicket = v; }
    public LocalDate getPurchaseDate() { return purchaseDate; }
    public void setPurchaseDate(LocalDate v) { purchaseDate = v; }
    public BigDecimal getAmountPaid() { return amountPaid; }
    public void setAmountPaid(BigDecimal v) { amountPaid = v; }
    public BigDecimal getAmountClaimed() { return amountClaimed; }
    public void setAmountClaimed(BigDecimal v) { amountClaimed = v; }
    public PaymentMethod getPaymentMethod() { return paymentMethod; }
    public void setPaymentMethod(PaymentMethod v) { paymentMethod = v; }
    public Category getCategory() { return category; }
    public void setCategory(Category v) { category = v; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String v) { narrative = v; }
    public boolean isShareConsent() { return shareConsent; }
    public void setShareConsent(boolean v) { shareConsent = v; }
    public boolean isPublicationConsent() { return publicationConsent; }
    public void setPublicationConsent(boolean v) { publicationConsent = v; }
    public boolean isNotifyBySms() { return notifyBySms; }
    public void setNotifyBySms(boolean v) { notifyBySms = v; }
    public boolean isNotifyByEmail() { return notifyByEmail; }
    public void setNotifyByEmail(boolean v) { notifyByEmail = v; }
}
