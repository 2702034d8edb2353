package org.redress.complaint.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.stream.Stream;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.redress.base.ui.EnumLabels;
import org.redress.base.ui.LocalDatePicker;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.PaymentMethod;
import org.redress.complaint.Provinces;
import org.redress.merchant.MerchantService;
import org.redress.merchant.PlatformRef;
import org.redress.merchant.PlatformService;
import org.redress.notification.Recipients;

/**
 * The complaint form used for intake and for corrections. Validates in the browser's language as the user goes;
 * what the user typed stays in the fields when validation or saving fails.
 */
class ComplaintForm extends FormLayout {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

    final LocalDatePicker receivedAt = new LocalDatePicker();
    final ComboBox<Channel> channel = new ComboBox<>();
    final TextField consumerName = new TextField();
    final TextField consumerPhone = new TextField();
    final TextField consumerEmail = new TextField();
    final ComboBox<String> province = new ComboBox<>();
    final TextField city = new TextField();
    final MerchantPicker merchant;
    final ComboBox<PlatformRef> platform = new ComboBox<>();
    final TextField orderNumber = new TextField();
    final TextField platformTicket = new TextField();
    final LocalDatePicker purchaseDate = new LocalDatePicker();
    final BigDecimalField amountPaid = new BigDecimalField();
    final BigDecimalField amountClaimed = new BigDecimalField();
    final ComboBox<PaymentMethod> paymentMethod = new ComboBox<>();
    final ComboBox<Category> category = new ComboBox<>();
    final TextArea narrative = new TextArea();
    final Checkbox shareConsent = new Checkbox();
    final Checkbox publicationConsent = new Checkbox();
    final Checkbox notifyBySms = new Checkbox();
    final Checkbox notifyByEmail = new Checkbox();
    final TextField externalId = new TextField();

    final Binder<IntakeFormData> binder = new Binder<>(IntakeFormData.class);
    private final Map<String, HasValidation> fieldsByName;
    private final Clock clock;

    ComplaintForm(MerchantService merchants, PlatformService platforms, Clock clock) {
        this.clock = clock;
        this.merchant = new MerchantPicker(t("complaint.merchant"), merchants, platforms);
        addClassName("complaint-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 3));
        labels();
        receivedAt.notAfter(LocalDate.now(clock), "validation.future");
        purchaseDate.notAfter(LocalDate.now(clock), "validation.future");
        setUpChoices(platforms);
        bind();
        HorizontalLayout merchantRow = new HorizontalLayout(merchant, merchant.newMerchantButton());
        merchantRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        merchantRow.setFlexGrow(1, merchant);
        merchantRow.setPadding(false);
        add(section("intake.section.consumer"), consumerName, consumerPhone, consumerEmail, province, city,
                notifyBySms, notifyByEmail);
        setColspan(notifyBySms, 3);
        setColspan(notifyByEmail, 3);
        add(section("intake.section.purchase"), merchantRow, platform, orderNumber, platformTicket, purchaseDate,
                paymentMethod, amountPaid, amountClaimed);
        setColspan(merchantRow, 2);
        add(section("intake.section.complaint"), receivedAt, channel, category, narrative, shareConsent,
                publicationConsent, externalId);
        setColspan(narrative, 3);
        setColspan(shareConsent, 3);
        setColspan(publicationConsent, 3);
        fieldsByName = Map.ofEntries(Map.entry("receivedAt", receivedAt), Map.entry("channel", channel),
                Map.entry("consumerName", consumerName), Map.entry("consumerPhone", consumerPhone),
                Map.entry("consumerEmail", consumerEmail), Map.entry("province", province), Map.entry("city", city),
                Map.entry("merchantId", merchant), Map.entry("platformCode", platform),
                Map.entry("orderNumber", orderNumber), Map.entry("platformTicket", platformTicket),
                Map.entry("purchaseDate", purchaseDate), Map.entry("amountPaid", amountPaid),
                Map.entry("amountClaimed", amountClaimed), Map.entry("paymentMethod", paymentMethod),
                Map.entry("category", category), Map.entry("narrative", narrative),
                Map.entry("externalId", externalId), Map.entry("notifyBySms", notifyBySms),
                Map.entry("notifyByEmail", notifyByEmail));
    }

    private H3 section(String key) {
        H3 heading = new H3(t(key));
        heading.addClassName("form-section");
        setColspan(heading, 3);
        return heading;
    }

    private void labels() {
        receivedAt.setLabel(t("complaint.receivedAt"));
        channel.setLabel(t("complaint.channel"));
        consumerName.setLabel(t("complaint.consumerName"));
        consumerPhone.setLabel(t("complaint.consumerPhone"));
        consumerEmail.setLabel(t("complaint.consumerEmail"));
        province.setLabel(t("complaint.province"));
        city.setLabel(t("complaint.city"));
        platform.setLabel(t("complaint.platform"));
        orderNumber.setLabel(t("complaint.orderNumber"));
        platformTicket.setLabel(t("complaint.platformTicket"));
        purchaseDate.setLabel(t("complaint.purchaseDate"));
        amountPaid.setLabel(t("complaint.amountPaid"));
        amountClaimed.setLabel(t("complaint.amountClaimed"));
        paymentMethod.setLabel(t("complaint.paymentMethod"));
        category.setLabel(t("complaint.category"));
        narrative.setLabel(t("complaint.narrative"));
        shareConsent.setLabel(t("complaint.shareConsent"));
        publicationConsent.setLabel(t("complaint.publicationConsent"));
        notifyBySms.setLabel(t("complaint.notifyBySms"));
        notifyByEmail.setLabel(t("complaint.notifyByEmail"));
        externalId.setLabel(t("complaint.externalId"));
        externalId.setHelperText(t("complaint.externalId.help"));
        amountPaid.setPrefixComponent(new Span("¥"));
        amountClaimed.setPrefixComponent(new Span("¥"));
        consumerPhone.setHelperText(t("intake.phone.help"));
        narrative.setMaxLength(Complaint.NARRATIVE_MAX);
        narrative.setMinHeight("10em");
        narrative.setValueChangeMode(ValueChangeMode.LAZY);
        narrative.addValueChangeListener(e -> narrative.setHelperText(
                t("intake.narrative.count", e.getValue() == null ? 0 : e.getValue().length(), Complaint.NARRATIVE_MAX)));
        narrative.setHelperText(t("intake.narrative.count", 0, Complaint.NARRATIVE_MAX));
        consumerName.setMaxLength(Complaint.NAME_MAX);
        consumerEmail.setMaxLength(200);
        consumerPhone.setMaxLength(30);
        city.setMaxLength(50);
        orderNumber.setMaxLength(Complaint.REFERENCE_MAX);
        platformTicket.setMaxLength(Complaint.REFERENCE_MAX);
        externalId.setMaxLength(Complaint.REFERENCE_MAX);
    }

    private void setUpChoices(PlatformService platforms) {
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(EnumLabels::of);
        paymentMethod.setItems(PaymentMethod.values());
        paymentMethod.setItemLabelGenerator(EnumLabels::of);
        category.setItems(Category.values());
        category.setItemLabelGenerator(EnumLabels::of);
        platform.setItems(platforms.active());
        platform.setItemLabelGenerator(p -> p.label(getLocale()));
        province.setItems(Provinces.ALL);
        province.setAllowCustomValue(true);
        province.addCustomValueSetListener(e -> province.setValue(e.getDetail()));
        LocalDate today = LocalDate.now(clock);
        receivedAt.setMax(today);
        purchaseDate.setMax(today);
        merchant.addValueChangeListener(e -> {
            if (e.getValue() != null && platform.isEmpty()) {
                platforms.find(e.getValue().platformCode()).ifPresent(platform::setValue);
            }
        });
    }

    private void bind() {
        String required = t("validation.required");
        binder.forField(receivedAt).asRequired(required).withValidator(notInFuture())
                .bind(IntakeFormData::getReceivedAt, IntakeFormData::setReceivedAt);
        binder.forField(channel).asRequired(required).bind(IntakeFormData::getChannel, IntakeFormData::setChannel);
        binder.forField(consumerName).asRequired(required)
                .bind(IntakeFormData::getConsumerName, IntakeFormData::setConsumerName);
        Binder.Binding<IntakeFormData, String> phone = binder.forField(consumerPhone)
                .withValidator(v -> v == null || v.isBlank() || v.trim().matches(ComplaintDraft.PHONE_PATTERN),
                        t("validation.phone"))
                .withValidator((v, ctx) -> (v == null || v.isBlank()) && consumerEmail.getValue().isBlank()
                        ? ValidationResult.error(t("validation.phoneOrEmail")) : ValidationResult.ok())
                .bind(IntakeFormData::getConsumerPhone, IntakeFormData::setConsumerPhone);
        binder.forField(consumerEmail).withValidator(v -> v == null || v.isBlank()
                        || !new EmailValidator("").apply(v.trim(), null).isError(), t("validation.email"))
                .bind(IntakeFormData::getConsumerEmail, IntakeFormData::setConsumerEmail);
        binder.forField(province).asRequired(required).bind(IntakeFormData::getProvince, IntakeFormData::setProvince);
        binder.forField(city).bind(IntakeFormData::getCity, IntakeFormData::setCity);
        binder.forField(merchant).asRequired(t("validation.merchant"))
                .bind(IntakeFormData::getMerchant, IntakeFormData::setMerchant);
        binder.forField(platform).asRequired(required).bind(IntakeFormData::getPlatform, IntakeFormData::setPlatform);
        binder.forField(orderNumber).bind(IntakeFormData::getOrderNumber, IntakeFormData::setOrderNumber);
        binder.forField(platformTicket).bind(IntakeFormData::getPlatformTicket, IntakeFormData::setPlatformTicket);
        binder.forField(purchaseDate).withValidator(notInFuture())
                .withValidator(d -> d == null || receivedAt.getValue() == null || !d.isAfter(receivedAt.getValue()),
                        t("validation.purchaseAfterReceipt"))
                .bind(IntakeFormData::getPurchaseDate, IntakeFormData::setPurchaseDate);
        binder.forField(amountPaid).asRequired(required).withValidator(amount())
                .bind(IntakeFormData::getAmountPaid, IntakeFormData::setAmountPaid);
        binder.forField(amountClaimed).asRequired(required).withValidator(amount())
                .bind(IntakeFormData::getAmountClaimed, IntakeFormData::setAmountClaimed);
        binder.forField(paymentMethod).asRequired(required)
                .bind(IntakeFormData::getPaymentMethod, IntakeFormData::setPaymentMethod);
        binder.forField(category).asRequired(required).bind(IntakeFormData::getCategory, IntakeFormData::setCategory);
        binder.forField(narrative).asRequired(required).bind(IntakeFormData::getNarrative, IntakeFormData::setNarrative);
        binder.forField(shareConsent).bind(IntakeFormData::isShareConsent, IntakeFormData::setShareConsent);
        binder.forField(publicationConsent)
                .bind(IntakeFormData::isPublicationConsent, IntakeFormData::setPublicationConsent);
        binder.forField(externalId).bind(IntakeFormData::getExternalId, IntakeFormData::setExternalId);
        Binder.Binding<IntakeFormData, Boolean> bySms = binder.forField(notifyBySms)
                .withValidator(v -> !v || Recipients.mobile(consumerPhone.getValue()).isPresent(),
                        t("validation.notifyNeedsMobile"))
                .bind(IntakeFormData::isNotifyBySms, IntakeFormData::setNotifyBySms);
        Binder.Binding<IntakeFormData, Boolean> byEmail = binder.forField(notifyByEmail)
                .withValidator(v -> !v || !consumerEmail.getValue().isBlank(), t("validation.notifyNeedsEmail"))
                .bind(IntakeFormData::isNotifyByEmail, IntakeFormData::setNotifyByEmail);
        consumerEmail.addValueChangeListener(e -> {
            phone.validate();
            byEmail.validate();
        });
        consumerPhone.addValueChangeListener(e -> bySms.validate());
    }

    private Validator<LocalDate> notInFuture() {
        return (date, ctx) -> date != null && date.isAfter(LocalDate.now(clock))
                ? ValidationResult.error(t("validation.future")) : ValidationResult.ok();
    }

    private Validator<BigDecimal> amount() {
        return (value, ctx) -> {
            if (value == null) {
                return ValidationResult.ok();
            }
            if (value.signum() < 0) {
                return ValidationResult.error(t("validation.amount.negative"));
            }
            if (value.compareTo(MAX_AMOUNT) > 0) {
                return ValidationResult.error(t("validation.amount.max"));
            }
            if (value.stripTrailingZeros().scale() > 2) {
                return ValidationResult.error(t("validation.amount.decimals"));
            }
            return ValidationResult.ok();
        };
    }

    /**
     * Scrolls to the first field that shows an error, in the order of the form, and puts the cursor in it, so that
     * on a phone the user sees what to fix instead of a message about something off screen.
     */
    boolean focusFirstInvalid() {
        return getChildren().flatMap(c -> c instanceof HorizontalLayout row ? row.getChildren() : Stream.of(c))
                .filter(c -> c instanceof HasValidation v && v.isInvalid()).findFirst()
                .map(c -> {
                    c.scrollIntoView();
                    if (c instanceof Focusable<?> f) {
                        f.focus();
                    }
                    return true;
                }).orElse(false);
    }

    /** Shows errors that the server found (and the form did not) next to their fields. */
    void showServerErrors(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            HasValidation component = fieldsByName.get(field);
            if (component != null) {
                component.setErrorMessage(message);
                component.setInvalid(true);
            }
        });
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
