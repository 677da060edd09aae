package cn.gongkai.server.concurrency;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** {@link ConcurrentWrites} on the embedded H2 (the default database; its URL's lock timeout as in application.yml). */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:concurrent-writes;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "gongkai.forms.accepted-per-address=100000", "gongkai.forms.accepted-per-network=100000",
        "gongkai.forms.accepted-per-organ=100000"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class ConcurrentWritesTests extends ConcurrentWrites {

    ConcurrentWritesTests() {
        super(10);
    }
}
