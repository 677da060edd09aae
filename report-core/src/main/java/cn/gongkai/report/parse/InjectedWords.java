package cn.gongkai.report.parse;

import org.jspecify.annotations.Nullable;

/**
 * Words that hijacked mirror sites put before an organ's name (新葡京博彩官网区人民政府北京街道办事处): gambling and
 * app-download advertising, never part of a government organ's name. The name starts after the last of them; a
 * bare 区/县/市人民政府 left in front of a subdistrict or township is the place the advertising replaced, so it goes too.
 */
final class InjectedWords {

    private static final Words ADVERTISING = Words.of("博彩", "官网", "娱乐", "赌场", "赌博", "彩票", "棋牌", "百家乐", "投注",
            "下注", "葡京", "开户", "网址", "注册送");
    private static final String[] BARE_LEVELS = {"区人民政府", "县人民政府", "市人民政府"};

    private InjectedWords() {
    }

    /** The organ's name without the advertising before it; null when nothing of a name is left. */
    static @Nullable String strip(@Nullable String organ) {
        if (organ == null || !ADVERTISING.in(organ)) {
            return organ;
        }
        int start = 0;
        for (int at = 0; at < organ.length(); at++) {
            int length = ADVERTISING.lengthAt(organ, at);
            if (length > 0) {
                start = at + length;
            }
        }
        String name = organ.substring(start);
        for (String level : BARE_LEVELS) {
            if (name.startsWith(level) && name.length() > level.length() + 2) {
                name = name.substring(level.length());
            }
        }
        return name.length() >= 3 ? name : null;
    }
}
