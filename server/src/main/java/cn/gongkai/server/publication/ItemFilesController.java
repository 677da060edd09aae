package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.StaffUser;
import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 导入 Word and the attachments of a draft: delete, alternative text and caption. Binds, calls, redirects. */
@Controller
class ItemFilesController {

    private final WordImport wordImport;
    private final AttachmentService attachments;

    ItemFilesController(WordImport wordImport, AttachmentService attachments) {
        this.wordImport = wordImport;
        this.attachments = attachments;
    }

    @PostMapping("/workspace/items/import")
    String importWord(@AuthenticationPrincipal StaffUser user, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "kind", required = false) ItemKind kind, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw new PublicationException("请选择要导入的 Word 文件（.docx）");
            }
            WordImport.Imported done = wordImport.importDraft(user, file.getOriginalFilename(), file.getBytes(),
                    kind == null ? ItemKind.WORK_NEWS : kind);
            redirect.addFlashAttribute("done", done.notice());
            return "redirect:/workspace/items/" + done.item().id();
        } catch (PublicationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (IOException e) {
            redirect.addFlashAttribute("problem", "上传失败，请重试");
        }
        return "redirect:/workspace/items/new";
    }

    @PostMapping("/workspace/attachments/{id}/delete")
    String delete(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes r) {
        long item = attachments.itemOf(user, id);
        return ItemController.act(r, item, "附件已删除。", () -> attachments.delete(user, id));
    }

    @PostMapping("/workspace/attachments/{id}/describe")
    String describe(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam(name = "alt", required = false) String alt,
            @RequestParam(name = "caption", required = false) String caption, RedirectAttributes r) {
        long item = attachments.itemOf(user, id);
        return ItemController.act(r, item, "附件的替代文字和说明已保存。", () -> attachments.describe(user, id, alt, caption));
    }
}
