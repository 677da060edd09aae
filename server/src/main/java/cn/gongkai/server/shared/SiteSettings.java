package cn.gongkai.server.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's site chrome ({@code gongkai.site.*}): the site's name (the county's, not the software's),
 * 主办单位, 承办单位, 网站标识码, ICP 备案号, 公安机关备案号, the 党政机关网站标识 image (blank: the slot shows
 * nothing) and 联系我们. Templates read it as {@code @siteSettings}, error pages included.
 */
@Component("siteSettings")
public class SiteSettings {

    private final String name;
    private final String host;
    private final String organizer;
    private final String siteCode;
    private final String icp;
    private final String police;
    private final String badge;
    private final String contact;

    SiteSettings(@Value("${gongkai.site.name:政府信息公开}") String name, @Value("${gongkai.site.host:}") String host,
            @Value("${gongkai.site.organizer:}") String organizer, @Value("${gongkai.site.site-code:}") String siteCode,
            @Value("${gongkai.site.icp:}") String icp, @Value("${gongkai.site.police:}") String police,
            @Value("${gongkai.site.badge:}") String badge, @Value("${gongkai.site.contact:}") String contact) {
        this.name = name;
        this.host = host;
        this.organizer = organizer;
        this.siteCode = siteCode;
        this.icp = icp;
        this.police = police;
        this.badge = badge;
        this.contact = contact;
    }

    public String getName() {
        return name;
    }

    public String getHost() {
        return host;
    }

    public String getOrganizer() {
        return organizer;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public String getIcp() {
        return icp;
    }

    public String getPolice() {
        return police;
    }

    public String getBadge() {
        return badge;
    }

    public String getContact() {
        return contact;
    }
}
