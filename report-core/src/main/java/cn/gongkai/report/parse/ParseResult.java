package cn.gongkai.report.parse;

import cn.gongkai.report.model.AnnualReport;

/** A recovered report with the facts about its source that the rules need. */
public record ParseResult(AnnualReport report, SourceMap sourceMap) {
}
