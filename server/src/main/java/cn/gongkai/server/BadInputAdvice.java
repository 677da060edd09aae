package cn.gongkai.server;

import cn.gongkai.server.shared.BadInput;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.InvalidPathException;
import java.sql.SQLException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input answered as such (400, a Chinese page that says what to do), not as a crash: issue 11 found
 * an over-long field, an unknown role and a NUL in a file name giving 500 with a stack trace in the log.
 * Only these kinds; anything else still reaches the error page as a real fault.
 */
@ControllerAdvice
@Order(0)
class BadInputAdvice {

    /** SQLSTATE 22001, string data right truncation: the same code on H2 and PostgreSQL. */
    private static final String VALUE_TOO_LONG = "22001";

    @ExceptionHandler(BadInput.class)
    ModelAndView badInput(BadInput e, HttpServletResponse response) {
        return page(response, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        return page(response, "“" + e.getName() + "”的取值无效，请从页面提供的选项中选择后重新提交。");
    }

    @ExceptionHandler(InvalidPathException.class)
    ModelAndView path(InvalidPathException e, HttpServletResponse response) {
        return page(response, "文件名含有不允许的字符（如空字符），请重命名文件后重新上传。");
    }

    /**
     * A value longer than its column: SQLSTATE 22001 on H2 and PostgreSQL alike. Called by
     * {@link DatabaseErrorAdvice}, which sees every database failure first so that none is logged with values.
     */
    static @org.jspecify.annotations.Nullable ModelAndView tooLong(DataAccessException e, HttpServletResponse response) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && VALUE_TOO_LONG.equals(sql.getSQLState())) {
                return page(response, "填写的内容超过长度上限，请缩短后重新提交（如文号不超过 100 个字）。");
            }
        }
        return null;
    }

    private static ModelAndView page(HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        ModelAndView page = new ModelAndView("error/bad-request");
        page.addObject("message", message);
        // exception views do not get the @ModelAttribute values of DisplayAdvice; the layout needs them
        page.addObject("largeText", false);
        page.addObject("currentPath", "/");
        return page;
    }
}
