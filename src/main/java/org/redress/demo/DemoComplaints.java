package org.redress.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.redress.complaint.Provinces;

/**
 * Generates realistic complaints as rows of the CSV import format: use-first-pay-later purchases on live-stream
 * platforms, goods not as advertised, merchants that vanish, refunds refused, duplicate charges; in Chinese and
 * English; with repeat complaints against the same shops and near-duplicate re-filings by the same consumer.
 * Deterministic for a given seed, so a demo looks the same on every machine.
 */
public final class DemoComplaints {

    private static final String DEMO_PREFIX = "DEMO-";
    public static final String HEADER = "externalId,receivedAt,channel,consumerName,consumerPhone,consumerEmail,province,city,"
            + "merchantName,merchantShopId,platform,orderNumber,platformTicket,purchaseDate,amountPaid,amountClaimed,"
            + "paymentMethod,category,narrative";

    private static final String[] PLATFORMS = {"KUAISHOU", "DOUYIN", "TAOBAO", "TMALL", "JD", "PINDUODUO",
            "XIAOHONGSHU", "WECHAT_SHOP", "OTHER"};
    private static final String[] PLATFORM_ZH = {"快手", "抖音", "淘宝", "天猫", "京东", "拼多多", "小红书", "微信小商店", "其他平台"};
    private static final String[] SHOP_PREFIX = {"优品", "鑫源", "潮流", "美颜", "乐享", "星辰", "金福", "好物", "臻选", "欢乐",
            "悦己", "宏达", "锦绣", "青柠", "森林", "百货", "极客", "云端", "甜心", "老街"};
    private static final String[] SHOP_GOODS = {"生活", "数码", "护肤", "服饰", "家居", "母婴", "食品", "珠宝", "茶叶", "保健"};
    private static final String[] SHOP_SUFFIX = {"直播间", "旗舰店", "专营店", "官方店", "优选", "小店"};
    private static final String[] EN_SHOPS = {"Glow Beauty Official Store", "TechNest Live", "Urban Threads Outlet",
            "HappyHome Goods", "PurePet Supplies", "Sunrise Jewelry Live", "Nordic Kitchen Store", "BabyJoy Mall"};
    private static final String[] PRODUCTS = {"手机", "蓝牙耳机", "面霜", "羽绒服", "扫地机器人", "奶粉", "金手镯", "空气炸锅",
            "保健品", "运动鞋", "茶叶礼盒", "平板电脑"};
    private static final String[] EN_PRODUCTS = {"phone", "wireless earbuds", "face cream", "down jacket",
            "robot vacuum", "air fryer", "gold bracelet", "tablet", "running shoes"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
            "朱", "胡", "郭", "何", "林", "高", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰",
            "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "晓东", "思雨", "子涵"};
    private static final String[] EN_NAMES = {"Emily Chen", "David Wang", "Lucy Zhang", "Michael Liu", "Grace Lin",
            "Kevin Zhou", "Anna Li", "Tom Huang"};
    /** The capital of each of the first 31 provinces in {@link Provinces#ALL}, in the same order. */
    private static final String[] CAPITALS = {"北京", "天津", "石家庄", "太原", "呼和浩特", "沈阳", "长春", "哈尔滨", "上海",
            "南京", "杭州", "合肥", "福州", "南昌", "济南", "郑州", "武汉", "长沙", "广州", "南宁", "海口", "重庆", "成都",
            "贵阳", "昆明", "拉萨", "西安", "兰州", "西宁", "银川", "乌鲁木齐"};
    private static final String[] CHANNELS = {"PHONE", "WEB", "WEB", "WEB", "WALK_IN", "LETTER", "PARTNER_PLATFORM",
            "REFERRAL_12315", "REFERRAL_12315"};

    /** A merchant in the demo world. */
    record Shop(String name, String shopId, int platform, double weight) {
    }

    /** A complaint template: category, payment method and narrative in one language. */
    private record Template(String category, String payment, String text) {
    }

    private static final Template[] ZH = {
            new Template("MERCHANT_ABSCONDED", "BUY_NOW_PAY_LATER",
                    "我于{date}在{platform}直播间看到{shop}推荐{product}，主播说先用后付、不满意随时退。下单后一直没有发货，"
                            + "现在直播间已经停播，客服联系不上，商家跑路了，可是先用后付的{amount}元已经到期自动扣款。请求退还全部款项。"),
            new Template("FALSE_ADVERTISING", "BUY_NOW_PAY_LATER",
                    "{date}在{platform}购买{shop}的{product}，直播时宣传是正品、原价三倍，收到后发现与宣传严重不符，做工粗糙，"
                            + "怀疑是假货。申请退货退款被拒绝，客服只同意补偿5元。选的是先用后付，已被扣款{amount}元。要求退一赔三。"),
            new Template("NOT_DELIVERED", "WALLET",
                    "{date}在{shop}下单{product}，支付{amount}元，商家承诺48小时内发货，至今二十多天仍未发货，物流信息一直不更新。"
                            + "多次联系客服只回复“正在处理”，要求退款也没有结果。"),
            new Template("REFUND_REFUSED", "CARD",
                    "在{platform}的{shop}买了{product}，收到就有质量问题，七天无理由退货期内申请退款，商家以已拆封为由拒绝退款，"
                            + "平台客服介入后也没有处理。金额{amount}元，希望协会帮忙维权。"),
            new Template("DUPLICATE_CHARGE", "BUY_NOW_PAY_LATER",
                    "我在{platform}用先用后付买了{shop}的{product}，{date}发现被重复扣款两次，每次{amount}元。"
                            + "联系商家说是系统问题会退，但一直没有退回。另外我没有授权的第二笔扣款也要求说明。"),
            new Template("DEFECTIVE_OR_COUNTERFEIT", "CASH_ON_DELIVERY",
                    "{date}从{shop}购买的{product}使用不到一周就坏了，经鉴定为翻新机/假冒产品，商家拒不承认，拒绝退换。"
                            + "订单金额{amount}元，请求依法退一赔三。"),
            new Template("HIDDEN_FEES", "INSTALMENTS",
                    "在{shop}分期购买{product}，页面显示免息，实际每期多收服务费，总计多付{amount}元。商家和平台都说是第三方收的，"
                            + "互相推诿。")};

    private static final Template[] EN = {
            new Template("MERCHANT_ABSCONDED", "BUY_NOW_PAY_LATER",
                    "On {date} I bought a {product} from {shop} during a live stream on {platform}. The host promised "
                            + "\"use first, pay later\" and free returns. Nothing was ever shipped, the live room is gone and "
                            + "customer service does not answer. The merchant has vanished, but the pay-later instalment of "
                            + "{amount} yuan was still charged. I want a full refund."),
            new Template("FALSE_ADVERTISING", "CARD",
                    "The {product} I ordered from {shop} on {date} is nothing like the advert: the stream claimed it "
                            + "was genuine and certified, what arrived is a cheap copy. My refund request was refused. "
                            + "I paid {amount} yuan and ask for a refund plus compensation."),
            new Template("REFUND_REFUSED", "WALLET",
                    "I returned the {product} to {shop} within the seven-day no-reason return period, the courier "
                            + "confirmed delivery, but the merchant refuses to refund {amount} yuan and the platform "
                            + "closed my ticket without explanation."),
            new Template("DUPLICATE_CHARGE", "BUY_NOW_PAY_LATER",
                    "I was charged twice for one {product} from {shop} on {date}, {amount} yuan each time, through the "
                            + "pay-later service. The merchant promised a refund of the duplicate charge weeks ago; "
                            + "nothing has been refunded.")};

    private final Random random;
    private final LocalDate today;
    private final List<Shop> shops = new ArrayList<>();

    public DemoComplaints(long seed, LocalDate today, int merchantCount) {
        this.random = new Random(seed);
        this.today = today;
        for (int i = 0; i < merchantCount; i++) {
            int platform = i % PLATFORMS.length;
            String name = i < EN_SHOPS.length * 2 && i % 2 == 1 ? EN_SHOPS[i / 2]
                    : SHOP_PREFIX[i % SHOP_PREFIX.length] + SHOP_GOODS[(i / 3) % SHOP_GOODS.length]
                    + SHOP_SUFFIX[(i / 7) % SHOP_SUFFIX.length];
            // A few shops attract most complaints, as vanished live-stream shops do.
            double weight = i == 0 ? 40 : i < 6 ? 8 : 1 + random.nextDouble() * 2;
            shops.add(new Shop(name, PLATFORMS[platform].substring(0, 2) + (100000 + i * 7919 % 900000), platform,
                    weight));
        }
    }

    /** {@code count} CSV data rows (no header). About one in twelve is a re-filing of an earlier complaint. */
    public List<String> rows(int count) {
        List<String> rows = new ArrayList<>(count);
        write(count, DEMO_PREFIX, rows::add);
        return rows;
    }

    /** The external id of the n-th row {@link #rows} makes (1-based). */
    public static String externalId(int n) {
        return DEMO_PREFIX + "%06d".formatted(n);
    }

    /**
     * Streams {@code count} CSV data rows (no header) to {@code sink}, with external ids {@code prefix + number}.
     * Re-filings pick from a window of recent rows, so any number of rows can be made in constant memory.
     */
    public void write(int count, String prefix, Consumer<String> sink) {
        List<String[]> recent = new ArrayList<>();
        double totalWeight = shops.stream().mapToDouble(Shop::weight).sum();
        for (int n = 1; n <= count; n++) {
            String id = prefix + "%06d".formatted(n);
            String[] row = recent.size() > 20 && random.nextInt(12) == 0
                    ? refile(recent.get(random.nextInt(recent.size())), id)
                    : fresh(pick(totalWeight), id);
            if (recent.size() < 2000) {
                recent.add(row);
            } else {
                recent.set(random.nextInt(recent.size()), row);
            }
            sink.accept(toCsv(row));
        }
    }

    private Shop pick(double totalWeight) {
        double r = random.nextDouble() * totalWeight;
        for (Shop shop : shops) {
            r -= shop.weight();
            if (r <= 0) {
                return shop;
            }
        }
        return shops.getLast();
    }

    private String[] fresh(Shop shop, String id) {
        boolean english = random.nextInt(6) == 0;
        Template[] templates = english ? EN : ZH;
        // The first shop is the seed story: it vanished recently and its complaints pile up.
        Template template = shop == shops.getFirst() ? templates[random.nextInt(2) == 0 ? 0 : 1]
                : templates[random.nextInt(templates.length)];
        int daysAgo = shop == shops.getFirst() ? random.nextInt(21) : (int) Math.min(360, Math.abs(random.nextGaussian() * 120));
        LocalDate received = today.minusDays(daysAgo);
        LocalDate purchased = received.minusDays(3 + random.nextInt(40));
        BigDecimal paid = BigDecimal.valueOf(39 + random.nextInt(4000) + random.nextInt(100) / 100.0)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal claimed = template.category().equals("FALSE_ADVERTISING") || template.category().equals("DEFECTIVE_OR_COUNTERFEIT")
                ? paid.multiply(BigDecimal.valueOf(random.nextBoolean() ? 4 : 1)) : paid;
        String product = english ? EN_PRODUCTS[random.nextInt(EN_PRODUCTS.length)] : PRODUCTS[random.nextInt(PRODUCTS.length)];
        String platformName = english ? PLATFORMS[shop.platform()].charAt(0) + PLATFORMS[shop.platform()].substring(1).toLowerCase()
                : PLATFORM_ZH[shop.platform()];
        String narrative = template.text().replace("{date}", purchased.toString()).replace("{platform}", platformName)
                .replace("{shop}", shop.name()).replace("{product}", product).replace("{amount}", paid.toPlainString());
        String name = english ? EN_NAMES[random.nextInt(EN_NAMES.length)]
                : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        int provinceIndex = random.nextInt(CAPITALS.length);
        String province = Provinces.ALL.get(provinceIndex);
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        // One address per consumer, as in life: a few thousand shared addresses made strangers look like one person.
        String email = random.nextInt(3) == 0 ? "user" + phone.substring(3) + "@example.cn" : "";
        String order = random.nextInt(5) == 0 ? "" : String.valueOf(200_000_000_000L + Math.abs(random.nextLong() % 99_999_999_999L));
        String ticket = random.nextInt(3) == 0 ? "GD" + (10_000_000 + random.nextInt(89_999_999)) : "";
        String payment = random.nextInt(4) == 0 ? new String[]{"CARD", "WALLET", "BANK_TRANSFER"}[random.nextInt(3)]
                : template.payment();
        return new String[]{id, received.toString(), CHANNELS[random.nextInt(CHANNELS.length)], name,
                phone, email, province, CAPITALS[provinceIndex], shop.name(), shop.shopId(),
                PLATFORMS[shop.platform()], order, ticket, purchased.toString(), paid.toPlainString(),
                claimed.toPlainString(), payment, template.category(), narrative};
    }

    /** The same consumer files again: a week later, by another channel, with the text lightly reworded. */
    private String[] refile(String[] original, String id) {
        String[] row = original.clone();
        row[0] = id;
        LocalDate received = LocalDate.parse(original[1]).plusDays(1 + random.nextInt(10));
        row[1] = (received.isAfter(today) ? today : received).toString();
        row[2] = original[2].equals("PHONE") ? "WEB" : "PHONE";
        String text = original[18];
        row[18] = random.nextBoolean()
                ? "再次投诉：" + text.replace("，", ",").replace("。", ". ")
                : text.replace("请求", "要求").replace("I want", "I ask for") + (text.matches(".*[a-z].*") ? " This is my second complaint." : "仍未解决。");
        return row;
    }

    private static String toCsv(String[] fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = fields[i] == null ? "" : fields[i];
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        return line.toString();
    }
}
