package cn.gongkai.server.catalog;

/** One area (领域) of the 基层政务公开标准目录. */
public record CatalogArea(String code, String name, int position) {
}
