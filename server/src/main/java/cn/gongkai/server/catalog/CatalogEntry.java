package cn.gongkai.server.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One 公开事项 of an organ's catalog.
 *
 * @param timeLimit     公开时限 as printed, e.g. 信息形成或者变更之日起20个工作日内
 * @param timeLimitDays the same as a number of working days when it is one, else null
 * @param channels      公开渠道和载体
 * @param audience      公开对象: 全社会, 特定群体
 * @param modes         公开方式: 主动, 依申请公开
 * @param levels        公开层级: 县级, 乡级, 村级
 */
public record CatalogEntry(long id, long organId, String areaCode, String firstLevel, @Nullable String secondLevel,
        @Nullable String contentElements, @Nullable String basis, String timeLimit, @Nullable Integer timeLimitDays,
        String subject, List<String> channels, List<String> audience, List<String> modes, List<String> levels) {

    public static final List<String> CHANNELS = List.of("政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体",
            "公开查阅点", "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏（电子屏）", "精准推送", "其他");
    public static final List<String> AUDIENCES = List.of("全社会", "特定群体");
    public static final List<String> MODES = List.of("主动", "依申请公开");
    public static final List<String> LEVELS = List.of("县级", "乡级", "村级");

    public CatalogEntry {
        channels = List.copyOf(channels);
        audience = List.copyOf(audience);
        modes = List.copyOf(modes);
        levels = List.copyOf(levels);
    }
}
