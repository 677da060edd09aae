package cn.gongkai.server.request;

import java.util.EnumMap;
import java.util.Map;

/**
 * The built-in wording of each letter, in the terms of the Regulation, with {占位符} filled from the
 * case. An organ may keep its own wording of any letter (letter_template); the placeholders are the same.
 */
public final class LetterTemplates {

    private static final Map<LetterKind, String> DEFAULTS = new EnumMap<>(LetterKind.class);

    static {
        DEFAULTS.put(LetterKind.ACKNOWLEDGEMENT, """
                {申请人}：
                本机关于{收到日期}收到您的政府信息公开申请（申请编号：{申请编号}），申请内容为：{申请内容}。
                本机关将依照《中华人民共和国政府信息公开条例》第三十三条的规定，自收到申请之日起20个工作日内予以答复，即不迟于{答复期限}；如需延长答复期限，将另行告知。
                您可以凭申请编号和查询码在本平台“申请查询”中查看办理进度。""");
        DEFAULTS.put(LetterKind.CORRECTION_REQUEST, """
                {申请人}：
                本机关于{收到日期}收到您的政府信息公开申请（申请编号：{申请编号}）。经审查，您的申请内容不明确，根据《中华人民共和国政府信息公开条例》第三十条的规定，请您作出补正：
                {补正事项}
                请于{补正期限}前提交补正材料。答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。""");
        DEFAULTS.put(LetterKind.EXTENSION_NOTICE, """
                {申请人}：
                本机关于{收到日期}收到您的政府信息公开申请（申请编号：{申请编号}）。因{延期理由}，本机关不能在法定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{延长天数}个工作日，至{答复期限}。""");
        DEFAULTS.put(LetterKind.THIRD_PARTY_CONSULTATION, """
                {第三方}：
                本机关收到政府信息公开申请（申请编号：{申请编号}），申请公开的信息为：{申请内容}。该信息可能涉及您的商业秘密、个人隐私，公开可能损害您的合法权益。根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十二条的规定，现书面征求您的意见。
                请自收到本意见书之日起15个工作日内提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《条例》的规定决定是否公开。""");
        DEFAULTS.put(LetterKind.ORGAN_CONSULTATION, """
                {第三方}：
                本机关收到政府信息公开申请（申请编号：{申请编号}），申请公开的信息为：{申请内容}。该信息由本机关牵头与贵机关共同制作。根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十四条的规定，现征求贵机关意见。
                请自收到本征求意见函之日起15个工作日内提出意见。依照《条例》第三十四条的规定，逾期未提出意见的，视为同意公开。""");
        DEFAULTS.put(LetterKind.THIRD_PARTY_DISCLOSURE_NOTICE, """
                {第三方}：
                本机关就政府信息公开申请（申请编号：{申请编号}）征求了您的意见。本机关认为不公开可能对公共利益造成重大影响，根据《中华人民共和国政府信息公开条例》第三十二条的规定，决定予以公开，现将决定公开的政府信息内容和理由书面告知如下：
                {答复说明}""");
        DEFAULTS.put(LetterKind.REASONS_REQUEST, """
                {申请人}：
                本机关于{收到日期}收到您的政府信息公开申请（申请编号：{申请编号}）。您申请公开政府信息的数量、频次明显超过合理范围，根据《中华人民共和国政府信息公开条例》第三十五条的规定，请您于{说明理由期限}前说明理由。
                本机关将根据您说明的理由决定是否处理；理由合理但无法在法定期限内答复的，本机关将确定延迟答复的合理期限并告知您。""");
        DEFAULTS.put(LetterKind.FEE_NOTICE, """
                {申请人}：
                本机关于{收到日期}收到您的政府信息公开申请（申请编号：{申请编号}）。根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本次申请需收取信息处理费。
                收费依据：《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第三条至第五条。
                收费标准：{收费标准}
                收费数额：人民币{收费金额}元。
                缴纳方式：{缴纳方式}
                请自收到本通知次日起20个工作日内（即{缴费期限}前）缴纳。逾期未缴纳的，视为放弃申请，本机关将不再处理该政府信息公开申请。""");
        DEFAULTS.put(LetterKind.REPLY, """
                {申请人}：
                本机关于{收到日期}收到您的政府信息公开申请（申请编号：{申请编号}），申请内容为：{申请内容}。经审查，现答复如下：
                {答复结果}
                {答复说明}
                {答复依据}
                如对本答复不服，可以自收到本答复之日起60日内向{复议机关}申请行政复议，或者自收到本答复之日起6个月内向人民法院提起行政诉讼。""");
    }

    /** Every placeholder a template may use. */
    public static final java.util.Set<String> NAMES = java.util.Set.of("申请人", "收到日期", "申请编号", "申请内容", "机关",
            "第三方", "答复期限", "补正事项", "补正期限", "延期理由", "收费标准", "收费金额", "缴费期限", "答复结果", "答复说明",
            "答复依据", "复议机关", "延长天数", "缴纳方式", "说明理由期限");

    private LetterTemplates() {
    }

    /** Placeholders in {@code template} that no case can fill. */
    public static java.util.List<String> unknownNames(String template) {
        return cn.gongkai.server.shared.Placeholders.unknown(template, NAMES);
    }

    public static String builtIn(LetterKind kind) {
        return DEFAULTS.get(kind);
    }

    /**
     * The template with each {name} replaced by its value (an unknown name is left as written, to be
     * seen), then tidied: no empty line of an unused placeholder, no doubled 。.
     */
    public static String fill(String template, Map<String, String> values) {
        return ReplyWording.tidy(cn.gongkai.server.shared.Placeholders.fill(template, values));
    }

    /** The sentence of the reply letter that states the decision, one per outcome. */
    public static String decision(Outcome outcome) {
        return switch (outcome) {
            case GRANTED -> "您申请公开的政府信息属于公开范围，本机关予以公开，相关信息随本答复书提供。";
            case PARTIALLY_GRANTED -> "您申请公开的政府信息中含有不应当公开的内容，但能够作区分处理，本机关提供可以公开的内容，对不予公开的内容说明理由如下。";
            case WITHHELD_STATE_SECRET -> "您申请公开的政府信息依法确定为国家秘密，本机关不予公开。";
            case WITHHELD_PROHIBITED_BY_LAW -> "您申请公开的政府信息属于法律、行政法规禁止公开的信息，本机关不予公开。";
            case WITHHELD_SECURITY_STABILITY -> "您申请公开的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，本机关不予公开。";
            case WITHHELD_THIRD_PARTY_RIGHTS -> "您申请公开的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，本机关不予公开。";
            case WITHHELD_INTERNAL_AFFAIRS -> "您申请公开的政府信息属于人事管理、后勤管理、内部工作流程等内部事务信息，本机关不予公开。";
            case WITHHELD_PROCESS_INFORMATION -> "您申请公开的政府信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，本机关不予公开。";
            case WITHHELD_ENFORCEMENT_FILES -> "您申请公开的政府信息属于行政执法案卷信息，本机关不予公开。";
            case WITHHELD_INQUIRY_MATTER -> "您申请获取的信息属于有关法律、行政法规对查询另有专门规定的事项，请按照相关规定办理查询。";
            case UNABLE_NOT_HELD -> "经检索，本机关未制作或者获取您申请公开的政府信息，该政府信息不存在。";
            case UNABLE_NEEDS_CREATION -> "您申请的信息需要本机关对现有政府信息进行加工、分析，本机关不予提供。";
            case UNABLE_STILL_UNCLEAR -> "本机关已告知您补正，经补正后您的申请内容仍不明确，本机关无法提供。";
            case NOT_PROCESSED_COMPLAINT -> "您以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为政府信息公开申请处理，您可以通过相应渠道提出。";
            case NOT_PROCESSED_DUPLICATE -> "您重复申请公开相同的政府信息，本机关已作出答复，不再重复处理。";
            case NOT_PROCESSED_PUBLICATION -> "您要求提供的是政府公报、报刊、书籍等公开出版物，可以通过公开发行渠道获取。";
            case NOT_PROCESSED_EXCESSIVE -> "您申请公开政府信息的数量、频次明显超过合理范围，且说明的理由不合理，本机关不予处理。";
            case NOT_PROCESSED_CONFIRMATION -> "您要求本机关确认或者重新出具已获取的信息，不属于政府信息公开申请，本机关不予处理。";
            case OTHER_CORRECTION_OVERDUE -> "您无正当理由逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请。";
            case OTHER_FEE_UNPAID -> "您逾期未按收费通知要求缴纳信息处理费，视为放弃申请，本机关不再处理该政府信息公开申请。";
            case OTHER_HANDLING -> "本机关对您的申请处理如下。";
        };
    }
}
