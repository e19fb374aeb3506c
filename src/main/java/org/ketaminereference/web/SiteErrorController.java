package org.ketaminereference.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ketaminereference.routes.Routes;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.SiteSnapshot;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the servlet container or Spring reports ends here and gets one of the site's own
 * pre-rendered pages: the 404 page or the generic error page, never a stack trace or the
 * Whitelabel page.
 */
@Controller
final class SiteErrorController implements ErrorController {

	private final CurrentSite site;

	SiteErrorController(CurrentSite site) {
		this.site = site;
	}

	@RequestMapping(Routes.ERROR)
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// Asked for directly, /error is not a page.
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
		if (status == null || status.value() < 400) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		SiteSnapshot snapshot = site.snapshot();
		PageWriter.writeNoStore(request, response, status.value(),
				(status == HttpStatus.NOT_FOUND) ? snapshot.notFound() : snapshot.error());
	}

}
