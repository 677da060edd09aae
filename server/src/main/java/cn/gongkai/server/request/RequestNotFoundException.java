package cn.gongkai.server.request;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such request, or not one the caller may see: the same answer for both, so nothing is revealed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequestNotFoundException extends RuntimeException {
    public RequestNotFoundException(long id) {
        super("没有编号为 " + id + " 的申请");
    }
}
