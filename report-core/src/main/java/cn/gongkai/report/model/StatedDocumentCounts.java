package cn.gongkai.report.model;

import org.jspecify.annotations.Nullable;

/** 行政规范性文件 counts as the narrative states them (制定/废止/现行有效); null where not stated. */
public record StatedDocumentCounts(@Nullable Long issued, @Nullable Long repealed, @Nullable Long inForce) {

    public boolean isEmpty() {
        return issued == null && repealed == null && inForce == null;
    }
}
