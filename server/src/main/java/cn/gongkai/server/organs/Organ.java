package cn.gongkai.server.organs;

import cn.gongkai.report.model.OrganKind;
import org.jspecify.annotations.Nullable;

/** 机关: an organ that discloses information. {@code code} is stable and used in URLs and index numbers. */
public record Organ(long id, String code, String name, OrganKind kind, @Nullable Long parentId) {
}
