package cn.gongkai.server.publication;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What upload handling promises whatever a browser sends: a file is refused with a {@link PublicationException}
 * (a message for the user) or accepted under a name with no path, no control character and no quote, whose
 * extension matches the content; extracting its text for search never throws. The content starts with one
 * of the accepted types' signatures (or none), so the fuzzer reaches the PDF and Office readers.
 */
public final class UploadFuzzer {

    private static final List<byte[]> SIGNATURES = List.of(new byte[0], "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
            new byte[] {'P', 'K', 3, 4}, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "GIF89a".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
    private static final List<String> EXTENSIONS = List.of("", ".pdf", ".docx", ".png", ".jpg", ".gif", ".doc", ".xls",
            ".xlsx", ".exe", ".PDF");
    private static final AttachmentText TEXT = new AttachmentText();

    private UploadFuzzer() {
    }

    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String name = data.consumeString(120) + EXTENSIONS.get(data.consumeInt(0, EXTENSIONS.size() - 1));
        byte[] signature = SIGNATURES.get(data.consumeInt(0, SIGNATURES.size() - 1));
        byte[] rest = data.consumeRemainingAsBytes();
        byte[] bytes = new byte[signature.length + rest.length];
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        System.arraycopy(rest, 0, bytes, signature.length, rest.length);
        AttachmentService.Upload upload;
        try {
            upload = AttachmentService.checked(name, bytes);
        } catch (PublicationException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("refused without a message: " + name);
            }
            return;
        }
        String kept = upload.name();
        if (kept.isEmpty() || kept.length() > 200 || kept.contains("/") || kept.contains("\\") || kept.contains("\"")
                || kept.chars().anyMatch(Character::isISOControl) || !upload.type().matches(kept)) {
            throw new AssertionError("unsafe name kept: [" + kept + "] from [" + name + "]");
        }
        TEXT.of(upload.type(), bytes);
    }
}
