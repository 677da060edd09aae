package cn.gongkai.report.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the title block before section 一: the title line (…年度报告), its year, and the organ named
 * before the year or on the line above (米易县普威镇 / 2025 年政府信息公开工作年度报告).
 */
final class TitleReader {

    /** What the title says; any part may be missing. */
    record Title(@Nullable String organ, @Nullable Integer year, int line) {
    }

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern BREADCRUMB = Pattern.compile("(?:当前位置|您现在的位置|您的位置|所在位置|当前的位置)[:：]?");
    /** A field of a page's or crawler's header (栏目：, 所属分类：, 发布机构：): a few Han characters and a colon. */
    private static final Pattern FIELD_LABEL = Pattern.compile("\\p{IsHan}{2,6}[:：]");
    private static final String TITLE_LABEL_WORDS = "(?:文章标题|信息名称|标题|题目|名称)";
    private static final Pattern TITLE_LABEL = Pattern.compile("^" + TITLE_LABEL_WORDS + "[:：]");
    /** The same label set apart by spaces instead of a colon, as a CMS's 索引号 table prints it (名  称 山阳县…). */
    private static final Pattern SPACED_TITLE_LABEL = Pattern.compile("^\\s*(?:文\\s*章\\s*标\\s*题|信\\s*息\\s*名\\s*称|标\\s*题|题\\s*目|名\\s*称)\\s+\\S");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^" + TITLE_LABEL_WORDS + "[:：]?");
    private static final Pattern INTRO = Pattern.compile("(?:现(?:予)?|向社会)公布[^。]{0,40}?(20\\d{2})年");
    private static final Pattern NAMED_YEAR = Pattern.compile("(20\\d{2})年度?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)");
    /** The statistics period; a period over two years (a school year, 2019年9月1日—2020年10月31日) reports on its end year. */
    private static final Pattern PERIOD = Pattern.compile(
            "统计(?:期限|时限|期间|区间)(?:为|自|是|从|：|:)?(20\\d{2})年(?:[^。]{0,12}?(?:至|—|－|-|~|到)(20\\d{2})年)?");

    private TitleReader() {
    }

    static @Nullable Title read(Lines lines, int endIndex, SourceMap map) {
        int titleIndex = -1;
        for (int i = 0; i < endIndex; i++) {
            if (!lines.norm.get(i).contains("报告") && !lines.norm.get(i).contains("年报")) {
                continue;
            }
            String c = lines.compact(i);
            if (FIELD_LABEL.matcher(c).lookingAt() && !TITLE_LABEL.matcher(c).lookingAt() && !BREADCRUMB.matcher(c).lookingAt()) {
                continue; // 栏目：政府信息公开年报, 分类：… — a page's field, not the report's title
            }
            if (c.length() <= 60 && !isSentence(c) && (c.contains("报告") && (c.contains("政府信息公开") || c.contains("年度"))
                    || c.contains("年报") && (c.contains("政府信息公开") || YEAR.matcher(c).find()))
                    && (titleIndex < 0 || !bare(c) || bare(lines.compact(titleIndex)))) {
                titleIndex = i; // a bare 政府信息公开工作年度报告 repeated under the full title does not replace it
            }
        }
        // Taken only when the title names no year: before a title, a page's own lines (上一篇：…2021年…报告。) name
        // other reports too.
        SourceMap.YearMention namedYear = null;
        for (int i = 0; i < Math.min(lines.size(), endIndex + 400); i++) {
            String n = lines.norm.get(i);
            if (n.indexOf('布') < 0 && n.indexOf('限') < 0 && (i >= endIndex || n.indexOf('报') < 0)) {
                continue; // neither 公布, 统计期限 nor a report's name can be on this line (rarer characters than 公 and 统)
            }
            String c = lines.compact(i);
            Matcher intro = c.contains("公布") ? INTRO.matcher(c) : null;
            boolean introduced = intro != null && intro.find();
            if (introduced) {
                map.yearMentions.add(new SourceMap.YearMention(Integer.parseInt(intro.group(1)), "开头说明", i + 1));
            }
            // The report named in the opening sentence (…编制了2021年政府信息公开年度报告。) before its statistics
            // period: a period copied from last year's report (自2020年1月1日起…) is the likelier slip.
            Matcher named = !introduced && i < endIndex && c.contains("报告") && isSentence(c) ? NAMED_YEAR.matcher(c) : null;
            if (named != null && named.find() && namedYear == null) {
                namedYear = new SourceMap.YearMention(Integer.parseInt(named.group(1)), "开头说明", i + 1);
            }
            Matcher period = c.contains("统计") ? PERIOD.matcher(c) : null;
            if (period != null && period.find()) {
                String year = period.group(2) != null ? period.group(2) : period.group(1);
                map.yearMentions.add(new SourceMap.YearMention(Integer.parseInt(year), "统计期限", i + 1));
            }
        }
        if (titleIndex < 0) {
            if (namedYear != null) {
                map.yearMentions.add(0, namedYear);
            }
            return null;
        }
        // A crawler's or CMS's label before the title (标题：…, 信息名称：…) is not part of the organ's name.
        String compactTitle = lines.compact(titleIndex);
        boolean labelled = TITLE_LABEL.matcher(compactTitle).lookingAt()
                || SPACED_TITLE_LABEL.matcher(lines.norm.get(titleIndex)).lookingAt();
        String title = withoutBreadcrumb(labelled ? LABEL_PREFIX.matcher(compactTitle).replaceFirst("") : compactTitle);
        int above = wrappedTitleStart(lines, titleIndex, title);
        if (above >= 0) {
            // A title wrapped over two lines (PDF, narrow page): 某某2025年政府信息公开 / 工作年度报告.
            title = lines.compact(above) + title;
        }
        Matcher y = YEAR.matcher(title);
        Integer year = null;
        String organ = null;
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
            // 某某镇人民政府关于2021年度…的年度报告 / 关于2021年度…: 关于 is not part of the organ.
            // A flipbook's or viewer's page prefix (Page 8 - 威海市…) is not part of the name: an organ's name is Han.
            organ = title.substring(0, y.start()).replaceFirst("^[^\\p{IsHan}]+", "")
                    .replaceFirst("^关于", "").replaceFirst("关于$", "");
            if (organ.isEmpty()) {
                // Year first: 2020年米易县教育局政府信息公开工作年度报告.
                String after = title.substring(y.end());
                after = after.startsWith("度") ? after.substring(1) : after;
                int at = after.indexOf("政府信息公开");
                organ = at > 0 ? after.substring(0, at) : null;
            }
        } else {
            int at = title.indexOf("政府信息公开");
            organ = at > 0 ? title.substring(0, at) : null;
        }
        if (organ == null || organ.isBlank()) {
            for (int i = titleIndex - 1; i >= Math.max(0, titleIndex - 3); i--) {
                String c = lines.compact(i);
                if (c.contains("报告") || c.contains("年报")) {
                    continue; // the same title written twice
                }
                if (!c.isEmpty()) {
                    // Not a page's field (发布日期：2026-01-12 点击数：) standing over a bare title.
                    organ = c.length() <= 30 && !c.contains("首页") && !c.contains(">") && !FIELD_LABEL.matcher(c).lookingAt()
                            && c.chars().noneMatch(Character::isDigit) ? c : null;
                    break;
                }
            }
        }
        map.titleLine = titleIndex + 1;
        if (year != null) {
            map.yearMentions.add(new SourceMap.YearMention(year, "标题", titleIndex + 1));
        } else if (namedYear != null) {
            map.yearMentions.add(0, namedYear);
        }
        return new Title(organ == null || organ.isBlank() ? null : organ, year, titleIndex + 1);
    }

    /** A title that names neither organ nor year: 政府信息公开工作年度报告 by itself. */
    private static boolean bare(String compact) {
        return !YEAR.matcher(compact).find() && compact.indexOf("政府信息公开") == 0;
    }

    /**
     * The title without the page's breadcrumb run into it (当前位置：首页政务公开…政府信息公开年报平潭综合实验区2021年度…):
     * the crumbs end at the last 年报/报告 column name or separator before the title's year.
     */
    private static String withoutBreadcrumb(String title) {
        if (!BREADCRUMB.matcher(title).lookingAt()) {
            return title;
        }
        Matcher y = YEAR.matcher(title);
        int end = y.find() ? y.start() : title.indexOf("政府信息公开");
        if (end <= 0) {
            return title;
        }
        String crumbs = title.substring(0, end);
        int cut = Math.max(Math.max(crumbs.lastIndexOf('>') + 1, crumbs.lastIndexOf('»') + 1),
                Math.max(crumbs.lastIndexOf("年报") + 2, crumbs.lastIndexOf("报告") + 2));
        return cut >= 2 ? title.substring(cut) : title;
    }

    /**
     * The line a wrapped title starts on, or -1: the title line names no year and the non-empty line just above
     * it is a short phrase (not a sentence) with the year or 政府信息公开 in it.
     */
    private static int wrappedTitleStart(Lines lines, int titleIndex, String title) {
        if (YEAR.matcher(title).find() && title.indexOf("政府信息公开") > 0) {
            return -1;
        }
        for (int i = titleIndex - 1; i >= Math.max(0, titleIndex - 2); i--) {
            String c = lines.compact(i);
            if (c.isEmpty()) {
                continue;
            }
            boolean head = c.length() <= 40 && !isSentence(c) && !c.contains(">") && !c.contains("首页")
                    && (YEAR.matcher(c).find() || c.endsWith("政府信息公开") || c.endsWith("政府信息"));
            return head && !YEAR.matcher(title).find() ? i : -1;
        }
        return -1;
    }

    /** Names an organ by itself: never completed into …人民政府 (facts: zones and committees have none). */
    private static final Pattern NOT_A_GOVERNMENT = Pattern.compile(
            ".*(实验区|开发区|示范区|园区|高新区|保税区|合作区|试验区|管理区|新区|管委会|管理委员会|委员会)$");
    private static final Pattern OPENING = Pattern.compile(
            "(?:现将|现予公布|现公布|公布|编制(?:形成了)?)《?(?:20\\d{2}年度?+)?(\\p{IsHan}{2,30}?)(?:20\\d{2}年|政府信息公开)");
    /** The organ that says it compiled its own report (…，黄龙县市场监督管理局结合单位实际，编制本单位2022年度…报告). */
    private static final Pattern COMPILES_OWN = Pattern.compile(
            "[,，。](\\p{IsHan}{4,30}?)(?:结合|根据|按照|依据)[^。]{0,20}?[,，]?编制(?:了)?本(?:单位|机关|部门|局|委)");
    /**
     * The report's name written inside a sentence (…形成了《某某镇人民政府2023年政府信息公开工作年度报告》): the run of
     * Han characters right before the year, if it ends like an organ. Mirror sites insert other text before it.
     */
    private static final Pattern NAMED_IN_TEXT = Pattern.compile(
            "(\\p{IsHan}{2,30})20\\d{2}年度?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)");
    /** The words that open the sentence before the report's name (现将我局2021年…报告如下): never part of a name. */
    private static final Pattern SENTENCE_VERB = Pattern.compile("^.*?(?:现将|现予|特将|特此|现就|兹将)");
    private static final Pattern ORGAN_END = Pattern.compile(
            ".*(人民政府|办事处|办公室|委员会|管委会|局|委|办|厅|院|中心|管理处|实验区|开发区|示范区|园区|高新区|新区|政府|镇|乡|街道|街)$");
    /**
     * The organ that compiled the report, said in the opening (本报告…由常德市审计局政务公开领导小组办公室编制而成): the name
     * before 编制/根据/汇总, cut before the internal office that did the writing (政务公开…, 信息公开…, …领导小组).
     */
    private static final Pattern COMPILED_BY = Pattern.compile(
            "由(\\p{IsHan}{3,40}?)(?:\\([\\p{IsHan}、]{2,30}\\))?(?:根据|依据|按照|编制|汇总|综合|负责编制|组织编制)");
    private static final Pattern INTERNAL_OFFICE = Pattern.compile(
            "(?:政务公开|政府信息公开|信息公开|政务信息公开|领导小组|(?<=人民政府|镇|乡|办事处)党政(?:综合)?办(?:公室)?).*$");
    /** The organ whose work the opening says it does well (为认真做好京山市卫生健康局政府信息公开工作，…). */
    private static final Pattern DOING_WELL = Pattern.compile("为(?:认真|进一步|切实)?(?:做好|推进|加强|规范)(\\p{IsHan}{4,30}?)政府信息公开");
    /**
     * The organ as the subject of the first sentence of section 一 (2025年，铁东区退役军人事务局通过区政府网站主动公开…):
     * the name right after the year and before the verb; only a full name that ends like an organ counts.
     */
    private static final Pattern YEAR_SUBJECT = Pattern.compile(
            "(?:^|[。；;])(?:\\([一二三四五六七八九十]\\)|（[一二三四五六七八九十]）)?\\p{IsHan}{0,12}?20\\d{2}年(?:度|以来)?+[,，]?"
                    + "(?:在[^,，。；;]{1,40}?[下中][,，])?(\\p{IsHan}{3,25}?)"
                    + "(?:通过|认真|坚持|始终|紧紧|严格|深入|全面|扎实|积极|持续|按照|围绕|依托|不断|进一步|高度|聚焦|共|在|以|主动|累计|依法"
                    + "|网站|政府信息公开|政务公开)"); // 玉林市民政局网站公开信息…, 天山乡政府信息公开工作坚持…

    /** The year of the work reported on, said in the opening (汇报我镇2023年政府信息公开工作). */
    private static final Pattern WORK_YEAR = Pattern.compile("(20\\d{2})年度?(?:的)?政府信息公开");

    /** The opening sentence (根据…，现公布…年度报告。) names the report but is not its title. */
    private static boolean isSentence(String c) {
        return c.indexOf('。') >= 0 || c.indexOf(',') >= 0 || c.startsWith("根据") || c.startsWith("按照")
                || c.startsWith("依据") || c.startsWith("现将") || c.startsWith("现公布") || c.contains("关于印发")
                || c.contains("根据《") || c.contains("条例》")
                || closesFirst(c);
    }

    /** A line whose first book-title or round bracket closes (定》）和《关于…): the rest of a sentence wrapped over lines. */
    private static boolean closesFirst(String c) {
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '《' || ch == '(') {
                return false;
            }
            if (ch == '》' || ch == ')') {
                return true;
            }
        }
        return false;
    }

    /** The organ named by the opening sentence (现公布XX镇人民政府2025年度…), or null. */
    static @Nullable String openingOrgan(Lines lines, int endIndex) {
        for (int i = 0; i < Math.min(endIndex + 3, lines.size()); i++) {
            String c = lines.compact(i);
            if (c.indexOf('公') < 0 && c.indexOf('将') < 0) {
                continue;
            }
            Matcher m = OPENING.matcher(c);
            if (m.find()) {
                String name = m.group(1);
                if (!name.startsWith("本") && !name.startsWith("我") && !name.contains("年度报告")) {
                    return name;
                }
            }
        }
        for (int i = 0; i < Math.min(endIndex + 3, lines.size()); i++) {
            String c = lines.compact(i);
            if (c.indexOf('报') < 0) {
                continue;
            }
            Matcher m = NAMED_IN_TEXT.matcher(c);
            while (m.find()) {
                String name = SENTENCE_VERB.matcher(m.group(1)).replaceFirst("");
                if (ORGAN_END.matcher(name).matches() && !name.startsWith("本") && !name.startsWith("我")) {
                    return name;
                }
            }
        }
        for (int i = 0; i < Math.min(endIndex + 3, lines.size()); i++) {
            String c = lines.compact(i);
            if (c.indexOf('由') < 0) {
                continue;
            }
            Matcher m = COMPILED_BY.matcher(c);
            while (m.find()) {
                String name = INTERNAL_OFFICE.matcher(m.group(1)).replaceFirst("");
                if (fullOrganName(name)) {
                    return name;
                }
            }
        }
        for (int i = 0; i < Math.min(endIndex + 3, lines.size()); i++) {
            String c = lines.compact(i);
            Matcher m = c.contains("编制本") ? COMPILES_OWN.matcher(c) : null;
            if (m != null && m.find() && fullOrganName(m.group(1))) {
                return m.group(1);
            }
        }
        for (int i = 0; i < Math.min(endIndex + 3, lines.size()); i++) {
            String c = lines.compact(i);
            if (c.indexOf('为') < 0) {
                continue;
            }
            Matcher m = DOING_WELL.matcher(c);
            if (m.find() && fullOrganName(m.group(1)) && !m.group(1).matches(".*[各全对所和].*")) {
                return m.group(1);
            }
        }
        // The subject of section 一's first sentences: a few lines after its heading (past its sub-headings), or of the
        // opening paragraph just before it (2024年，浦沿街道办事处严格按照…).
        for (int i = Math.max(0, endIndex - 3); i < Math.min(endIndex + 8, lines.size()); i++) {
            String c = lines.compact(i);
            if (c.indexOf('年') < 0) {
                continue;
            }
            Matcher m = YEAR_SUBJECT.matcher(c);
            if (m.find() && fullOrganName(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * A name that stands by itself as an organ: ends like one, and starts with a place rather than with 本/我/该 or a
     * bare level word (县审计局, 市政府办公室 are short forms that name no place).
     */
    private static boolean fullOrganName(String name) {
        // Three characters only for a township or a subdistrict (丰收乡, 城关镇, 武湖街): a shorter 局 or 委 names no place.
        boolean township = name.length() == 3 && (name.endsWith("乡") || name.endsWith("镇") || name.endsWith("街"));
        return (name.length() >= 4 || township) && ORGAN_END.matcher(name).matches()
                && "本我该全各市县区镇乡省".indexOf(name.charAt(0)) < 0;
    }

    /**
     * The year of the work the opening lines report on (汇报我镇2023年政府信息公开工作), for a report whose title
     * and statements name none; null when they do not say it either.
     */
    static @Nullable Integer workYear(Lines lines, int firstHeading) {
        for (int i = 0; i < Math.min(firstHeading + 3, lines.size()); i++) {
            if (lines.norm.get(i).indexOf('年') < 0) {
                continue;
            }
            Matcher m = WORK_YEAR.matcher(lines.compact(i));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    /** A year that opens a sentence (2019年，我乡… / 2019年我局… / 2022年以来，…), also after a sub-heading (（一）概况。2019年…). */
    private static final Pattern OPENING_YEAR = Pattern.compile(
            "^(?:[(（][一二三四五六七八九十][)）](?:[^。，,]{0,20}?[。：:])?)?(20\\d{2})年(?!以来|至今|起)");

    /**
     * The year section 一 opens with (2019年，我乡明确专人负责…): the last resort for a report whose title, statements and
     * opening name none — section 一 tells the year's work, and its first sentence starts with that year.
     */
    static @Nullable Integer overviewYear(Lines lines, int overviewHeading) {
        for (int i = overviewHeading + 1, seen = 0; i < lines.size() && seen < 2; i++) {
            String c = lines.compact(i);
            if (c.isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = OPENING_YEAR.matcher(c);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    /** Completes a bare place name from a title into the organ's full name. */
    static String organName(String name) {
        if (NOT_A_GOVERNMENT.matcher(name).matches()) {
            return name;
        }
        if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("县") || name.endsWith("区") || name.endsWith("市")) {
            return name + "人民政府";
        }
        if (name.endsWith("街道")) {
            return name + "办事处";
        }
        if (name.endsWith("街") && name.length() >= 3) {
            // 佳荣里街: the short form of 佳荣里街道 (as Tianjin names its subdistricts).
            return name + "道办事处";
        }
        return name;
    }
}
