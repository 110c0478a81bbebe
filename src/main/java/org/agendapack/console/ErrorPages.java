package org.agendapack.console;

import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Every error as a plain page: what happened in one sentence, never an exception or a stack trace. */
@Controller
public class ErrorPages implements ErrorController {

    private final Pages pages;

    public ErrorPages(Pages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    public ModelAndView error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        HttpStatus http = HttpStatus.resolve(status);
        String title = switch (status) {
            case 403 -> "You do not have access to this page";
            case 404 -> "Page not found";
            case 413 -> "The file is too large";
            case 400 -> "The request could not be understood";
            default -> status >= 500 ? "Sorry, there is a problem with the service" : "Something went wrong";
        };
        String detail = switch (status) {
            case 403 -> "Your role does not allow this. Ask an administrator if you need it.";
            case 404 -> "If you typed the web address, check it is correct. Go back to the meetings to find what you need.";
            case 413 -> "A file may be at most 20 MB.";
            default -> status >= 500 ? "Try again later. The server's log says what went wrong." : "Go back and try again.";
        };
        return pages.page("error", Map.of("title", title, "detail", detail, "status", status),
                http == null ? HttpStatus.INTERNAL_SERVER_ERROR : http);
    }
}
