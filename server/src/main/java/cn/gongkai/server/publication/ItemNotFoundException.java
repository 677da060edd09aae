package cn.gongkai.server.publication;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not found, or not the user's to see: both answer 404, so strangers learn nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ItemNotFoundException extends RuntimeException {

    public ItemNotFoundException(long id) {
        super("没有找到该信息：" + id);
    }
}
