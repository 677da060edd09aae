package cn.gongkai.server.accounts;

import cn.gongkai.server.ledger.LedgerVocabulary;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The roles as the ledger stores them (permission changes, new accounts), by their Chinese names. */
@Component
class AccountWords implements LedgerVocabulary {

    @Override
    public Map<String, String> values() {
        return LedgerVocabulary.of(Role.class, Role::chinese);
    }
}
