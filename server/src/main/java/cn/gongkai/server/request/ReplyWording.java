package cn.gongkai.server.request;

/**
 * What the reply letter says for an outcome, with the alternatives resolved by the case: where an
 * outcome of table 三 covers two items of Art. 36, staff choose the {@link Variant}, so no
 * “（或……）” reaches the applicant. The basis sentence names the Regulation in full (letters use no
 * abbreviation they have not defined); an outcome without an article (确认或重新出具已获取信息) states
 * no basis rather than “无明文规定”.
 */
public final class ReplyWording {

    /** Which item of Art. 36 applies, where one outcome covers two. */
    public enum Variant {
        /** 第三十六条第（二）项: provided with the reply. */
        PROVIDED("随答复书提供（第三十六条第（二）项）"),
        /** 第三十六条第（一）项: already proactively disclosed; the applicant is told where. */
        ALREADY_PUBLIC("已经主动公开，告知获取方式、途径（第三十六条第（一）项）"),
        /** 第三十六条第（四）项: it does not exist. */
        NOT_EXIST("经检索没有所申请的信息（第三十六条第（四）项）"),
        /** 第三十六条第（五）项: another organ is responsible; named with its contact when known. */
        NOT_RESPONSIBLE("不属于本机关负责公开（第三十六条第（五）项）");

        private final String chinese;

        Variant(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }

        /** The variants an outcome offers; empty when it has only one wording. */
        public static java.util.List<Variant> of(Outcome o) {
            return switch (o) {
                case GRANTED -> java.util.List.of(PROVIDED, ALREADY_PUBLIC);
                case UNABLE_NOT_HELD -> java.util.List.of(NOT_EXIST, NOT_RESPONSIBLE);
                default -> java.util.List.of();
            };
        }
    }

    static final String REGULATION = "《中华人民共和国政府信息公开条例》";

    private ReplyWording() {
    }

    /** The variant to use: the chosen one if the outcome offers it, else the outcome's first, else null. */
    static Variant resolve(Outcome o, Variant chosen) {
        var offered = Variant.of(o);
        if (offered.isEmpty()) {
            return null;
        }
        return chosen != null && offered.contains(chosen) ? chosen : offered.getFirst();
    }

    /** The sentence that states the decision. */
    static String decision(Outcome outcome, Variant variant) {
        Variant v = resolve(outcome, variant);
        if (v == Variant.ALREADY_PUBLIC) {
            return "您申请公开的政府信息本机关已经主动公开，获取的方式、途径见下文。";
        }
        if (v == Variant.NOT_RESPONSIBLE) {
            return "您申请公开的政府信息不属于本机关负责公开，理由及负责公开的机关见下文。";
        }
        if (outcome == Outcome.UNABLE_NOT_HELD) {
            return "经检索，本机关没有您申请公开的政府信息，该政府信息不存在。";
        }
        if (outcome == Outcome.GRANTED) {
            return "您申请公开的政府信息属于公开范围，本机关予以公开，相关信息随本答复书提供。";
        }
        return LetterTemplates.decision(outcome);
    }

    /** The basis sentence, or empty when no article applies. */
    static String basis(Outcome outcome, Variant variant) {
        Variant v = resolve(outcome, variant);
        String article = switch (outcome) {
            case GRANTED -> v == Variant.ALREADY_PUBLIC ? "第三十六条第（一）项" : "第三十六条第（二）项";
            case PARTIALLY_GRANTED -> "第三十七条";
            case WITHHELD_STATE_SECRET, WITHHELD_PROHIBITED_BY_LAW, WITHHELD_SECURITY_STABILITY -> "第十四条、第三十六条第（三）项";
            case WITHHELD_THIRD_PARTY_RIGHTS -> "第十五条、第三十六条第（三）项";
            case WITHHELD_INTERNAL_AFFAIRS -> "第十六条第一款、第三十六条第（三）项";
            case WITHHELD_PROCESS_INFORMATION, WITHHELD_ENFORCEMENT_FILES -> "第十六条第二款、第三十六条第（三）项";
            case WITHHELD_INQUIRY_MATTER -> "第三十六条第（七）项";
            case UNABLE_NOT_HELD -> v == Variant.NOT_RESPONSIBLE ? "第三十六条第（五）项" : "第三十六条第（四）项";
            case UNABLE_NEEDS_CREATION -> "第三十八条";
            case UNABLE_STILL_UNCLEAR, OTHER_CORRECTION_OVERDUE -> "第三十条";
            case NOT_PROCESSED_COMPLAINT -> "第三十九条第一款";
            case NOT_PROCESSED_DUPLICATE -> "第三十六条第（六）项";
            case NOT_PROCESSED_PUBLICATION -> "第三十九条第二款";
            case NOT_PROCESSED_EXCESSIVE -> "第三十五条";
            case NOT_PROCESSED_CONFIRMATION, OTHER_HANDLING, OTHER_FEE_UNPAID -> "";
        };
        if (outcome == Outcome.OTHER_FEE_UNPAID) {
            return "以上答复依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定。";
        }
        return article.isEmpty() ? "" : "以上答复依据" + REGULATION + article + "的规定。";
    }

    /**
     * The letter as it goes out: empty lines (an unused placeholder's) dropped, doubled full stops and a
     * stop after a closing punctuation mark made single.
     */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            l = l.replaceAll("。+", "。").replace("？。", "？").replace("！。", "！").replace("；。", "。").replace("，。", "。");
            out.append(out.isEmpty() ? "" : "\n").append(l);
        }
        return out.toString();
    }
}
