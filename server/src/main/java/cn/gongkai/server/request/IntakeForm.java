package cn.gongkai.server.request;

import cn.gongkai.report.model.ApplicantColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an applicant writes on the form (Art. 29), or staff enter for a request received at the counter,
 * by post, fax or e-mail (with the channel's receipt date, Art. 31).
 */
public record IntakeForm(ApplicantColumn applicantType, String applicantName, @Nullable String idDocument,
        @Nullable String idNumber, String contact, String description, @Nullable String documentNumber,
        FormWanted formWanted, Delivery delivery, Channel channel, LocalDate receivedOn, @Nullable String receiptNote) {

    static final int MAX_DESCRIPTION = 2000;

    /** Everything wrong with the form, in the words a person filling it needs. */
    List<String> problems(LocalDate today, java.util.Set<Channel> confirmed) {
        List<String> p = new ArrayList<>();
        if (applicantType == ApplicantColumn.TOTAL) {
            p.add("请选择申请人类型");
        }
        if (applicantName.isBlank() || applicantName.strip().length() > 100) {
            p.add(applicantType == ApplicantColumn.NATURAL_PERSON ? "请填写申请人姓名（不超过 100 字）"
                    : "请填写单位名称（不超过 100 字）");
        }
        if (applicantType == ApplicantColumn.NATURAL_PERSON) {
            String id = idNumber == null ? "" : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
            if (id.isEmpty()) {
                p.add("请填写身份证件号码（《条例》第二十九条要求提供身份证明）");
            } else if ((idDocument == null || idDocument.equals("居民身份证")) && !IdNumbers.valid(id)) {
                p.add("身份证号码“" + Masking.idNumber(id) + "”校验不通过，请核对");
            }
        }
        if (applicantType != ApplicantColumn.NATURAL_PERSON && applicantType != ApplicantColumn.TOTAL && idNumber != null
                && !idNumber.isBlank()) {
            // An organization identifies itself by its 统一社会信用代码, whose last character is a check (GB 32100).
            String code = idNumber.strip().toUpperCase(java.util.Locale.ROOT);
            if (!CreditCodes.valid(code)) {
                p.add("统一社会信用代码“" + Masking.idNumber(code) + "”校验不通过（GB 32100：18 位，末位为校验码），请核对");
            }
        }
        if (contact.isBlank() || contact.strip().length() > 200) {
            p.add("请填写联系方式（电话、邮箱或通信地址，不超过 200 字）");
        }
        if (description.isBlank()) {
            p.add("请写明申请公开的政府信息的名称、文号或者便于查询的其他特征");
        } else if (description.strip().length() > MAX_DESCRIPTION) {
            p.add("信息描述不能超过 " + MAX_DESCRIPTION + " 字；内容较多的可以分为几份申请");
        }
        if (documentNumber != null && documentNumber.strip().length() > 100) {
            p.add("文号不能超过 100 字");
        }
        if (receivedOn.isAfter(today)) {
            p.add("收到日期不能晚于今天");
        }
        if (confirmed.contains(channel) && (receiptNote == null || receiptNote.isBlank())) {
            // Art. 31: for these channels the receipt date is the day of the confirmation, so how it was
            // confirmed is recorded with it (the date itself is receivedOn).
            p.add("“" + channel.chinese() + "”的收到日期是双方确认之日（《条例》第三十一条），请写明确认的方式，"
                    + "收到申请之日填确认之日");
        }
        return p;
    }
}
