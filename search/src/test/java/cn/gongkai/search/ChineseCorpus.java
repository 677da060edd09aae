package cn.gongkai.search;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of published items in the language of township and county portals: titles such
 * as 普威镇关于开展森林草原防灭火隐患排查的通知 and bodies of 4 to 12 sentences (about 200 to 700
 * characters) built from the phrases those pages use. The same seed gives the same corpus, so search
 * timings over 100k and 1M items can be repeated.
 */
public final class ChineseCorpus {

    static final List<String> ORGANS = List.of("普威镇", "高平镇", "白坡彝族乡", "小铺镇", "丙谷镇", "撒莲镇", "得石镇", "白马镇",
            "新山傈僳族乡", "麻陇彝族乡", "草场镇", "湾丘彝族乡", "攀莲镇", "垭口镇", "县教育和体育局", "县司法局", "县财政局",
            "县农业农村局", "县卫生健康局", "县应急管理局");
    static final List<String> KINDS = List.of("WORK_NEWS", "NOTICE", "PHOTO", "POLICY_INTERPRETATION", "NORMATIVE_DOCUMENT",
            "STATUTORY");
    /** Topics as 主题分类 and as the subject of titles. */
    public static final List<String> TOPICS = List.of("森林草原防灭火", "安全生产", "防汛抗旱", "乡村振兴", "农村人居环境整治",
            "义务教育", "医疗保障", "城乡居民养老保险", "最低生活保障", "耕地保护", "食品安全", "生态环境保护", "道路交通安全",
            "财政预算公开", "政府采购", "营商环境", "就业创业", "退役军人服务", "残疾人帮扶", "文化旅游", "禁毒宣传",
            "扫黑除恶", "信访维稳", "政务公开", "疫苗接种", "地质灾害防治", "烟叶生产", "芒果产业", "水利工程建设", "林长制");
    static final List<String> ACTIONS = List.of("开展", "召开", "部署", "推进", "印发", "组织", "启动", "完成", "加强", "落实");
    static final List<String> OBJECTS = List.of("专题会议", "隐患排查", "工作方案", "宣传活动", "培训会", "督导检查", "实施方案",
            "工作总结", "考核结果", "资金分配方案", "项目公示", "政策解读", "工作推进会", "应急演练", "入户走访");
    static final List<String> TITLE_FORMS = List.of("%s关于%s%s%s的通知", "%s%s%s%s", "%s%s%s%s情况通报", "关于%s%s%s%s的公告",
            "%s%s%s%s取得实效", "%s印发《%s%s%s》");
    /** Sentence forms; {O} organ, {T} topic, {A} action, {B} object, {N} a number. */
    static final List<String> SENTENCES = List.of(
            "为深入贯彻落实上级关于{T}工作的决策部署，{O}结合实际，{A}{B}。",
            "会议指出，做好{T}工作事关人民群众切身利益，各村（社区）要提高政治站位，切实扛起主体责任。",
            "{O}要求各有关单位{A}{T}{B}，确保各项措施落地见效。",
            "截至目前，共{A}{T}{B}{N}次，发放宣传资料{N}份，排查整改问题{N}个。",
            "下一步，{O}将持续{A}{T}工作，不断提升群众的获得感、幸福感、安全感。",
            "各村要建立健全{T}工作台账，明确责任人和完成时限，对{B}中发现的问题实行清单化管理、销号式整改。",
            "本次{B}采取实地查看、查阅资料、座谈交流等方式进行，覆盖{N}个行政村（社区）。",
            "联系电话：0812-{N}，联系人：{O}党政办公室。",
            "会上，分管领导对{T}工作进行了安排，要求压紧压实责任，严格落实值班值守制度。",
            "根据《中华人民共和国政府信息公开条例》的规定，现将{T}有关情况予以公开，接受社会监督。",
            "此次{T}{B}共投入资金{N}万元，惠及群众{N}户。",
            "{O}高度重视{T}工作，成立了以主要领导为组长的工作领导小组。");

    private ChineseCorpus() {
    }

    /** The {@code n}-th item (0-based) of the corpus of {@code seed}: the same every time. */
    public static ItemDocument item(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        int organ = r.nextInt(ORGANS.size());
        String organName = ORGANS.get(organ);
        String topic = pick(r, TOPICS);
        String title = title(r, organName, topic);
        StringBuilder body = new StringBuilder();
        int sentences = 4 + r.nextInt(9);
        for (int i = 0; i < sentences; i++) {
            body.append(sentence(r, organName, i == 0 ? topic : pick(r, TOPICS)));
        }
        LocalDate on = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(365 * 7));
        String attachment = r.nextInt(10) == 0 ? organName + topic + "工作台账 序号 村名 责任人 完成时限 " + pick(r, OBJECTS) : "";
        return new ItemDocument(n + 1L, 100 + organ, "organ-" + organ, organName,
                "organ-" + organ + "-" + on.getYear() + "-" + String.format("%07d", n + 1), pick(r, KINDS), topic, title,
                body.toString(), attachment, on);
    }

    /** A two-word query a citizen might type: a topic and an object, e.g. 安全生产 隐患排查. */
    public static String query(SplittableRandom r) {
        return pick(r, TOPICS) + " " + pick(r, OBJECTS);
    }

    private static String title(SplittableRandom r, String organ, String topic) {
        String form = pick(r, TITLE_FORMS);
        String action = pick(r, ACTIONS);
        String object = pick(r, OBJECTS);
        return String.format(form, organ, action, topic, object);
    }

    private static String sentence(SplittableRandom r, String organ, String topic) {
        String form = pick(r, SENTENCES);
        StringBuilder b = new StringBuilder(form.length() + 40);
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c == '{' && i + 2 < form.length() && form.charAt(i + 2) == '}') {
                b.append(switch (form.charAt(i + 1)) {
                    case 'O' -> organ;
                    case 'T' -> topic;
                    case 'A' -> pick(r, ACTIONS);
                    case 'B' -> pick(r, OBJECTS);
                    default -> Integer.toString(1 + r.nextInt(5000));
                });
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String pick(SplittableRandom r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
