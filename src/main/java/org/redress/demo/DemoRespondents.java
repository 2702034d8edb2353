package org.redress.demo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintFilter;
import org.redress.complaint.ComplaintRow;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.dispute.DisputeDetails;
import org.redress.merchant.PlatformService;
import org.redress.respondent.BulkReferrals;
import org.redress.respondent.NewRespondent;
import org.redress.respondent.ReferralStatus;
import org.redress.respondent.ReferralView;
import org.redress.respondent.Referrals;
import org.redress.respondent.RespondentDirectory;
import org.redress.respondent.RespondentKind;
import org.redress.respondent.ResponseCode;
import org.redress.security.Role;
import org.redress.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The other side in the demo: a merchant still trading, the platform it sells on, and the "use first, pay later"
 * service of the vanished shop's platform, each with an account; referrals to each, some answered, some waiting,
 * and the class dispute against the vanished shop referred to the pay-later service, which paused a few members'
 * instalments.
 */
@Component
@Profile("demo")
class DemoRespondents {

    /** Respondent accounts pass the same password rules as any account an administrator creates. */
    static final String PASSWORD = "demo-respond";
    private static final Logger log = LoggerFactory.getLogger(DemoRespondents.class);

    private final RespondentDirectory directory;
    private final Referrals referrals;
    private final BulkReferrals bulk;
    private final ComplaintService complaints;
    private final PlatformService platforms;

    DemoRespondents(RespondentDirectory directory, Referrals referrals, BulkReferrals bulk,
                    ComplaintService complaints, PlatformService platforms) {
        this.directory = directory;
        this.referrals = referrals;
        this.bulk = bulk;
        this.complaints = complaints;
        this.platforms = platforms;
    }

    /** Runs as the system user, after the class dispute is open. */
    void seed(Set<String> ours, DisputeDetails vanished) {
        try {
            List<ComplaintRow> shopCases = casesOfBusiestOtherMerchant(ours, vanished);
            if (!shopCases.isEmpty()) {
                ComplaintDetails first = complaints.get(shopCases.getFirst().caseNumber());
                directory.create(new NewRespondent(RespondentKind.MERCHANT, List.of(first.merchantId()), null, null,
                        null, "shop", PASSWORD));
                directory.create(new NewRespondent(RespondentKind.PLATFORM, null, first.platform(), null, null,
                        "platform", PASSWORD));
                referAndAnswer(shopCases);
            }
            if (vanished != null) {
                String platformName = platforms.find(vanished.platform()).map(p -> p.nameZh())
                        .orElse(vanished.platform());
                directory.create(new NewRespondent(RespondentKind.PAYMENT_PROVIDER, null, vanished.platform(),
                        platformName + "先用后付", null, "paylater", PASSWORD));
                bulk.referDispute(vanished.id(), RespondentKind.PAYMENT_PROVIDER,
                        "商家已跑路、无法联系，请暂停或取消下列消费者在该店铺的先用后付未还分期，并逐户答复。");
                List<ReferralView> waiting = referrals.queue(Set.of(ReferralStatus.OPEN)).stream()
                        .filter(r -> r.to() == RespondentKind.PAYMENT_PROVIDER).limit(5).toList();
                SystemUser.runAs("paylater", Role.RESPONDENT, () -> waiting.forEach(r -> referrals.respond(r.id(),
                        ResponseCode.INSTALMENTS_PAUSED, "已暂停该订单后续分期扣款，待调解结果确定后处理已还部分。", null)));
            }
        } catch (BusinessRuleException | InvalidInputException e) {
            log.warn("Demo respondents not complete: {}", e.getMessage());
        }
    }

    /**
     * Six of the merchant's cases to the merchant: one refunded, one explained, one still being handled (the
     * deadline extended once), three waiting; two to the platform, one answered.
     */
    private void referAndAnswer(List<ComplaintRow> cases) {
        // Some of these consumers agreed on the phone to share their contact details and to be told of progress.
        cases.stream().limit(4).forEach(c -> {
            ComplaintDetails d = complaints.get(c.caseNumber());
            boolean email = d.consumerEmail() != null;
            complaints.update(c.caseNumber(), d.version(), d.asDraft().withChoices(true, !email, email));
        });
        List<ReferralView> toShop = cases.stream().limit(6)
                .map(c -> referrals.refer(c.caseNumber(), RespondentKind.MERCHANT, "请于期限内核实并答复消费者诉求。", null))
                .toList();
        List<ReferralView> toPlatform = cases.stream().skip(6).limit(2)
                .map(c -> referrals.refer(c.caseNumber(), RespondentKind.PLATFORM, "请协助核实订单并督促商家处理。", null))
                .toList();
        Map<String, ComplaintRow> byNumber = cases.stream()
                .collect(Collectors.toMap(ComplaintRow::caseNumber, c -> c, (a, b) -> a, LinkedHashMap::new));
        // At least one stays waiting, so the workspace always has something to answer.
        int answered = Math.min(3, toShop.size() - 1);
        SystemUser.runAs("shop", Role.RESPONDENT, () -> {
            if (answered > 0) {
                ReferralView r = toShop.getFirst();
                referrals.respond(r.id(), ResponseCode.CLOSED_WITH_MONETARY_RELIEF, "已与消费者协商一致，全额原路退款。",
                        byNumber.get(r.caseNumber()).amountClaimed());
            }
            if (answered > 1) {
                referrals.respond(toShop.get(1).id(), ResponseCode.CLOSED_WITH_EXPLANATION,
                        "该订单已按约发货并签收，物流凭证见附件说明；如有质量问题可申请售后检测。", null);
            }
            if (answered > 2) {
                referrals.respond(toShop.get(2).id(), ResponseCode.IN_PROGRESS,
                        "已联系厂家检测，需要延期五个工作日答复。", null);
            }
        });
        SystemUser.runAs("platform", Role.RESPONDENT, () -> toPlatform.stream().findFirst().ifPresent(r ->
                referrals.respond(r.id(), ResponseCode.CLOSED_WITH_NON_MONETARY_RELIEF,
                        "已下架涉事商品并督促商家补发。", null)));
    }

    /** Cases not yet in mediation, of the merchant with most of them other than the vanished one. */
    private List<ComplaintRow> casesOfBusiestOtherMerchant(Set<String> ours, DisputeDetails vanished) {
        List<ComplaintRow> fresh = complaints.list(new ComplaintFilter(Set.of(ComplaintStatus.RECEIVED,
                        ComplaintStatus.UNDER_REVIEW, ComplaintStatus.REFERRED_TO_PLATFORM), null, null, null, null,
                        null, null, false, null),
                PageRequest.of(0, 1000, Sort.by("id"))).getContent().stream()
                .filter(r -> ours.contains(r.caseNumber()))
                .filter(r -> vanished == null || !r.merchantName().equals(vanished.merchantName()))
                .toList();
        return fresh.stream().collect(Collectors.groupingBy(ComplaintRow::merchantName)).values().stream()
                .max(Comparator.comparingInt(List::size)).orElse(List.of());
    }
}
