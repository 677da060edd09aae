package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.shared.ChinesePdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A letter laid out after GB/T 9704, in our PDF and in LibreOffice's PDF of our Word file: both rendered
 * to PNG by poppler (kept in target/visual-letters/ to look at), and measured from the glyph positions:
 * 版心 left edge 28 mm, first line no higher than the 37 mm top margin, title centred, the 发文字号 centred
 * under the title, the date 右空四字 (its right edge four 16 pt characters inside the 26 mm right margin).
 */
class LetterLayoutVisualTests {

    static final Path OUT = Path.of("target", "visual-letters");
    static final float MM = 72f / 25.4f;

    private final Letter letter = new Letter(1, 1, LetterKind.CORRECTION_REQUEST, LetterKind.CORRECTION_REQUEST.title(),
            LetterTemplates.fill(LetterTemplates.builtIn(LetterKind.CORRECTION_REQUEST), Map.of("申请人", "孙某", "收到日期",
                    "2026年12月1日", "申请编号", "xiaopu-2026-0007", "补正事项", "请写明验收资料所属的村道名称。", "补正期限",
                    "2026年12月16日")) + "\n联系人：李明　联系电话：0812-8100001",
            LocalDate.of(2026, 12, 2), "xiaopu.drafter", "小府依申告〔2026〕12号", null, null);

    @Test
    void ourPdfAndTheWordFileKeepTheMarginsTitleNumberAndDatePlaces() throws Exception {
        boolean tools = onPath("soffice") && onPath("pdftoppm") && ChinesePdf.knownFontInstalled();
        if (!tools) {
            Assumptions.assumeFalse("true".equals(System.getenv("CI")), "CI must have LibreOffice, poppler and the fonts");
            Assumptions.abort("没有 LibreOffice/poppler/中文字体，跳过告知书版式检查（scripts/install-test-packages.sh 会安装）");
        }
        Files.createDirectories(OUT);
        LetterFiles files = new LetterFiles(new ChinesePdf(null));
        Files.write(OUT.resolve("letter.pdf"), files.pdf(letter, "米易县小铺镇人民政府"));
        Files.write(OUT.resolve("letter.docx"), files.docx(letter, "米易县小铺镇人民政府"));
        exec(List.of("soffice", "--headless", "--norestore", "-env:UserInstallation=" + OUT.resolve("lo-profile").toAbsolutePath().toUri(),
                "--convert-to", "pdf", "--outdir", OUT.resolve("word").toString(), OUT.resolve("letter.docx").toString()), 240);
        for (Path pdf : List.of(OUT.resolve("letter.pdf"), OUT.resolve("word").resolve("letter.pdf"))) {
            String name = pdf.getParent().getFileName() + "-" + "letter";
            exec(List.of("pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile", pdf.toString(),
                    OUT.resolve(name).toString()), 60);
            checkLayout(pdf);
        }
    }

    private static void checkLayout(Path pdf) throws IOException {
        // Glyphs grouped into lines by their baseline (a line may come in several pieces).
        java.util.TreeMap<Integer, List<TextPosition>> byLine = new java.util.TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        byLine.computeIfAbsent(Math.round(p.getYDirAdj()), k -> new ArrayList<>()).add(p);
                    }
                }
            };
            s.setStartPage(1);
            s.setEndPage(1);
            s.getText(doc);
            List<List<TextPosition>> lines = new ArrayList<>();
            byLine.values().forEach(l -> {
                l.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
                lines.add(l);
            });
            float width = doc.getPage(0).getMediaBox().getWidth();
            assertThat(width / MM).as("%s: A4 width", pdf).isCloseTo(210f, org.assertj.core.data.Offset.offset(1f));
            List<TextPosition> title = find(lines, "补正申请告知书");
            List<TextPosition> number = find(lines, "小府依申告");
            List<TextPosition> to = find(lines, "孙某");
            List<TextPosition> date = find(lines, "2026年12月2日");
            float top = title.getFirst().getYDirAdj() - title.getFirst().getHeightDir();
            assertThat(top / MM).as("%s: title below the 37 mm top margin", pdf).isGreaterThan(36f);
            assertThat(centre(title) / MM).as("%s: title centred in the 版心 (28 + 156/2 = 106 mm)", pdf)
                    .isCloseTo(106f, org.assertj.core.data.Offset.offset(3f));
            assertThat(centre(number) / MM).as("%s: number centred", pdf).isCloseTo(106f, org.assertj.core.data.Offset.offset(3f));
            assertThat(number.getFirst().getYDirAdj()).as("%s: number under the title", pdf).isGreaterThan(title.getFirst().getYDirAdj());
            assertThat(to.getFirst().getXDirAdj() / MM).as("%s: body from the 28 mm left margin", pdf)
                    .isCloseTo(28f, org.assertj.core.data.Offset.offset(1.5f));
            List<TextPosition> body = find(lines, "本机关于");
            // The paragraph after the addressee is indented two 16 pt characters: 28 + 11.3 mm.
            assertThat(body.getFirst().getXDirAdj() / MM).as("%s: paragraph indented two characters", pdf)
                    .isCloseTo(39.3f, org.assertj.core.data.Offset.offset(1.5f));
            List<TextPosition> organ = find(lines, "米易县小铺镇人民政府");
            // LibreOffice ignores the Word file's autoSpaceDE=0 on the date and puts 0.2 em between digits and
            // Han characters (5 changes: 16 pt wider, 2.8 mm off centre); Word honours it, our PDF has none.
            float off = pdf.toString().contains("word") ? 3.5f : 1.5f;
            assertThat(centre(organ) / MM).as("%s: organ's name centred over the date", pdf)
                    .isCloseTo(centre(date) / MM, org.assertj.core.data.Offset.offset(off));
            assertThat(organ.getFirst().getYDirAdj()).as("%s: name above the date", pdf).isLessThan(date.getFirst().getYDirAdj());
            float right = date.getLast().getXDirAdj() + date.getLast().getWidthDirAdj();
            // 210 − 26 mm margin − 4 × 16 pt (22.6 mm) = 161.4 mm.
            assertThat(right / MM).as("%s: date 右空四字", pdf).isCloseTo(161.4f, org.assertj.core.data.Offset.offset(3f));
        }
    }

    private static List<TextPosition> find(List<List<TextPosition>> lines, String start) {
        for (List<TextPosition> l : lines) {
            StringBuilder b = new StringBuilder();
            l.forEach(p -> b.append(p.getUnicode()));
            // LibreOffice sets a little space between Han characters and digits; pdfbox reads it as spaces.
            if (b.toString().replaceAll("\\s", "").startsWith(start)) {
                return l;
            }
        }
        throw new AssertionError("no line starts with " + start + " in " + lines.size() + " lines");
    }

    private static float centre(List<TextPosition> l) {
        TextPosition last = l.getLast();
        return (l.getFirst().getXDirAdj() + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void exec(List<String> command, int seconds) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(OUT.resolve("tools.log").toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.getFirst() + " did not finish in " + seconds + " s");
        }
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    }
}
