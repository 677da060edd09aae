package cn.gongkai.server.publication;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file as an HTTP download: its checked type, a safe UTF-8 file name, never rendered inline. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> response(AttachmentService.Download d) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.attachment().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(d.bytes());
    }
}
