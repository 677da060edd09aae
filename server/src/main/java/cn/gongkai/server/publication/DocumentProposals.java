package cn.gongkai.server.publication;

import cn.gongkai.report.parse.ChineseDates;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an official document (公文, GB/T 9704) says about itself, proposed to the drafter from its text:
 * the 发文字号 in the 版头 (米府发〔2026〕3号; WPS files and typists also write [2026], 【2026】 or
 * (2026), which become the standard 〔〕), the title (the first centred line or heading after it), and the
 * 成文日期 in the 落款 (2026年3月5日, also in Chinese numerals 二〇二六年三月五日). Proposals only:
 * the drafter sees them in the form and corrects them.
 */
final class DocumentProposals {

    /** The 版头 is the first lines: the issuing organ's mark, the number, perhaps 签发人. */
    static final int HEAD_LINES = 8;
    /** The 落款 is among the last lines (signature, date, perhaps 附件 notes and 抄送). */
    static final int TAIL_LINES = 8;

    private static final Pattern NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,15})\\s*[〔\\[【(（]\\s*((?:19|20)\\d{2})\\s*[〕\\]】)）]\\s*第?\\s*(\\d{1,5})\\s*号");
    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE_DATE = Pattern.compile("([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

    /** The proposals; each null when not found. {@code titleLine} is the index of the title line, or -1. */
    record Proposals(@Nullable String documentNumber, int numberLine, @Nullable String title, int titleLine,
            @Nullable LocalDate writtenOn) {
    }

    private DocumentProposals() {
    }

    static Proposals of(List<DocxBody.Line> lines) {
        String number = null;
        int numberLine = -1;
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()) && number == null; i++) {
            Matcher m = NUMBER.matcher(normalized(lines.get(i).text()));
            if (m.find()) {
                number = m.group(1) + "〔" + m.group(2) + "〕" + Integer.parseInt(m.group(3)) + "号";
                numberLine = i;
            }
        }
        int titleLine = -1;
        for (int i = numberLine + 1; i < Math.min(numberLine + 1 + HEAD_LINES, lines.size()) && titleLine < 0; i++) {
            DocxBody.Line line = lines.get(i);
            boolean looksLikeTitle = line.centered() || line.headingLevel() == 1;
            if (!line.text().isBlank() && looksLikeTitle && line.text().length() <= 300 && !isSignatory(line.text())) {
                titleLine = i;
            }
        }
        return new Proposals(number, numberLine, titleLine < 0 ? null : lines.get(titleLine).text().strip(), titleLine,
                writtenOn(lines));
    }

    /** 签发人：… in the 版头 of an upward document is not the title. */
    private static boolean isSignatory(String text) {
        return text.startsWith("签发人");
    }

    /** The last date in the last lines: the 落款's 成文日期 comes after any date in the text. */
    static @Nullable LocalDate writtenOn(List<DocxBody.Line> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TAIL_LINES); i--) {
            String text = normalized(lines.get(i).text()).replace(" ", "");
            LocalDate found = lastDate(text);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static @Nullable LocalDate lastDate(String text) {
        LocalDate found = null;
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            found = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), found);
        }
        Matcher c = CHINESE_DATE.matcher(text);
        while (c.find()) {
            found = date(digits(c.group(1)), number(c.group(2)), number(c.group(3)), found);
        }
        return found;
    }

    private static @Nullable LocalDate date(int y, int m, int d, @Nullable LocalDate otherwise) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException notADay) {
            return otherwise; // 2026年2月30日 is a typing error, not a proposal
        }
    }

    /** 二〇二六 → 2026: report-core's reading of Chinese-numeral years. */
    static int digits(String year) {
        return ChineseDates.hanYear(year);
    }

    /** 五 → 5, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31. */
    static int number(String s) {
        return ChineseDates.hanNumber(s);
    }

    /** Full-width digits and brackets (２０２６, ［］) as their plain forms. */
    private static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
