package org.redress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.redress.notification.DemoMailServer;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Builds valid merchants and complaint drafts for tests; each test changes only what it is about. */
@TestComponent
public class TestData {

    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");
    private static final Pattern LINK = Pattern.compile("/sign/([A-Za-z0-9_-]+)");

    private final MerchantService merchants;
    private final DemoMailServer mail;

    public TestData(MerchantService merchants, DemoMailServer mail) {
        this.merchants = merchants;
        this.mail = mail;
    }

    /** The text of the newest message the test mail server received for the recipient (an address or a number). */
    public String lastMessageTo(String recipient) {
        return mail.messages().stream().filter(m -> m.to().contains(recipient)).findFirst()
                .map(DemoMailServer.MailboxMessage::text)
                .orElseThrow(() -> new AssertionError("nothing was sent to " + recipient));
    }

    /** The signing code in the newest message to the recipient, read as the party would. */
    public String lastCodeTo(String recipient) {
        Matcher m = CODE.matcher(lastMessageTo(recipient));
        if (!m.find()) {
            throw new AssertionError("no code in the message to " + recipient);
        }
        return m.group(1);
    }

    /** The token of the signing link in the newest message to the recipient. */
    public String lastSigningLinkTo(String recipient) {
        Matcher m = LINK.matcher(lastMessageTo(recipient));
        if (!m.find()) {
            throw new AssertionError("no signing link in the message to " + recipient);
        }
        return m.group(1);
    }

    /** The Kuaishou merchant of this name: recorded on first use, the same one after (one shop, one record). */
    public MerchantSummary merchant(String name) {
        return merchants.sameName(name, "KUAISHOU").orElseGet(() -> merchants.create(new NewMerchant(name, "KUAISHOU",
                "KS-" + Math.abs(name.hashCode()))));
    }

    public static ComplaintDraft draft(Long merchantId) {
        return new ComplaintDraft(null, LocalDate.now().minusDays(1), Channel.WEB, "王芳", "13800138000",
                "wang@example.cn", "浙江", "杭州", merchantId, "KUAISHOU", "202611230001", "GD20261123",
                LocalDate.now().minusDays(10), new BigDecimal("1299.00"), new BigDecimal("1299.00"),
                PaymentMethod.BUY_NOW_PAY_LATER, Category.MERCHANT_ABSCONDED,
                "直播间先用后付买的手机一直没发货，商家跑路了，客服联系不上。", true, false);
    }

    /**
     * A CSV file in the import format with {@code rows} valid complaints against one merchant: external ids
     * {@code idPrefix + n}, consumers with distinct phone numbers from {@code phoneBase} on.
     */
    public static String importCsv(String idPrefix, int rows, String merchant, long phoneBase) {
        StringBuilder csv = new StringBuilder("externalId,receivedAt,channel,consumerName,consumerPhone,province,city,"
                + "merchantName,platform,purchaseDate,amountPaid,amountClaimed,paymentMethod,category,narrative\n");
        LocalDate received = LocalDate.now().minusDays(2);
        for (int row = 0; row < rows; row++) {
            csv.append(idPrefix).append(row).append(',').append(received).append(",WEB,导入顾客,1")
                    .append(String.format("%010d", phoneBase + row)).append(",浙江,杭州,").append(merchant)
                    .append(",KUAISHOU,").append(received.minusDays(7))
                    .append(",10.00,10.00,CARD,OTHER,导入测试：商品与直播描述不符\n");
        }
        return csv.toString();
    }

    /** Runs set-up work as an administrator, whatever user the test itself runs as. */
    public static void asAdmin(Runnable work) {
        asUser("admin", "ADMIN", work);
    }

    /** Runs work as the given user with one role, whatever user the test itself runs as. */
    public static void asUser(String username, String role, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Like {@link #asUser(String, String, Runnable)}, returning what the work produced. */
    public static <T> T asUserGet(String username, String role, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        asUser(username, role, () -> result.set(work.get()));
        return result.get();
    }

    /** Like {@link #asAdmin(Runnable)}, returning what the work produced. */
    public static <T> T asAdminGet(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        asAdmin(() -> result.set(work.get()));
        return result.get();
    }
}
