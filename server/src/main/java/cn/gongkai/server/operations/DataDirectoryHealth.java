package cn.gongkai.server.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s {@code dataDirectory}: each data directory's path, free space and whether it is
 * writable. OUT_OF_SERVICE while any is under the minimum free space (pages are still read, writes are
 * refused with 503 by {@link WriteGuard}), DOWN when one cannot be written at all. Spring Boot's own
 * {@code diskSpace} check watches the working directory instead and is turned off (application.yml).
 */
@Component("dataDirectory")
class DataDirectoryHealth implements HealthIndicator {

    private final StorageSpace space;

    DataDirectoryHealth(StorageSpace space) {
        this.space = space;
    }

    @Override
    public Health health() {
        StorageSpace.Report report = space.report();
        Status status = Status.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("minFreeBytes", report.minFreeBytes());
        for (StorageSpace.Directory d : report.directories()) {
            boolean isShort = report.shortOf().contains(d);
            if (!d.writable()) {
                status = Status.DOWN;
            } else if (isShort && status == Status.UP) {
                status = Status.OUT_OF_SERVICE;
            }
            details.put(d.name(), Map.of("path", d.path().toString(), "freeBytes", d.freeBytes(), "writable", d.writable(),
                    "short", isShort));
        }
        if (!report.ok()) {
            details.put("message", "数据目录可用空间不足或不可写，平台暂停保存：请清理或扩容 "
                    + report.shortOf().stream().map(d -> d.path().toString()).distinct().toList());
        }
        return Health.status(status).withDetails(details).build();
    }
}
