package cn.gongkai.server.checker;

import cn.gongkai.report.check.CheckResult;
import java.util.UUID;

/** One checked file: its name, the result, and the id under which its JSON can be downloaded. */
record CheckedFile(String fileName, CheckResult result, UUID id) {
}
