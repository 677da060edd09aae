package cn.gongkai.server.request;

import cn.gongkai.server.accounts.StaffUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's identity proof on the case page: staff add it for a request brought to the counter,
 * and the organ's handlers open it (403 for anyone else; each opening ledgered by {@link IdentityProofs}).
 */
@Controller
class IdentityProofController {

    private final IdentityProofs proofs;

    IdentityProofController(IdentityProofs proofs) {
        this.proofs = proofs;
    }

    @PostMapping("/workspace/requests/{id}/identity-proof")
    String upload(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam(name = "proof", required = false) MultipartFile proof, RedirectAttributes redirect) {
        try {
            byte[] content = bytes(proof);
            if (content.length == 0) {
                throw new RequestException("请选择身份证明文件（图片或 PDF 文件）");
            }
            proofs.upload(user, id, content, proof.getOriginalFilename());
            redirect.addFlashAttribute("done", "身份证明已加密保存。");
        } catch (RequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/requests/" + id;
    }

    /** Shown in the browser (inline), never cached; the name is the masked one. */
    @GetMapping("/workspace/requests/{id}/identity-proof")
    ResponseEntity<byte[]> open(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id) {
        IdentityProofs.Opened o = proofs.open(user, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(o.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("身份证明-" + id + extension(o.mediaType()), StandardCharsets.UTF_8).build().toString())
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(o.content());
    }

    static byte[] bytes(@Nullable MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new RequestException("身份证明文件无法读取，请重新选择");
        }
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> ".png";
            case "application/pdf" -> ".pdf";
            default -> ".jpg";
        };
    }
}
