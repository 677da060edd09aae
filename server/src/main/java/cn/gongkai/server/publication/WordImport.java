package cn.gongkai.server.publication;

import cn.gongkai.report.extract.ExtractionBudget;
import cn.gongkai.report.extract.ReadLimits;
import cn.gongkai.report.extract.ZipBudget;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 导入 Word: a DOCX (Word or WPS) becomes a new draft: the body from {@link DocxBody}, the 文号, title
 * and 成文日期 proposed by {@link DocumentProposals} (the 版头 lines and the title leave the body, since
 * the portal shows them as metadata), each image an attachment with its description as alternative
 * text. The zip is first unpacked counting ({@link ZipBudget}, the checker's budget) so a crafted file
 * costs at most {@link #LIMITS}; the body goes through the same sanitizer as a typed one.
 */
@Service
public class WordImport {

    /** 20 MB file, 20 MB per part (a photo), 64 MB unpacked in all, 10 s. */
    static final ReadLimits LIMITS = new ReadLimits(AttachmentService.MAX_BYTES, DocxBody.MAX_CHARS, 1,
            20L * 1024 * 1024, 64L * 1024 * 1024, 1, 1, Duration.ofSeconds(10));

    /** What the drafter is told after the import. */
    public record Imported(Item item, int images, int imagesWithoutAlt, int imagesSkipped, int tables,
            boolean numberFound, boolean dateFound) {

        /** The notice after the import, in Chinese: what was made and what the drafter must check. */
        public String notice() {
            StringBuilder s = new StringBuilder("已从 Word 文档生成草稿");
            s.append(tables > 0 ? "（含 " + tables + " 个表格" : "（");
            s.append(images > 0 ? (tables > 0 ? "、" : "") + images + " 张图片已作为附件" : "").append("）。");
            if (s.toString().endsWith("（）。")) {
                s.setLength(s.length() - 3);
                s.append("。");
            }
            if (numberFound || dateFound) {
                s.append("文号、成文日期是从文件版头、落款识别的建议，请核对。");
            }
            if (imagesWithoutAlt > 0) {
                s.append("有 ").append(imagesWithoutAlt).append(" 张图片没有说明文字，请在下方附件中填写替代文字。");
            }
            if (imagesSkipped > 0) {
                s.append(imagesSkipped).append(" 张图片不是 PNG、JPG 或 GIF 格式，未导入，请另存为图片后作为附件上传。");
            }
            return s.toString();
        }
    }

    private final PublicationService publication;
    private final AttachmentService attachments;
    private final Ledger ledger;

    WordImport(PublicationService publication, AttachmentService attachments, Ledger ledger) {
        this.publication = publication;
        this.attachments = attachments;
        this.ledger = ledger;
    }

    @Transactional
    public Imported importDraft(StaffUser user, String fileName, byte[] bytes, ItemKind kind) {
        if (!user.has(Role.DRAFTER)) {
            throw new PublicationException("只有撰稿人可以导入 Word 文档");
        }
        String name = AttachmentService.fileName(fileName);
        if (bytes.length == 0) {
            throw new PublicationException("上传的文件是空的");
        }
        if (bytes.length > LIMITS.maxBytes()) {
            throw new PublicationException("Word 文件不能超过 20 MB，请压缩其中的图片后再导入");
        }
        if (FileType.detect(bytes) != FileType.DOCX) {
            throw new PublicationException(FileType.isOle2(bytes) || name.toLowerCase(java.util.Locale.ROOT).endsWith(".doc")
                    ? "“" + name + "”是旧版 .doc 格式：请在 Word 或 WPS 中“另存为” .docx 后再导入"
                    : "“" + name + "”不是 Word（.docx）文件，请选择 .docx 文件");
        }
        DocxBody.Result body = read(bytes, name);
        DocumentProposals.Proposals proposed = DocumentProposals.of(body.lines());
        int from = Math.max(proposed.numberLine(), proposed.titleLine()) + 1; // 0: no 版头 and title found
        String html = from == 0 ? body.html()
                : from < body.lineStarts().size() ? body.html().substring(body.lineStarts().get(from)) : "";
        String title = proposed.title() != null ? proposed.title() : stem(name);
        Item item = publication.create(user, new ItemContent(title, kind, proposed.documentNumber(), proposed.writtenOn(),
                null, html));
        int withoutAlt = 0;
        int skipped = 0;
        for (DocxBody.Image image : body.images()) {
            FileType type = FileType.detect(image.bytes());
            if (type != FileType.PNG && type != FileType.JPEG && type != FileType.GIF) {
                skipped++; // EMF, WMF, TIFF drawings: not shown by browsers, left out and counted
                continue;
            }
            attachments.attach(user, item.id(), image.fileName(), image.bytes(), image.alt());
            withoutAlt += image.alt() == null ? 1 : 0;
        }
        ledger.record(new Action(user.username(), item.organId(), "word-import", "item", Long.toString(item.id()), null,
                JsonMapper.shared().writeValueAsString(Map.of("file", name, "images", body.images().size(),
                        "tables", body.tables()))));
        return new Imported(item, body.images().size() - skipped, withoutAlt, skipped, body.tables(),
                proposed.documentNumber() != null, proposed.writtenOn() != null);
    }

    private static DocxBody.Result read(byte[] bytes, String name) {
        try {
            ZipBudget.check(bytes, ExtractionBudget.start(LIMITS));
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                return DocxBody.convert(doc);
            }
        } catch (ExtractionBudget.BudgetSpent e) {
            throw new PublicationException("“" + name + "”过大或过于复杂（单个部件解压后不超过 20 MB、合计不超过 64 MB、"
                    + "读取不超过 10 秒），请删去大图片或拆分文档后再导入");
        } catch (IOException | RuntimeException e) {
            if (e instanceof PublicationException p) {
                throw p;
            }
            throw new PublicationException("“" + name + "”无法读取，文件可能已损坏：请在 Word 或 WPS 中打开后重新保存为 .docx 再导入");
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
