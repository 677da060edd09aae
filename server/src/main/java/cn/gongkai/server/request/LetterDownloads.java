package cn.gongkai.server.request;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A letter as a download, in the format asked for. */
final class LetterDownloads {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private LetterDownloads() {
    }

    static ResponseEntity<byte[]> response(LetterFiles files, Letter letter, String organName, String format) {
        boolean word = "docx".equals(format);
        byte[] body = word ? files.docx(letter, organName) : files.pdf(letter, organName);
        String name = letter.title() + "-" + letter.id() + (word ? ".docx" : ".pdf");
        return ResponseEntity.ok().contentType(word ? DOCX : MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header("Cache-Control", "no-store")
                .body(body);
    }
}
