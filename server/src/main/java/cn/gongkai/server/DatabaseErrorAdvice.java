package cn.gongkai.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gongkai.server.operations.StorageFailures;
import cn.gongkai.server.operations.StorageShortAdvice;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A failed database statement never puts the values it carried into the log or onto a page. The driver's
 * message does: H2 and PostgreSQL name the offending key ("Key (applicant_name)=(张三) already exists") or
 * the whole row ("Failing row contains (...)"), and Spring's exception repeats it; logged with its cause
 * chain, an applicant's name and contact details ended up in the log. Here only what locates the fault
 * is logged — the request's method and path, the exception's class, SQLState and vendor code, and where it
 * was thrown — and the visitor gets the ordinary Chinese error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseErrorAdvice.class);

    private final cn.gongkai.server.operations.StoragePool pool;

    DatabaseErrorAdvice(cn.gongkai.server.operations.StoragePool pool) {
        this.pool = pool;
    }

    /** Logs without values, then answers with the ordinary error page (error/5xx, which shows no message). */
    @ExceptionHandler(DataAccessException.class)
    ModelAndView databaseFailed(DataAccessException e, HttpServletRequest request, HttpServletResponse response) {
        ModelAndView tooLong = BadInputAdvice.tooLong(e, response);
        if (tooLong != null) {
            return tooLong; // the visitor's own input, answered 400 with what to do; nothing to log
        }
        if (StorageFailures.isStorageFailure(e)) { // disk full or the database closed after it: 503, say so
            log.error("数据库存储失败（磁盘空间或读写错误）：{} {}：{}", request.getMethod(), request.getRequestURI(),
                    describe(e), withoutMessages(e));
            pool.retireAll();
            return StorageShortAdvice.page(response);
        }
        log.error("数据库操作失败：{} {}：{}", request.getMethod(), request.getRequestURI(), describe(e),
                withoutMessages(e));
        ModelAndView page = new ModelAndView("error/5xx");
        page.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        // What DisplayAdvice gives every page; exception handlers' views do not get its model attributes.
        page.addObject("largeText", false);
        page.addObject("currentPath", "/");
        return page;
    }

    /**
     * A commit or a transaction's start that failed (TransactionSystemException, CannotCreateTransactionException):
     * the full disk's usual face, since H2 fails at the commit's write. Logged without values like the rest.
     */
    @ExceptionHandler(org.springframework.transaction.TransactionException.class)
    ModelAndView transactionFailed(org.springframework.transaction.TransactionException e, HttpServletRequest request,
            HttpServletResponse response) {
        if (StorageFailures.isStorageFailure(e)) {
            log.error("数据库存储失败（磁盘空间或读写错误）：{} {}：{}", request.getMethod(), request.getRequestURI(),
                    describe(e), withoutMessages(e));
            pool.retireAll();
            return StorageShortAdvice.page(response);
        }
        log.error("数据库事务失败：{} {}：{}", request.getMethod(), request.getRequestURI(), describe(e), withoutMessages(e));
        ModelAndView page = new ModelAndView("error/5xx");
        page.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        page.addObject("largeText", false);
        page.addObject("currentPath", "/");
        return page;
    }

    /** The class, SQLState and vendor code of the exception and its SQL cause; no message text. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                sb.append("（SQLState ").append(sql.getSQLState()).append("，错误码 ").append(sql.getErrorCode()).append('）');
                break;
            }
        }
        return sb.toString();
    }

    /** The stack of where it happened, for the developer, with every message (and so every value) left out. */
    static Throwable withoutMessages(Throwable e) {
        Throwable copy = new Throwable(e.getClass().getName(), null, false, true) {
        };
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
