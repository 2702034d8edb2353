"""Builds eval-set.csv, the labelled evaluation set of the duplicate detector (issue #4). Run once; the CSV is
committed. Two parts:

1. Chinese, synthetic but shaped like real 12315 / live-stream complaints: 60 grievances, each filed once and then
   re-filed one to three times in the ways people really do it (the same text against the platform's customer
   service instead of the shop, word for word; sentences reordered with full-width/half-width punctuation swapped;
   reworded with synonyms and fillers, by the same phone or the same order number). Hard negatives: other consumers
   complaining about the same shop with the same kind of grievance, written from the same phrase bank.
2. English, real: every narrative of ../shared/data/cfpb-sample.csv (public CFPB data). Narratives identical but for
   spacing and punctuation are labelled duplicates of each other (the same letter filed again or against another
   company); all other pairs are negatives, including same company + same issue. Near-identical letters that differ
   in a few words are labelled negatives although some are surely re-filings, so the English precision is a floor.
"""
import csv, random, pathlib

random.seed(20261123)
out = pathlib.Path(__file__).with_name("eval-set.csv")
shared = pathlib.Path(__file__).resolve().parents[4] / ".." / "shared" / "data" / "cfpb-sample.csv"

shops = ["优品生活直播间", "乐享数码旗舰店", "潮流生活馆", "极光数码直播间", "好运来农家特产", "美丽说美妆小店",
         "悦己生活优选", "森林家居直营", "小鹿母婴严选", "鸿运茶叶专卖"]
platform_service = {"优品生活直播间": "快手官方客服", "乐享数码旗舰店": "抖音电商客服", "潮流生活馆": "淘宝客服",
                    "极光数码直播间": "抖音电商客服", "好运来农家特产": "拼多多客服", "美丽说美妆小店": "小红书客服",
                    "悦己生活优选": "快手官方客服", "森林家居直营": "京东客服", "小鹿母婴严选": "天猫客服",
                    "鸿运茶叶专卖": "微信小商店客服"}
products = ["蓝牙耳机", "羊毛大衣", "扫地机器人", "面霜套装", "婴儿奶粉", "普洱茶饼", "实木餐桌", "手机", "空气炸锅",
            "羽绒被", "智能手表", "燕窝礼盒", "儿童推车", "电动牙刷", "真丝睡衣"]
problems = [
    ["主播在直播间说是{p}正品，收到后发现是仿冒品，做工粗糙。", "我要求退货退款，商家一直拖延不处理。",
     "客服说要等主管审核，已经过了{d}天。"],
    ["{m}月{day}日在直播间用先用后付下单了{p}，付款{a}元。", "商家承诺48小时发货，到现在一直没有发货。",
     "店铺客服不回复消息，怀疑商家已经跑路。"],
    ["收到的{p}有质量问题，使用{d}天就坏了。", "联系商家要求换货，对方说需要我自己承担运费。",
     "我认为这是商品本身的问题，运费应由商家承担。"],
    ["下单时页面显示{a}元，实际扣款多了{x}元。", "商家解释是系统自动加收的服务费，下单时没有任何提示。",
     "我要求退还多收的费用。"],
    ["在直播间抢购的{p}，主播说七天无理由退货。", "收到后不满意申请退货，商家拒绝并把我拉黑了。",
     "平台介入后也没有结果。"],
    ["先用后付买的{p}，我已经退货并有物流单号。", "但是先用后付的账单仍然在扣款，已经被扣了{a}元。",
     "商家和平台互相推诿。"],
]
fillers = ["麻烦你们尽快处理。", "希望能够维护消费者的合法权益。", "我想说明一下情况。", "请帮忙核实。", ""]
synonyms = [("商家", "卖家"), ("客服", "售后"), ("退款", "退钱"), ("收到", "拿到"), ("一直", "始终"),
            ("要求", "希望"), ("发现", "看到"), ("拒绝", "不同意"), ("处理", "解决"), ("已经", "都")]


details = ["订单尾号{tail}，{m}月{day}日{hh}点下的单。", "我在{city}，{m}月{day}日收到的货。",
           "这是我第一次在{shop}买东西，订单尾号{tail}。", "{m}月{day}日晚上{hh}点看的直播。"]
cities = ["杭州", "深圳", "成都", "武汉", "西安", "南京", "郑州", "长沙", "沈阳", "昆明"]


def values_for(shop):
    return dict(p=random.choice(products), d=random.randint(3, 30), m=random.randint(1, 11),
                day=random.randint(1, 28), a=random.randint(59, 2999), x=random.randint(5, 99),
                tail="%04d" % random.randint(0, 9999), hh=random.randint(8, 23), city=random.choice(cities), shop=shop)


def grievance(shop):
    # Real complaints carry the consumer's own specifics (order tail, dates, city): one detail sentence each.
    template = random.choice(problems)
    values = values_for(shop)
    sentences = [s.format(**values) for s in template]
    sentences.insert(random.choice([0, len(sentences)]), random.choice(details).format(**values))
    return sentences, template


def swap_punctuation(text):
    table = str.maketrans({"，": ",", "。": ". ", "：": ":"})
    return text.translate(table)


def reword(sentences):
    text = "".join(sentences)
    for a, b in random.sample(synonyms, 4):
        text = text.replace(a, b)
    return random.choice(fillers) + text + random.choice(fillers)


rows = []
group = 0
for i in range(60):
    group += 1
    shop = random.choice(shops)
    sentences, template = grievance(shop)
    phone = "13%09d" % random.randint(0, 999999999)
    order = "DD%010d" % random.randint(0, 9999999999)
    original = "".join(sentences)
    rows.append(dict(group=group, phone=phone, email="", merchant=shop, order=order, ticket="", narrative=original))
    kinds = random.sample(["platform-copy", "reordered", "reworded-phone", "reworded-order"], random.randint(1, 3))
    for kind in kinds:
        if kind == "platform-copy":
            rows.append(dict(group=group, phone="", email="buyer%d@example.cn" % i,
                             merchant=platform_service[shop], order="", ticket="", narrative=original))
        elif kind == "reordered":
            shuffled = sentences[:]
            random.shuffle(shuffled)
            rows.append(dict(group=group, phone=phone, email="", merchant=shop, order="", ticket="",
                             narrative=swap_punctuation("".join(shuffled))))
        elif kind == "reworded-phone":
            rows.append(dict(group=group, phone=phone, email="", merchant=random.choice([shop, platform_service[shop]]),
                             order="", ticket="", narrative=reword(sentences)))
        else:
            rows.append(dict(group=group, phone="", email="", merchant=shop, order=order, ticket="",
                             narrative=reword(sentences)))
    # Hard negatives: two other consumers, same shop, same kind of grievance from the same phrase bank.
    for _ in range(2):
        group += 1
        values = values_for(shop)
        text = "".join(s.format(**values) for s in template) + random.choice(details).format(**values)
        if random.random() < 0.5:
            text = reword([text])
        rows.append(dict(group=group, phone="13%09d" % random.randint(0, 999999999), email="", merchant=shop,
                         order="DD%010d" % random.randint(0, 9999999999), ticket="", narrative=text))

def normalise(text):
    # The detector's normalisation (TextFingerprint.normalise): NFKC, lower case, letters and digits only.
    import unicodedata
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(c for c in folded if c.isalnum())


by_text = {}
with open(shared, newline="", encoding="utf-8") as f:
    for record in csv.DictReader(f):
        narrative = record["Consumer complaint narrative"].strip()
        if not narrative:
            continue
        key = normalise(narrative)
        if key not in by_text:
            group += 1
            by_text[key] = group
        rows.append(dict(group=by_text[key], phone="", email="", merchant=record["Company"], order="",
                         ticket="", narrative=narrative, cfpb=record["Complaint ID"]))

with open(out, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    writer.writerow(["id", "group", "source", "consumer_phone", "consumer_email", "merchant", "order_number",
                     "platform_ticket", "narrative"])
    for n, row in enumerate(rows, 1):
        writer.writerow([n, row["group"], "cfpb-" + row["cfpb"] if "cfpb" in row else "synthetic-zh", row["phone"],
                         row["email"], row["merchant"], row["order"], row["ticket"], row["narrative"]])
print(len(rows), "rows,", group, "groups")
