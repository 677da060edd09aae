package cn.gongkai.report.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes report text written in UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.
 *
 * <p>Why this order: valid UTF-8 is almost never produced by chance from GBK bytes of Chinese
 * text, so strict UTF-8 first and GB18030 (a superset of GBK and GB2312) second tells them apart
 * reliably without a statistical detector.
 */
public final class TextDecoder {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the charset name that decoded it. */
    public record Decoded(String text, String charset) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws UnreadableException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
        }
        // The JDK's lenient decoder is much faster and turns every malformed sequence into U+FFFD;
        // so without U+FFFD in its result the bytes were valid UTF-8, and only otherwise is the
        // strict decoder asked (the text may legitimately contain U+FFFD).
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Decoded(fast, "UTF-8");
        }
        try {
            return new Decoded(decodeStrict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(decodeStrict(bytes, 0, GB18030), "GB18030");
            } catch (CharacterCodingException notGb) {
                throw new UnreadableException("无法识别文件编码：既不是 UTF-8，也不是 GBK/GB18030。请另存为 UTF-8 文本后重试。");
            }
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) throws UnreadableException {
        try {
            return decodeStrict(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new UnreadableException("文件声明为 " + name + " 编码（含 BOM），但内容不是有效的 " + name + "。请检查文件是否损坏。");
        }
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }
}
