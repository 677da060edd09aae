package cn.gongkai.bench;

import cn.gongkai.report.render.HtmlRenderer;
import cn.gongkai.report.render.TextRenderer;
import cn.gongkai.report.testing.RandomReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes N random reports (seeded, so repeatable) into a folder, text and one in ten as HTML, for
 * timing the checker end to end: {@code GenerateCorpus FOLDER N}.
 */
public final class GenerateCorpus {

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        RandomReports random = new RandomReports(1L);
        for (int i = 0; i < n; i++) {
            var report = random.next();
            if (i % 10 == 9) {
                Files.writeString(dir.resolve(String.format("r%05d.html", i)), HtmlRenderer.render(report), StandardCharsets.UTF_8);
            } else {
                Files.writeString(dir.resolve(String.format("r%05d.txt", i)), TextRenderer.render(report), StandardCharsets.UTF_8);
            }
        }
    }
}
