package cn.gongkai.server.operations;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** 503 with the Chinese page error/storage and Retry-After, for a write refused for lack of space. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StorageShortAdvice {

    /** Seconds a client should wait before sending again. */
    static final String RETRY_AFTER = "300";

    @ExceptionHandler(StorageShort.class)
    ModelAndView refused(StorageShort e, HttpServletResponse response) {
        return page(response);
    }

    /** The page, also for a database that failed for lack of space (DatabaseErrorAdvice). */
    public static ModelAndView page(HttpServletResponse response) {
        response.setHeader("Retry-After", RETRY_AFTER);
        ModelAndView page = new ModelAndView("error/storage");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        // What DisplayAdvice gives every page; exception handlers' views do not get its model attributes.
        page.addObject("largeText", false);
        page.addObject("currentPath", "/");
        return page;
    }
}
