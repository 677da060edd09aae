package cn.gongkai.server.request;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The picture variant's question drawn as an SVG of glyph outlines: every character a {@code <path>} of its
 * shape, each turned, sized and placed a little differently, over a few noise curves — the page holds no text of
 * the question to read out with a regular expression. Needs a font with the Chinese numerals (fontconfig's
 * default sans-serif; {@link #available()} says whether there is one, else the forms use the text variant).
 */
final class ChallengeImage {

    private static final int WIDTH = 260;
    private static final int HEIGHT = 64;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 34);
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final boolean AVAILABLE = FONT.canDisplayUpTo("零一二三四五六七八九十加减等于几") == -1;

    private ChallengeImage() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    /** A data: address of the SVG (the CSP allows data: images), for an {@code <img>}. */
    static String dataUri(String text, RandomGenerator random) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(text, random).getBytes(StandardCharsets.UTF_8));
    }

    static String svg(String text, RandomGenerator random) {
        StringBuilder svg = new StringBuilder(8192).append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        for (int i = 0; i < 4; i++) {
            svg.append("<path fill=\"none\" stroke=\"#8a8a8a\" stroke-width=\"1.5\" d=\"M").append(random.nextInt(0, 40))
                    .append(' ').append(random.nextInt(5, HEIGHT - 5)).append(" Q").append(random.nextInt(60, 200)).append(' ')
                    .append(random.nextInt(0, HEIGHT)).append(' ').append(random.nextInt(WIDTH - 40, WIDTH)).append(' ')
                    .append(random.nextInt(5, HEIGHT - 5)).append("\"/>");
        }
        double step = (WIDTH - 20.0) / text.length();
        for (int i = 0; i < text.length(); i++) {
            GlyphVector glyph = FONT.createGlyphVector(CONTEXT, text.substring(i, i + 1));
            AffineTransform at = new AffineTransform();
            at.translate(10 + i * step + random.nextDouble(-2, 2), 46 + random.nextDouble(-6, 6));
            at.rotate(Math.toRadians(random.nextDouble(-18, 18)), step / 2, -12);
            double scale = random.nextDouble(0.8, 1.05);
            at.scale(scale, scale);
            Shape outline = at.createTransformedShape(glyph.getOutline());
            svg.append("<path fill=\"#1a1a1a\" d=\"").append(pathData(outline)).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String pathData(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(n(c[0])).append(' ').append(n(c[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(n(c[0])).append(' ').append(n(c[1]));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
                        .append(n(c[2])).append(' ').append(n(c[3]));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
                        .append(n(c[2])).append(' ').append(n(c[3])).append(' ').append(n(c[4])).append(' ').append(n(c[5]));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
