package cn.gongkai.server;

import cn.gongkai.server.publication.ItemKind;
import java.time.LocalDate;
import java.util.List;

/**
 * Titles and bodies of the demo county's items, in the words township news and notices use, made from
 * templates: the organ's short name, a village, the month and the season fill them. Deterministic (the
 * n-th item of an organ and year always reads the same), so a fresh start always shows the same county.
 */
final class DemoTexts {

    /** A title, its 主题分类 and the body's paragraphs; {@code picture} for 图片展示. */
    record Text(String title, String topic, List<String> paragraphs, String picture, String pictureAlt) {
    }

    private record Template(String title, String topic, String lead, String detail) {
    }

    private static final List<String> VILLAGES = List.of("新山村", "河坝村", "团结村", "和平村", "光明村", "红旗村", "青龙村",
            "大田村", "龙华村", "双沟村");

    private static final List<Template> NEWS = List.of(
            t("{o}召开{m}月安全生产工作专题会议", "市场监管、安全生产监管", "{d}，{o}召开{m}月安全生产工作专题会议，传达学习上级安全生产工作会议精神，"
                    + "分析研判当前辖区安全生产形势。", "会议要求，各站所、各村（社区）要紧盯道路交通、自建房、燃气、森林防火等重点领域，"
                    + "压紧压实安全生产责任，对排查出的隐患建立台账、限期整改、逐条销号。"),
            t("{o}开展森林草原防灭火巡查", "农业、林业、水利", "{d}，{o}组织护林员、应急队员深入{v}林区开展森林草原防灭火巡查。",
                    "巡查中，工作人员向群众发放宣传资料，讲解野外用火规定，提醒群众不在林区吸烟、上坟烧纸、焚烧秸秆。"),
            t("{o}{v}开展人居环境整治“大扫除”活动", "城乡建设、环境保护", "{d}，{o}{v}组织党员、志愿者和群众开展人居环境整治“大扫除”活动。",
                    "大家清理房前屋后杂物、沟渠垃圾，整治乱堆乱放，村容村貌焕然一新。下一步，{v}将把环境整治纳入村规民约，建立长效管护机制。"),
            t("{o}组织开展防汛应急演练", "市场监管、安全生产监管", "{d}，{o}在{v}组织开展防汛应急演练，模拟强降雨引发山洪、群众紧急转移等情形。",
                    "演练检验了预警发布、人员转移、物资调配等环节，提升了干部群众的应急处置能力。"),
            t("{o}召开乡村振兴重点工作推进会", "民政、扶贫、救灾", "{d}，{o}召开乡村振兴重点工作推进会，听取各村产业发展、项目建设和防止返贫监测帮扶工作进展情况汇报。",
                    "会议强调，要守住不发生规模性返贫的底线，抓好特色产业、农村基础设施和人居环境建设。"),
            t("{o}开展“访民情、解民忧”入户走访活动", "综合政务", "{d}，{o}干部职工分组深入{v}开展“访民情、解民忧”入户走访活动。",
                    "走访中，干部们详细了解群众生产生活情况，收集意见建议，对能当场解决的问题当场解决，不能当场解决的登记建账、限时办结。"),
            t("{o}开展农村道路交通安全宣传进村入户活动", "公安、安全、司法", "{d}，{o}联合派出所、交警中队在{v}开展道路交通安全宣传活动。",
                    "工作人员重点宣传了农村面包车超员、无证驾驶、酒后驾驶、不戴安全头盔的危害，发放宣传资料，劝导群众安全出行。"),
            t("{o}召开党委理论学习中心组学习会", "综合政务", "{d}，{o}召开党委理论学习中心组学习会，集中学习上级有关会议和文件精神。",
                    "会议要求，全体干部要把学习成果转化为推动工作的实际成效，扎实做好当前各项重点工作。"),
            t("{o}开展枇杷产业技术培训", "农业、林业、水利", "{d}，{o}邀请县农业农村局技术人员在{v}开展枇杷疏花疏果、病虫害防治技术培训。",
                    "培训采取集中讲解与田间示范相结合的方式，种植户们纷纷表示学到了实用技术。"),
            t("{o}开展耕地保护专项排查", "国土资源、能源", "{d}，{o}组织自然资源所、各村对辖区耕地“非农化”“非粮化”情况开展专项排查。",
                    "对排查发现的问题，逐一登记、建立台账，明确整改责任和时限，坚决守住耕地保护红线。"),
            t("{o}开展燃气安全隐患排查整治", "市场监管、安全生产监管", "{d}，{o}联合燃气企业对辖区餐饮场所、居民用户开展燃气安全隐患排查。",
                    "检查人员重点查看了燃气软管老化、报警装置安装、气瓶存放等情况，对发现的隐患现场督促整改。"),
            t("{o}召开防止返贫动态监测帮扶工作推进会", "民政、扶贫、救灾", "{d}，{o}召开防止返贫动态监测帮扶工作推进会。",
                    "会议要求，各村要常态化开展入户排查，对脱贫不稳定户、边缘易致贫户和突发严重困难户做到早发现、早干预、早帮扶。"),
            t("{o}开展禁毒宣传进校园活动", "公安、安全、司法", "{d}，{o}在辖区中心校开展禁毒宣传进校园活动。",
                    "工作人员通过展板、案例讲解和互动问答，向师生普及毒品的种类和危害，增强青少年识毒、防毒、拒毒的意识。"),
            t("{o}开展城乡居民医保政策宣传", "卫生、体育", "{d}，{o}医保工作人员走进{v}，开展城乡居民基本医疗保险政策宣传。",
                    "工作人员现场讲解参保缴费、门诊报销、异地就医备案等政策，解答群众疑问，引导群众按时参保。"),
            t("{o}举办村（社区）“两委”干部能力提升培训", "综合政务", "{d}，{o}举办村（社区）“两委”干部能力提升培训班。",
                    "培训围绕基层治理、村务公开、矛盾纠纷调解等内容展开，进一步提升了村干部履职能力。"),
            t("{o}开展矛盾纠纷排查化解工作", "公安、安全、司法", "{d}，{o}组织综治中心、司法所、派出所开展矛盾纠纷排查化解工作。",
                    "对排查出的土地、邻里、婚姻家庭等纠纷，逐件落实包案领导和化解责任人，努力把矛盾化解在基层。"));

    private static final List<Template> NOTICES = List.of(
            t("关于做好{y}年度城乡居民基本医疗保险参保缴费工作的通知", "卫生、体育", "各村（社区）、各站所：",
                    "{y}年度城乡居民基本医疗保险集中缴费工作已经开始。请各村（社区）组织群众通过线上或代收点按时缴费，"
                    + "做到应保尽保。联系电话见本机关政府信息公开指南。"),
            t("{o}关于做好森林草原防灭火工作的通告", "农业、林业、水利", "当前已进入森林草原防火期，为保护森林资源和人民群众生命财产安全，现通告如下：",
                    "一、防火期内严禁在林区野外用火；二、进入林区的人员严禁携带火种；三、发现火情请立即拨打森林火警电话12119。"),
            t("关于开展{y}年农村低保对象动态复核的公告", "民政、扶贫、救灾", "根据《社会救助暂行办法》和县民政局工作安排，"
                    + "{o}将于近期开展农村最低生活保障对象动态复核工作。", "复核采取入户调查、邻里访问、信息核对等方式进行，请保障对象如实提供家庭收入和财产情况。"),
            t("{o}{y}年耕地地力保护补贴发放情况公示", "农业、林业、水利", "根据县农业农村局安排，现将{o}{y}年耕地地力保护补贴发放情况予以公示。",
                    "公示期为7天。对公示内容有异议的，请在公示期内向{o}农业服务中心反映。"),
            t("{o}关于春节、国庆等节假日值班安排的通知", "综合政务", "为做好节假日期间各项工作，确保政令畅通、信息传递及时，现将值班安排通知如下：",
                    "值班人员须坚守岗位，保持通讯畅通，遇有突发情况立即按程序报告并妥善处置。"),
            t("{o}关于防范电信网络诈骗的温馨提示", "公安、安全、司法", "近期，电信网络诈骗案件时有发生，{o}提醒广大群众提高警惕：",
                    "不轻信陌生来电，不点击不明链接，不向陌生账户转账；如遇可疑情况，请及时拨打110或96110咨询。"),
            t("{o}{y}年{m}月临时救助对象公示", "民政、扶贫、救灾", "经个人申请、村（社区）评议、{o}审核，现将{y}年{m}月临时救助对象予以公示。",
                    "公示内容已隐去身份证号码等个人信息。公示期为5个工作日，如有异议，请向{o}社会事务办公室反映。"),
            t("关于开展{y}年度退役军人信息采集工作的通知", "综合政务", "各村（社区）：",
                    "为做好退役军人服务保障工作，请各村（社区）退役军人服务站于本月底前完成辖区退役军人信息采集和更新。"));

    private static final List<Template> PHOTOS = List.of(
            t("【图片】{o}{v}枇杷喜获丰收", "农业、林业、水利", "{d}，{o}{v}的枇杷进入采摘期，果农们忙着采摘、分拣、装箱。",
                    "近年来，{v}发展枇杷种植，带动群众增收致富。"),
            t("【图片】{o}志愿者开展关爱留守老人活动", "民政、扶贫、救灾", "{d}，{o}新时代文明实践站志愿者走进{v}，为留守老人打扫卫生、量血压。",
                    "志愿者们还与老人们拉家常，送去节日的问候。"),
            t("【图片】{o}{v}产业路建成通车", "城乡建设、环境保护", "{d}，{o}{v}产业路建成通车，方便了群众生产和农产品运输。",
                    "产业路全长约3公里，路面硬化后，运输车辆可直接开到田间地头。"),
            t("【图片】{o}开展“我们的节日”主题活动", "文化、广电、新闻出版", "{d}，{o}在文化广场开展“我们的节日”主题文化活动。",
                    "群众自编自演的歌舞、快板等节目轮番上演，现场气氛热烈。"));

    private static final List<Template> POLICY = List.of(
            t("一图读懂农村最低生活保障申请流程", "民政、扶贫、救灾", "农村低保怎么申请？需要准备哪些材料？多长时间能办结？",
                    "申请人向户籍所在地乡镇提出申请，经家庭经济状况调查、民主评议、审核确认后按月发放保障金。"),
            t("政策解读：城乡居民基本医疗保险参保缴费问答", "卫生、体育", "针对群众关心的参保缴费问题，{o}整理了以下问答：",
                    "一、哪些人可以参加城乡居民医保？二、在哪里缴费？三、未按时缴费有什么影响？具体以县医疗保障局公布的政策为准。"),
            t("政策解读：耕地地力保护补贴政策问答", "农业、林业、水利", "耕地地力保护补贴发给谁？按什么标准发放？",
                    "补贴对象原则上为拥有耕地承包权的种地农民，补贴依据为确权耕地面积，具体标准以县农业农村局文件为准。"));

    private static final List<Template> OTHERS = List.of(
            t("{o}{y}年部门预算公开说明", "财政、金融、审计", "根据《中华人民共和国预算法》和县财政局工作安排，现将{o}{y}年部门预算公开如下。",
                    "本年度收支预算、“三公”经费预算及项目支出情况详见附件。"),
            t("{o}{y}年部门决算公开说明", "财政、金融、审计", "根据县财政局工作安排，现将{o}上年度部门决算公开如下。",
                    "收入支出决算总表、财政拨款支出决算表及“三公”经费支出情况详见附件。"),
            t("{o}领导班子成员工作分工", "机构职能", "根据工作需要和人事变动情况，现将{o}领导班子成员工作分工公布如下。",
                    "主要负责人主持全面工作；其他班子成员分别负责党建、经济发展、社会事业、安全生产和综合治理等工作。"),
            t("{o}机构职能和内设机构", "机构职能", "{o}依照法律法规和上级规定履行职责，负责辖区内经济社会发展和公共服务相关工作。",
                    "内设机构、职责分工、办公地址和联系电话见本机关政府信息公开指南。"));

    private DemoTexts() {
    }

    private static Template t(String title, String topic, String lead, String detail) {
        return new Template(title, topic, lead, detail);
    }

    /** The n-th item of a kind for an organ ({@code shortName}: 普威镇) published on {@code day}. */
    static Text of(ItemKind kind, String shortName, LocalDate day, int n) {
        List<Template> list = switch (kind) {
            case NOTICE -> NOTICES;
            case PHOTO -> PHOTOS;
            case POLICY_INTERPRETATION -> POLICY;
            case OTHER -> OTHERS;
            default -> NEWS;
        };
        int salt = Math.floorMod(shortName.hashCode(), 97); // organs do not all publish the same thing the same week
        Template t = list.get(Math.floorMod(n * 7 + day.getMonthValue() + salt, list.size()));
        String village = VILLAGES.get(Math.floorMod(n * 3 + day.getDayOfMonth() + salt, VILLAGES.size()));
        String title = fill(t.title(), shortName, village, day);
        String picture = kind == ItemKind.PHOTO ? "/images/demo/photo-" + (1 + Math.floorMod(n, 4)) + ".svg" : null;
        String alt = kind == ItemKind.PHOTO ? title.replace("【图片】", "") + "的现场照片" : null;
        List<String> paragraphs = List.of(fill(t.lead(), shortName, village, day), fill(t.detail(), shortName, village, day),
                closing(kind, shortName));
        return new Text(title, t.topic(), paragraphs, picture, alt);
    }

    private static String closing(ItemKind kind, String organ) {
        return switch (kind) {
            case NOTICE -> "特此通知（公告）。" + organ;
            case OTHER -> "联系单位：" + organ + "办公室。";
            default -> "（" + organ + "供稿）";
        };
    }

    private static String fill(String template, String organ, String village, LocalDate day) {
        return template.replace("{o}", organ).replace("{v}", village).replace("{y}", Integer.toString(day.getYear()))
                .replace("{m}", Integer.toString(day.getMonthValue()))
                .replace("{d}", day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
    }
}
