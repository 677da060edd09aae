package cn.gongkai.server.publication;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 主题分类: the subject classification items are filed under, which the item form offers and the portal's
 * 信息公开目录 counts. Configurable ({@code gongkai.portal.topics}, comma-separated); the default is the
 * State Council's portal classification (国务院公报主题分类) that county portals commonly use.
 */
@Component("topics")
public class Topics {

    static final String DEFAULT = "综合政务,国民经济管理、国有资产监管,财政、金融、审计,国土资源、能源,农业、林业、水利,工业、交通,"
            + "商贸、海关、旅游,市场监管、安全生产监管,城乡建设、环境保护,科技、教育,文化、广电、新闻出版,卫生、体育,"
            + "人口与计划生育、妇女儿童工作,劳动、人事、监察,公安、安全、司法,民政、扶贫、救灾,民族、宗教,对外事务,港澳台侨工作,国防,"
            + "机构职能,其他";

    private final List<String> all;

    Topics(@Value("${gongkai.portal.topics:" + DEFAULT + "}") String list) {
        this.all = Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 100).toList();
    }

    public List<String> getAll() {
        return all;
    }
}
