package cn.gongkai.server.publication;

import cn.gongkai.report.extract.DocumentReader;
import cn.gongkai.report.extract.ReadLimits;
import cn.gongkai.report.extract.SourceText;
import cn.gongkai.report.extract.UnreadableException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The searchable text of an attachment: PDF and DOCX through the report core's readers (with their
 * page, size and unzip limits); other types have none. A file whose text cannot be read is still a
 * valid attachment: it is simply not found by its content.
 */
@Component
class AttachmentText {

    /** Enough for any notice or plan; a 500-page scan of text is cut here rather than bloat the index. */
    static final int MAX_CHARS = 200_000;

    private final DocumentReader reader = new DocumentReader(
            new ReadLimits(AttachmentService.MAX_BYTES, MAX_CHARS, 200, 64L * 1024 * 1024));

    @Nullable String of(FileType type, byte[] bytes) {
        if (type != FileType.PDF && type != FileType.DOCX) {
            return null;
        }
        try {
            SourceText text = reader.read(bytes);
            String joined = String.join("\n", text.lines()).strip();
            return joined.isEmpty() ? null : joined;
        } catch (UnreadableException e) {
            return null;
        }
    }
}
