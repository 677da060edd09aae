package cn.gongkai.report.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The two typefaces of every document: a serif (明体/宋体 style) for the body and a bold sans (黑体
 * style) for headings, both free fonts that Debian packages. Word files name the font with the usual
 * Windows face as alternative, so Word and WPS show 宋体/黑体 where the free fonts are missing; PDF files
 * embed the first file found (openhtmltopdf embeds TrueType only: fonts-noto-cjk's CFF outlines fail).
 */
public final class DocumentFonts {

    /** A face as Word names it, with the name Windows systems substitute. */
    public record Face(String name, String alternative, String cssFamily, List<FontFile> files) {
    }

    /** A TrueType file, and for a collection (.ttc) the family name of the face wanted in it. */
    public record FontFile(String path, String family) {
    }

    public static final Face BODY = new Face("AR PL UMing CN", "宋体", "gk-body", List.of(
            new FontFile("/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL UMing CN"),
            new FontFile("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", "AR PL SungtiL GB"),
            new FontFile("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYi Micro Hei"),
            new FontFile("/usr/share/fonts/truetype/lxgw/LXGWWenKai-Regular.ttf", "LXGW WenKai")));

    public static final Face HEADING = new Face("WenQuanYi Zen Hei", "黑体", "gk-heading", List.of(
            new FontFile("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
            new FontFile("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYi Micro Hei"),
            new FontFile("/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL UMing CN")));

    /** What Debian package gives the faces, for messages. */
    public static final String PACKAGES = "fonts-arphic-uming fonts-wqy-zenhei（或 fonts-wqy-microhei）";

    private DocumentFonts() {
    }

    /** The first installed file of a face. */
    public static Optional<FontFile> installed(Face face) {
        return face.files().stream().filter(f -> Files.isReadable(Path.of(f.path()))).findFirst();
    }
}
