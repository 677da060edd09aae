package cn.gongkai.server.publication;

/** The four fixed sub-columns of the 政府信息公开 column (facts §4.3), by their URL names. */
public enum PortalSubColumn {
    GUIDE("guide", "政府信息公开指南"),
    RULES("rules", "政府信息公开制度"),
    STATUTORY("statutory", "法定主动公开内容"),
    REPORTS("reports", "政府信息公开年报");

    private final String path;
    private final String title;

    PortalSubColumn(String path, String title) {
        this.path = path;
        this.title = title;
    }

    public String getPath() {
        return path;
    }

    public String getTitle() {
        return title;
    }
}
