package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.shared.FileNames;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments: a drafter adds files to a draft of the organ; the type is checked by content and must
 * match the name; the public downloads those of published items. Limits: {@link #MAX_PER_ITEM} files,
 * {@link #MAX_BYTES} each.
 */
@Service
public class AttachmentService {

    public static final int MAX_PER_ITEM = 20;
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** A downloadable file. */
    public record Download(Attachment attachment, byte[] bytes) {
    }

    private final PublicationService publication;
    private final Attachments attachments;
    private final Items items;
    private final FileStore store;
    private final Ledger ledger;
    private final Clock clock;
    private final AttachmentText text;

    AttachmentService(PublicationService publication, Attachments attachments, Items items, FileStore store, Ledger ledger,
            Clock clock, AttachmentText text) {
        this.text = text;
        this.publication = publication;
        this.attachments = attachments;
        this.items = items;
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public Attachment attach(StaffUser user, long itemId, String originalName, byte[] bytes) {
        return attach(user, itemId, originalName, bytes, null);
    }

    /** As above, with the alternative text of an image (from an imported Word file's picture description). */
    @Transactional
    public Attachment attach(StaffUser user, long itemId, String originalName, byte[] bytes,
            @Nullable String alt) {
        Item item = editableBy(user, itemId, "添加附件");
        roomFor(itemId);
        return keep(user, item, prepare(originalName, bytes), limited(alt, "替代文字"));
    }

    /** A file {@link #prepare}d beforehand (the demo county reads its generated files on another thread meanwhile). */
    @Transactional
    public Attachment attach(StaffUser user, long itemId, Prepared file) {
        Item item = editableBy(user, itemId, "添加附件");
        roomFor(itemId);
        return keep(user, item, file, null);
    }

    /**
     * A file checked (not empty, not too large, its type told from its content and matching its name) and
     * read for the search index: everything an upload costs except the database, so any thread may do it.
     */
    public Prepared prepare(String originalName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new PublicationException("附件是空文件");
        }
        if (bytes.length > MAX_BYTES) {
            throw new PublicationException("附件不能超过 20 MB");
        }
        Upload upload = checked(originalName, bytes);
        return new Prepared(upload, bytes, text.of(upload.type(), bytes));
    }

    /** A checked and read file, made only by {@link #prepare}. */
    public static final class Prepared {
        private final Upload upload;
        private final byte[] bytes;
        private final @Nullable String text;

        private Prepared(Upload upload, byte[] bytes, @Nullable String text) {
            this.upload = upload;
            this.bytes = bytes;
            this.text = text;
        }

        /** The file's name as it will be stored. */
        public String name() {
            return upload.name();
        }

        /** The text the search index gets, or null. */
        public @Nullable String text() {
            return text;
        }
    }

    private void roomFor(long itemId) {
        if (attachments.of(itemId).size() >= MAX_PER_ITEM) {
            throw new PublicationException("每条信息最多 " + MAX_PER_ITEM + " 个附件");
        }
    }

    private Attachment keep(StaffUser user, Item item, Prepared file, @Nullable String alt) {
        String sha = store.put(file.bytes);
        Attachment a = attachments.add(item.id(), file.upload.name(), file.upload.type().mediaType, file.bytes.length, sha,
                user.username(), OffsetDateTime.now(clock), file.text, alt, item.releasedVersion() + 1);
        ledger.record(new Action(user.username(), item.organId(), "attach", "item", Long.toString(item.id()), null,
                LedgerJson.attachment(a)));
        return a;
    }

    /**
     * Deletes an attachment of a draft. One that belongs to a published version stays (the portal
     * shows it, and the published record must not change): a correction can only add.
     */
    @Transactional
    public void delete(StaffUser user, long attachmentId) {
        Attachment a = attachments.byId(attachmentId).orElseThrow(() -> new ItemNotFoundException(attachmentId));
        Item item = editableBy(user, a.itemId(), "删除附件");
        if (a.published(item.releasedVersion())) {
            throw new PublicationException("附件“" + a.fileName() + "”属于已发布的第 " + a.sinceVersion()
                    + " 版，不能删除；如需更正，请在更正说明中写明");
        }
        attachments.delete(attachmentId);
        ledger.record(new Action(user.username(), item.organId(), "attachment-delete", "item", Long.toString(item.id()),
                LedgerJson.attachment(a), null));
    }

    /** Sets the alternative text and caption of an attachment of a draft (blank: back to the file name). */
    @Transactional
    public Attachment describe(StaffUser user, long attachmentId, String alt, String caption) {
        Attachment a = attachments.byId(attachmentId).orElseThrow(() -> new ItemNotFoundException(attachmentId));
        Item item = editableBy(user, a.itemId(), "修改附件说明");
        attachments.describe(attachmentId, limited(alt, "替代文字"), limited(caption, "图片说明"));
        Attachment after = attachments.byId(attachmentId).orElseThrow();
        ledger.record(new Action(user.username(), item.organId(), "attachment-describe", "item", Long.toString(item.id()),
                LedgerJson.description(a), LedgerJson.description(after)));
        return after;
    }

    /** Only a drafter of the item's organ, only while the item is a draft or returned. */
    private Item editableBy(StaffUser user, long itemId, String what) {
        Item item = publication.item(user, itemId);
        if (!user.has(Role.DRAFTER) || user.organId() != item.organId()) {
            throw new PublicationException("只有本机关撰稿人可以" + what);
        }
        if (item.status() != ItemStatus.DRAFT && item.status() != ItemStatus.RETURNED) {
            throw new PublicationException("只有草稿或已退回的信息可以" + what + "，当前状态：" + item.status().chinese());
        }
        return item;
    }

    private static @Nullable String limited(
            @Nullable String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 300) {
            throw new PublicationException(what + "不能超过 300 个字");
        }
        return text.strip();
    }

    /** The attachments of an item the caller has already obtained (and so been allowed to see). */
    List<Attachment> of(Item item) {
        return attachments.of(item.id());
    }

    /** The item of an attachment the user may see (anything else is not found). */
    public long itemOf(StaffUser user, long attachmentId) {
        Attachment a = attachments.byId(attachmentId).orElseThrow(() -> new ItemNotFoundException(attachmentId));
        return publication.item(user, a.itemId()).id();
    }

    /** For staff who may see the item. */
    public Download download(StaffUser user, long attachmentId) {
        Attachment a = attachments.byId(attachmentId).orElseThrow(() -> new ItemNotFoundException(attachmentId));
        publication.item(user, a.itemId());
        return new Download(a, store.get(a.sha256()));
    }

    /** For the public: only attachments of an item that is published (not withdrawn) on this organ's portal. */
    Download publicDownload(long organId, String indexNumber, long attachmentId) {
        Release release = items.publishedByIndexNumber(indexNumber).filter(r -> r.organId() == organId)
                .orElseThrow(() -> new ItemNotFoundException(attachmentId));
        Attachment a = attachments.byId(attachmentId)
                .filter(x -> x.itemId() == release.itemId() && x.published(release.version()))
                .orElseThrow(() -> new ItemNotFoundException(attachmentId));
        return new Download(a, store.get(a.sha256()));
    }

    /** The attachments of a published release (the portal has already checked it is published here). */
    List<Attachment> of(Release release) {
        return attachments.ofVersion(release.itemId(), release.version());
    }

    /** An uploaded file that may be kept: its safe name and its type, told from its content. */
    record Upload(String name, FileType type) {
    }

    /** The checks every upload passes before anything is stored; a {@link PublicationException} says what is wrong. */
    static Upload checked(String originalName, byte[] bytes) {
        String name = fileName(originalName);
        return new Upload(name, type(bytes, name));
    }

    private static FileType type(byte[] bytes, String name) {
        FileType type = FileType.detect(bytes);
        if (type == null && FileType.isOle2(bytes)) {
            type = FileType.DOC.matches(name) ? FileType.DOC : FileType.XLS.matches(name) ? FileType.XLS : null;
        }
        if (type == null) {
            throw new PublicationException("不支持的文件类型：附件只能是 PDF、Word（doc/docx）、Excel（xls/xlsx）或图片（png/jpg/gif）");
        }
        if (!type.matches(name)) {
            throw new PublicationException("文件内容是 " + type.extensions[0].toUpperCase(Locale.ROOT)
                    + "，与文件名“" + name + "”的扩展名不符，请核对后重新上传");
        }
        return type;
    }

    static String fileName(String original) {
        String name = FileNames.lastSegment(original);
        if (name.isEmpty()) {
            throw new PublicationException("附件缺少文件名");
        }
        return name;
    }
}
