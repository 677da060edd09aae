package cn.gongkai.server.annualreport;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** Table 二's figures from other systems' CSV exports, merged into what the organ entered; every problem located. */
final class FiguresCsv {

    static final List<String> ITEMS = List.of("规章本年制发件数", "规章本年废止件数", "规章现行有效件数", "行政许可", "行政处罚",
            "行政强制", "行政事业性收费（万元）");

    private FiguresCsv() {
    }

    static ReportInputs merge(ReportInputs in, String csv, @Nullable String fileName) {
        String file = fileName == null ? "上传的文件" : fileName;
        Long[] counts = {in.rulesIssued(), in.rulesRepealed(), in.rulesInForce(), in.licensing(), in.penalty(),
                in.coerciveMeasure()};
        BigDecimal fees = in.feesWanYuan();
        List<String> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(format).get()) {
            boolean header = true;
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (!List.of("项目", "数值").equals(r.toList())) {
                        problems.add(file + " 第 " + line + " 行：表头应为“项目,数值”");
                        break;
                    }
                    continue;
                }
                if (r.size() != 2) {
                    problems.add(file + " 第 " + line + " 行：应有 2 列（项目,数值）");
                    continue;
                }
                int item = ITEMS.indexOf(r.get(0));
                if (item < 0) {
                    problems.add(file + " 第 " + line + " 行：没有“" + r.get(0) + "”这一项，可用的有：" + String.join("、", ITEMS));
                    continue;
                }
                try {
                    if (item == 6) {
                        fees = new BigDecimal(r.get(1));
                    } else {
                        counts[item] = Long.valueOf(r.get(1));
                    }
                } catch (NumberFormatException e) {
                    problems.add(file + " 第 " + line + " 行：“" + r.get(1) + "”不是" + (item == 6 ? "数字" : "整数"));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(file + "：无法读取（" + e.getMessage() + "）");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("没有导入：" + String.join("；", problems));
        }
        return new ReportInputs(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], fees, in.overview(),
                in.problems(), in.otherMatters());
    }
}
