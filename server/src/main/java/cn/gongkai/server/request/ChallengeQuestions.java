package cn.gongkai.server.request;

import java.util.random.RandomGenerator;

/**
 * The questions of the public forms' challenge. The picture variant is a sum or difference written in Chinese
 * numerals ({@link ChallengeImage} draws it as outlines, no text to read out of the page). The text variant,
 * for those who cannot see the picture (WCAG 1.1.1: a text alternative serving the same purpose), asks for one
 * character of a word by its position, counted from either end, in one of several wordings: answerable by
 * anyone who reads Chinese, not by one regular expression over a fixed sentence.
 */
final class ChallengeQuestions {

    /** A question: what is shown (drawn, or the text variant's sentence) and its answer. */
    record Question(String text, String answer) {
    }

    static final String[] NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] WORDS = {"政府信息公开", "依申请公开", "主动公开", "年度报告", "公开指南", "监督检查",
        "便民服务", "乡村振兴", "森林防火", "防汛抗旱", "社会救助", "财政预算", "政务服务", "人民政府", "公共资源",
        "安全生产", "义务教育", "医疗保障", "生态环境", "交通运输"};

    private ChallengeQuestions() {
    }

    /** "三加五等于几" (answer 8) or "九减四等于几" (5): both operands 1–10, a difference never negative. */
    static Question arithmetic(RandomGenerator random) {
        int a = random.nextInt(1, 11);
        int b = random.nextInt(1, 11);
        if (random.nextBoolean()) {
            return new Question(NUMERALS[a] + "加" + NUMERALS[b] + "等于几", Integer.toString(a + b));
        }
        int high = Math.max(a, b);
        int low = Math.min(a, b);
        return new Question(NUMERALS[high] + "减" + NUMERALS[low] + "等于几", Integer.toString(high - low));
    }

    /** "“年度报告”从右数第二个字是什么？" (answer 报), in one of four wordings. */
    static Question character(RandomGenerator random) {
        String word = WORDS[random.nextInt(WORDS.length)];
        int position = random.nextInt(1, word.length() + 1); // 1-based
        boolean fromEnd = random.nextBoolean();
        String answer = String.valueOf(word.charAt(fromEnd ? word.length() - position : position - 1));
        String ordinal = "第" + NUMERALS[position] + "个字";
        String text = switch (random.nextInt(4)) {
            case 0 -> "“" + word + "”" + (fromEnd ? "从右数" : "从左数") + ordinal + "是什么？";
            case 1 -> "请写出词语“" + word + "”的" + (fromEnd ? "倒数" : "") + ordinal + "。";
            case 2 -> (fromEnd ? "从末尾往前数，" : "从开头往后数，") + "“" + word + "”中的" + ordinal + "是哪个字？";
            default -> "在“" + word + "”这个词里，" + (fromEnd ? "倒数" : "正数") + ordinal + "是？";
        };
        return new Question(text, answer);
    }
}
