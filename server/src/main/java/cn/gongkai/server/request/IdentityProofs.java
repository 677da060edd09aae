package cn.gongkai.server.request;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's identity proof (Art. 29(一): 身份证明), a scan or photo uploaded with the public form
 * or by staff for a counter request. Kept encrypted with the personal-data key (AES-GCM, like the
 * identity number); pages show only its kind, size and a masked file name. Opening it is for the organ's
 * handlers (撰稿/机关管理员), never the county supervisor or a reviewer, and every opening is ledgered.
 *
 * <p>Limits: JPEG, PNG or PDF recognised by their first bytes (not by the name or the browser's word), at
 * most {@code gongkai.requests.identity-proof-max-kb} (default 5120 KB).
 */
@Service
public class IdentityProofs {

    /** What pages may show of a proof. */
    public record Shown(String mediaType, String maskedName, int sizeBytes, String kind) {
    }

    /** An opened proof. */
    public record Opened(byte[] content, String mediaType, String fileName) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final RequestService service;
    private final Ledger ledger;
    private final Clock clock;
    private final int maxBytes;

    IdentityProofs(JdbcClient jdbc, PersonalDataCipher cipher, RequestService service, Ledger ledger, Clock clock,
            @Value("${gongkai.requests.identity-proof-max-kb:5120}") int maxKb) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.service = service;
        this.ledger = ledger;
        this.clock = clock;
        this.maxBytes = maxKb * 1024;
    }

    public int maxKb() {
        return maxBytes / 1024;
    }

    /** The limit as forms state it: whole megabytes as “5 MB”, else kilobytes. */
    public String limitText() {
        return maxKb() % 1024 == 0 ? maxKb() / 1024 + " MB" : maxKb() + " KB";
    }

    /** Why the file cannot be the proof, or null: empty, too large, or not a JPEG/PNG/PDF. */
    public @Nullable String problem(byte[] content) {
        if (content.length == 0) {
            return "身份证明文件是空的，请重新选择";
        }
        if (content.length > maxBytes) {
            return "身份证明文件有 " + (content.length + 1023) / 1024 + " KB，超过 " + maxKb() + " KB 的上限，请压缩或缩小后上传";
        }
        if (mediaType(content) == null) {
            return "身份证明只接受 JPG、PNG 图片或 PDF 文件";
        }
        return null;
    }

    /** Stores the proof of a request (replacing an earlier one); the caller checked {@link #problem}. */
    @Transactional
    public void store(long requestId, byte[] content, String fileName, String by, long organId, String requestNumber) {
        String problem = problem(content);
        if (problem != null) {
            throw new RequestException(problem);
        }
        String name = fileName == null || fileName.isBlank() ? "身份证明" : fileName.strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        jdbc.sql("DELETE FROM identity_proof WHERE request_id = :r").param("r", requestId).update();
        jdbc.sql("""
                INSERT INTO identity_proof (request_id, content_enc, file_name_enc, media_type, size_bytes, uploaded_by, uploaded_at)
                VALUES (:r, :c, :n, :t, :s, :by, :at)""").param("r", requestId).param("c", cipher.seal(content))
                .param("n", cipher.encrypt(name)).param("t", mediaType(content)).param("s", content.length).param("by", by)
                .param("at", OffsetDateTime.now(clock)).update();
        ledger.record(new Action(by, organId, "identity-proof-upload", "request", requestNumber, null,
                mediaType(content) + " " + content.length + " 字节"));
    }

    /** The public form: the request, its contact fields and its proof together, or nothing. */
    @Transactional
    public RequestService.Submitted submitOnline(cn.gongkai.server.organs.Organ organ, IntakeForm form, ApplicantContact fields,
            byte[] proof, @Nullable String fileName) {
        RequestService.Submitted s = service.submitOnline(organ, form, fields);
        if (proof.length > 0) {
            store(s.request().id(), proof, fileName, "网上申请", organ.id(), s.request().requestNumber());
        }
        return s;
    }

    /** Staff add the proof of a request they handle (a counter request brought on paper). */
    @Transactional
    public void upload(StaffUser staff, long requestId, byte[] content, String fileName) {
        DisclosureRequest r = service.actable(staff, requestId);
        RequestService.requireHandler(staff);
        store(requestId, content, fileName, staff.username(), r.organId(), r.requestNumber());
    }

    /** The masked view of a request's proof, if it has one. */
    public Optional<Shown> shown(long requestId) {
        return jdbc.sql("SELECT file_name_enc, media_type, size_bytes FROM identity_proof WHERE request_id = :r")
                .param("r", requestId).query((rs, n) -> {
                    String type = rs.getString(2);
                    return new Shown(type, Masking.contact(cipher.decrypt(rs.getString(1))), rs.getInt(3),
                            type.equals("application/pdf") ? "PDF 文件" : "图片");
                }).optional();
    }

    /**
     * The proof itself, for the organ's handlers only (a reviewer, the supervisor, an administrator of the
     * system: 403); every opening goes to the ledger.
     */
    @Transactional
    public Opened open(StaffUser staff, long requestId) {
        DisclosureRequest r;
        try {
            r = service.actable(staff, requestId);
            RequestService.requireHandler(staff);
        } catch (RequestException e) {
            throw new AccessDeniedException("只有本机关的承办人或机关管理员可以查看申请人的身份证明");
        }
        if (staff.has(Role.COUNTY_SUPERVISOR)) {
            throw new AccessDeniedException("只有本机关的承办人或机关管理员可以查看申请人的身份证明");
        }
        Opened o = jdbc.sql("SELECT content_enc, media_type, file_name_enc FROM identity_proof WHERE request_id = :r")
                .param("r", requestId).query((rs, n) -> new Opened(cipher.unseal(rs.getBytes(1)), rs.getString(2),
                        cipher.decrypt(rs.getString(3)))).optional()
                .orElseThrow(() -> new RequestNotFoundException(requestId));
        ledger.record(new Action(staff.username(), r.organId(), "identity-proof-view", "request", r.requestNumber(), null,
                "查看申请人身份证明"));
        return o;
    }

    /** The type by the file's first bytes: JPEG FF D8 FF, PNG 89 50 4E 47, PDF %PDF; else null. */
    static @Nullable String mediaType(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... head) {
        return b.length >= head.length && Arrays.equals(Arrays.copyOf(b, head.length), toBytes(head));
    }

    private static byte[] toBytes(int[] head) {
        byte[] out = new byte[head.length];
        for (int i = 0; i < head.length; i++) {
            out[i] = (byte) head[i];
        }
        return out;
    }
}
