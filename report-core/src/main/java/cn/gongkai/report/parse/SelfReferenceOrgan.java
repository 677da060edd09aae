package cn.gongkai.report.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The organ of a report that calls itself only by its level (…的相关要求，区政府切实完善工作机制) and names its place once,
 * as the owner of the website it publishes on (通过立山区政府网站，集中公开…): 立山区人民政府. Both must be of the same
 * level — a 镇 report that publishes on its county's website (在米易县人民政府网站) names its county, not itself — and
 * the self-reference must open a clause, as a subject does (按照县政府要求 refers to another organ).
 *
 * <p>The same for an institution that calls itself 我院/我局/我委/我中心 and names itself only where it says whom to
 * contact (可与太和县中医院行政办公室联系): the name must end as the self-reference does (院 … 院).
 */
final class SelfReferenceOrgan {

    /** 区政府 / 县政府 … opening a clause (after a stop or a comma, or a year: 2024年，区政府…). */
    private static final Pattern SELF = Pattern.compile("(?:^|[,。;:])(?:\\d{4}年度?,?)?([区县市镇乡])政府(?!网站|门户|信息|办公室)");
    /** 通过/在/依托 XX区政府网站: a place of two or three characters before the level, its website after it. */
    private static final Pattern NAMED = Pattern.compile("(?:通过|在|依托|利用)(\\p{IsHan}{2,3}?)([区县市镇乡])(?:人民)?政府(?:门户)?网站");
    private static final Pattern NOT_A_PLACE = Pattern.compile("[本我全各该此其原新]");
    private static final Pattern SELF_INSTITUTION = Pattern.compile("我(院|局|委|办|中心)");
    /** 与/向 NAME (an office of it) 联系: a name of three to fourteen characters ending in the institution's word. */
    private static final Pattern CONTACT = Pattern.compile(
            "(?:与|向)(\\p{IsHan}{2,13}?(?:院|局|委|办|中心))(?:\\p{IsHan}{0,6}?(?:办公室|科|股|处))?联系");

    private SelfReferenceOrgan() {
    }

    /** The organ's full name, or null when the lines up to {@code endIndex} + 3 do not name it so. */
    static @Nullable String find(Lines lines, int endIndex) {
        String level = null;
        String place = null;
        String placeLevel = null;
        for (int i = 0; i < Math.min(endIndex + 4, lines.size()); i++) {
            String c = lines.compact(i);
            if (c.indexOf('政') < 0) {
                continue;
            }
            Matcher self = SELF.matcher(c);
            if (level == null && self.find()) {
                level = self.group(1);
            }
            Matcher named = NAMED.matcher(c);
            if (place == null && named.find() && !NOT_A_PLACE.matcher(named.group(1).substring(0, 1)).matches()) {
                place = named.group(1);
                placeLevel = named.group(2);
            }
        }
        return level != null && level.equals(placeLevel) ? place + level + "人民政府" : institution(lines, endIndex);
    }

    private static @Nullable String institution(Lines lines, int endIndex) {
        String self = null;
        for (int i = 0; i < Math.min(endIndex + 4, lines.size()); i++) {
            String c = lines.compact(i);
            Matcher m = SELF_INSTITUTION.matcher(c);
            if (self == null && m.find()) {
                self = m.group(1);
            }
            Matcher contact = c.contains("联系") ? CONTACT.matcher(c) : null;
            while (self != null && contact != null && contact.find()) {
                String name = contact.group(1);
                if (name.endsWith(self) && !NOT_A_PLACE.matcher(name.substring(0, 1)).matches()) {
                    return name;
                }
            }
        }
        return null;
    }
}
