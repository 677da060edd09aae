package cn.gongkai.server.request;

import java.time.LocalDate;
import java.util.List;

/**
 * The date a step happened, as staff state it: a county that starts mid-year, or a counter request
 * typed in the next morning, enters the real day, and every deadline follows it. A step may not lie
 * in the future, nor before the step it follows (the latest recorded step of the case). The day it was
 * entered is kept beside it (request_event.at_time, and the ledger's own time).
 */
final class StepDates {

    private StepDates() {
    }

    static LocalDate check(List<RequestEvent> events, LocalDate on, LocalDate today, String step) {
        if (on.isAfter(today)) {
            throw new RequestException("“" + step + "”的日期 " + on + " 晚于今天（" + today + "），请填写实际发生的日期");
        }
        for (RequestEvent e : events) {
            if (on.isBefore(e.on())) {
                throw new RequestException("“" + step + "”的日期 " + on + " 早于前一步“" + e.chinese() + "”的日期 " + e.on()
                        + "，请核对");
            }
        }
        return on;
    }
}
