package cn.gongkai.server.catalog;

import cn.gongkai.server.ledger.LedgerVocabulary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The areas of the 标准目录 as the ledger stores them (their codes), by their names in the catalog table. */
@Component
class CatalogWords implements LedgerVocabulary {

    private final Catalogs catalogs;

    CatalogWords(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> m = new LinkedHashMap<>();
        catalogs.areas().forEach(a -> m.put(a.code(), a.name()));
        return m;
    }
}
