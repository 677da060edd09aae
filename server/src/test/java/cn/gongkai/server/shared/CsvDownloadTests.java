package cn.gongkai.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Formula cells are neutralized in the one place every export writes through (issue 11, CSV injection). */
class CsvDownloadTests {

    @Test
    void cellsThatStartLikeAFormulaGetAnApostrophe() {
        // the six leading characters a spreadsheet treats as the start of a formula, worked out by hand
        assertThat(CsvDownload.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvDownload.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvDownload.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvDownload.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvDownload.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvDownload.cell("\r=1")).isEqualTo("'\r=1");
        // ordinary text, a formula sign later in the text, numbers (even negative) and blanks stay as they are
        assertThat(CsvDownload.cell("普威镇 = 好")).isEqualTo("普威镇 = 好");
        assertThat(CsvDownload.cell(-5)).isEqualTo(-5);
        assertThat(CsvDownload.cell("")).isEqualTo("");
        assertThat(CsvDownload.cell(null)).isNull();
    }

    @Test
    void theDownloadCarriesTheNeutralizedCells() {
        String body = CsvDownload.of("x.csv", csv -> csv.printRecord("=1+1", "正常", 3)).getBody();
        assertThat(body).isEqualTo("\uFEFF'=1+1,正常,3\r\n");
    }
}
