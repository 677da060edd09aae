package cn.gongkai.server.request;

import cn.gongkai.calendar.DayCounting;
import cn.gongkai.server.accounts.StaffUser;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信息处理费 (国办函〔2020〕109号): the notice states 依据、标准、数额 and 缴纳方式, and the applicant has 20
 * working days from the day after receiving it to pay. The payee, bank, account and 非税收入 item code are
 * settings ({@code gongkai.fees.*}), since the money goes to the treasury through the local 非税收入 system.
 */
@Service
public class RequestFees {

    private final RequestService service;
    private final Requests requests;
    private final FeeSchedule fees = FeeSchedule.DEFAULT;
    private final String payment;

    RequestFees(RequestService service, Requests requests, @Value("${gongkai.fees.payee:}") String payee,
            @Value("${gongkai.fees.bank:}") String bank, @Value("${gongkai.fees.account:}") String account,
            @Value("${gongkai.fees.non-tax-code:103049950}") String code) {
        this.service = service;
        this.requests = requests;
        this.payment = payment(payee, bank, account, code);
    }

    /** The 缴纳方式 sentence of the notice. */
    static String payment(String payee, String bank, String account, String code) {
        StringBuilder s = new StringBuilder("通过非税收入收缴系统缴入国库（政府收支分类科目“" + code.strip()
                + "其他缴入国库的行政事业性收费”）");
        if (!payee.isBlank() && !account.isBlank()) {
            s.append("，收款单位：").append(payee.strip());
            if (!bank.isBlank()) {
                s.append("，开户银行：").append(bank.strip());
            }
            s.append("，账号：").append(account.strip());
        } else {
            s.append("，请持本通知到本机关政府信息公开工作机构领取非税收入缴款书后缴纳");
        }
        return s.append("。缴费后本机关出具财政票据。").toString();
    }

    /**
     * 按件计收 counts this request's place in the applicant's month in order of receipt (the 1st–10th are
     * free whatever came later, 第四条); 按量 counts pages. Never both for one request (第三条).
     */
    @Transactional
    public long feeNotice(StaffUser staff, long id, String mode, int quantity, LocalDate on) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.OPEN);
        RequestService.requireHandler(staff);
        if (quantity < 1 || quantity > 100_000) {
            throw new RequestException("件数或页数应在 1 到 100000 之间");
        }
        long amount;
        String basis;
        if (mode.equals("PIECE")) {
            int before = requests.countEarlierSameApplicantInMonth(r);
            amount = fees.perPiece(before, quantity);
            basis = "按件计收：本申请为申请人本月第 " + (before + 1) + (quantity > 1 ? "—" + (before + quantity) : "")
                    + " 件（同一申请人一个自然月内10件以下不收费，11—30件100元/件，31件以上每10件为一档、每增加一档提高100元/件）";
        } else if (mode.equals("PAGE")) {
            amount = fees.perPage(quantity);
            basis = "按量计收：共 " + quantity + " 页（30页以下不收费，31—100页10元/页，101—200页20元/页，201页以上40元/页）";
        } else {
            throw new RequestException("请选择按件或按量计收（二者只能选一种）");
        }
        if (amount == 0) {
            throw new RequestException("按此标准不需收费（" + basis + "），不必发出收费通知");
        }
        service.stepDate(r, on, "发出收费通知");
        service.event(staff, r, ClockEvent.of(ClockEvent.Kind.FEE_NOTICE_SENT, on), basis);
        LocalDate payBy = service.calendar().addWorkingDays(on, service.settings().feePaymentDays(),
                DayCounting.START_DAY_EXCLUDED).date();
        service.issue(r, LetterKind.FEE_NOTICE, Map.of("收费标准", basis, "收费金额", Long.toString(amount),
                "缴费期限", RequestService.chinese(payBy), "缴纳方式", payment), staff.username(), on);
        service.save(staff, r.fee(mode, amount, null, RequestStatus.AWAITING_FEE), "request-fee-notice", on);
        return amount;
    }

    @Transactional
    public void feePaid(StaffUser staff, long id, LocalDate on) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.AWAITING_FEE);
        service.stepDate(r, on, "缴费");
        service.event(staff, r, ClockEvent.of(ClockEvent.Kind.FEE_PAID, on), null);
        service.save(staff, r.fee(r.feeMode(), r.feeAmount(), r.feeAmount(), RequestStatus.OPEN), "request-fee-paid", on);
    }
}
