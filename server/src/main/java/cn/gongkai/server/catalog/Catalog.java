package cn.gongkai.server.catalog;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An organ's catalog as the portal and the workspace show it.
 *
 * @param areas    every area of the standard catalog, in order
 * @param selected the codes of the areas the organ covers
 * @param entries  the organ's entries by area code, areas in order
 * @param notCoveredNote 未涉及领域说明, or null when not written yet
 */
public record Catalog(List<CatalogArea> areas, List<String> selected, Map<String, List<CatalogEntry>> entries,
        @Nullable String notCoveredNote) {

    public List<CatalogArea> selectedAreas() {
        return areas.stream().filter(a -> selected.contains(a.code())).toList();
    }

    public List<CatalogArea> notCoveredAreas() {
        return areas.stream().filter(a -> !selected.contains(a.code())).toList();
    }

    public List<CatalogEntry> entriesOf(String areaCode) {
        return entries.getOrDefault(areaCode, List.of());
    }
}
